// The routes of /notes, with search mounted from ../search.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { NoteRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { searchHandler } from '../search/router.js';
import { deleteNote, findNote, insertNote, updateNote } from './repository.js';
import { noteNotFound, parseCreateNote, parseNoteId, parseUpdateNote } from './validation.js';

export interface NoteJson {
  id: number;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export function toNoteJson(row: NoteRow): NoteJson {
  const { id, title, body, createdAt, updatedAt } = row;
  return { id, title, body, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

export function notesRouter(db: Db, now: () => Date): Router {
  const router = Router();
  router
    .route('/')
    .post(jsonBody, (req: Request, res: Response) => {
      const row = insertNote(db, parseCreateNote(req.body), now());
      res.status(201).location(`/notes/${row.id}`).json(toNoteJson(row));
    })
    .all(methodNotAllowed(['POST']));
  router.route('/search').get(searchHandler(db)).all(methodNotAllowed(['HEAD', 'GET']));
  router
    .route('/:id')
    .get((req: Request<{ id: string }>, res: Response) => {
      const row = findNote(db, parseNoteId(req.params.id));
      if (!row) throw noteNotFound(req.params.id);
      res.json(toNoteJson(row));
    })
    .patch(jsonBody, (req: Request<{ id: string }>, res: Response) => {
      const id = parseNoteId(req.params.id);
      const row = updateNote(db, id, parseUpdateNote(req.body), now());
      if (!row) throw noteNotFound(id);
      res.json(toNoteJson(row));
    })
    .delete((req: Request<{ id: string }>, res: Response) => {
      const id = parseNoteId(req.params.id);
      if (!deleteNote(db, id)) throw noteNotFound(id);
      res.sendStatus(204);
    })
    .all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
