// The HTTP side of notes: each handler validates, runs one repository function and shapes
// the answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { NoteRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';

/** A note as the API shows it: exactly these fields, whatever the table holds. */
export interface NoteJson {
  id: number;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** TODO (Task 1): the row as the API shows it, the times as toISOString(). */
export function toNoteJson(row: NoteRow): NoteJson {
  void row;
  throw new Error('Not implemented: toNoteJson (Task 1)');
}

type WithId = Request<{ id: string }>;

/** The routes of /notes, on one database and one clock. */
export function notesRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 1): parseCreateNote, insertNote, then 201 with Location: /notes/<id>.
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /notes (Task 1)');
  };

  // TODO (Task 1): parseNoteId, findNote, then the note or 404.
  const read = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /notes/:id (Task 1)');
  };

  // TODO (Task 2): 200 with the changed note, or 404.
  const update = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: PATCH /notes/:id (Task 2)');
  };

  // TODO (Task 2): 204 with no body, or 404.
  const remove = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: DELETE /notes/:id (Task 2)');
  };

  // TODO (Task 3): parseSearchQuery, toFtsQuery (a 400 naming q for its error or for nothing to
  // search), then { items: searchNotes(...) }.
  const search = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /notes/search (Task 3)');
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
