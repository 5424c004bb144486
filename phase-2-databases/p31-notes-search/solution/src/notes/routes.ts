// The HTTP side of notes: each handler validates, runs one repository function and shapes
// the answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { NoteRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { toFtsQuery } from './fts-query.js';
import { deleteNote, findNote, insertNote, searchNotes, updateNote } from './repository.js';
import { invalid, noteNotFound, parseCreateNote, parseNoteId, parseSearchQuery, parseUpdateNote } from './validation.js';

/** A note as the API shows it: exactly these fields, whatever the table holds. */
export interface NoteJson {
  id: number;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export function toNoteJson(row: NoteRow): NoteJson {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type WithId = Request<{ id: string }>;

/** The routes of /notes, on one database and one clock. */
export function notesRouter(db: Db, now: () => Date): Router {
  const create = (req: Request, res: Response): void => {
    const input = parseCreateNote(req.body);
    const row = insertNote(db, input, now());
    res.status(201).location(`/notes/${row.id}`).json(toNoteJson(row));
  };

  const read = (req: WithId, res: Response): void => {
    const id = parseNoteId(req.params.id);
    const row = findNote(db, id);
    if (!row) throw noteNotFound(id);
    res.json(toNoteJson(row));
  };

  const update = (req: WithId, res: Response): void => {
    const id = parseNoteId(req.params.id);
    const changes = parseUpdateNote(req.body);
    const row = updateNote(db, id, changes, now());
    if (!row) throw noteNotFound(id);
    res.json(toNoteJson(row));
  };

  const remove = (req: WithId, res: Response): void => {
    const id = parseNoteId(req.params.id);
    if (!deleteNote(db, id)) throw noteNotFound(id);
    res.status(204).end();
  };

  const search = (req: Request, res: Response): void => {
    const { q, limit } = parseSearchQuery(req.query);
    const { match, error } = toFtsQuery(q);
    if (error) throw invalid([{ field: 'q', message: error }]);
    if (!match) throw invalid([{ field: 'q', message: 'must contain a letter or a digit to search for' }]);
    res.json({ items: searchNotes(db, match, limit) });
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too. /search comes before /:id,
  // which would otherwise take it (and answer 404: "search" is not an id).
  const router = Router();
  router.route('/').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/search').get(search).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
