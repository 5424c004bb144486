// The HTTP side of notes, under /api/notes (SPEC.md, Tasks 1 and 2, and the Interface).
import { Router } from 'express';
import type { Db } from '../db/client.js';
import type { NoteRow } from '../db/schema.js';
import { HttpError } from '../errors.js';

/** TODO (Task 1): the Note shape of the Interface. */
export function toNoteJson(row: NoteRow): unknown {
  void row;
  throw new Error('Not implemented: toNoteJson (Task 1)');
}

export function notesRouter(db: Db, now: () => Date): Router {
  void [db, now];
  const router = Router();
  // TODO (Task 1): GET and POST /api/notes; GET, PUT and DELETE /api/notes/:id; 405 for other
  // methods. TODO (Task 2): a PUT with a stale version answers 409 version_conflict.
  router.all(['/api/notes', '/api/notes/:id'], () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the notes API (Tasks 1 and 2).');
  });
  return router;
}
