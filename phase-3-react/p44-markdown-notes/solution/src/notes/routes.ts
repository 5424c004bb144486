// The HTTP side of notes, under /api/notes.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { NoteRow } from '../db/schema.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { deleteNote, findNote, insertNote, listNotes, saveNote } from './repository.js';
import { noteNotFound, parseNewNote, parseNoteId, parseSave } from './validation.js';

export function toNoteJson(row: NoteRow) {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type WithId = Request<{ id: string }>;

export function notesRouter(db: Db, now: () => Date): Router {
  const router = Router();
  router
    .route('/api/notes')
    .get((_req: Request, res: Response) => {
      res.json({ items: listNotes(db).map(toNoteJson) });
    })
    .post(jsonBody, (req: Request, res: Response) => {
      const row = insertNote(db, parseNewNote(req.body), now());
      res.status(201).location(`/api/notes/${row.id}`).json(toNoteJson(row));
    })
    .all(methodNotAllowed(['GET', 'POST']));
  router
    .route('/api/notes/:id')
    .get((req: WithId, res: Response) => {
      const id = parseNoteId(req.params.id);
      const row = findNote(db, id);
      if (!row) throw noteNotFound(id);
      res.json(toNoteJson(row));
    })
    .put(jsonBody, (req: WithId, res: Response) => {
      // The order of the SPEC: the id's form, the fields, the note's existence, its version.
      const id = parseNoteId(req.params.id);
      const fields = parseSave(req.body);
      const saved = saveNote(db, id, fields, now());
      if (saved) {
        res.json(toNoteJson(saved));
        return;
      }
      const current = findNote(db, id);
      if (!current) throw noteNotFound(id);
      // Someone saved since this client read the note: refuse, and hand over what the server has
      // so the page can let its user choose (keep mine, or use theirs).
      throw new HttpError(409, 'version_conflict', `Note ${id} was saved elsewhere since version ${fields.version}: it is at version ${current.version}.`, {
        current: toNoteJson(current),
      });
    })
    .delete((req: WithId, res: Response) => {
      const id = parseNoteId(req.params.id);
      if (!deleteNote(db, id)) throw noteNotFound(id);
      res.status(204).end();
    })
    .all(methodNotAllowed(['GET', 'PUT', 'DELETE']));
  return router;
}
