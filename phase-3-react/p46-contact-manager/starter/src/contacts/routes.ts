// The HTTP side of contacts, under /api/contacts (SPEC.md, Tasks 1 and 2, and the Interface).
import { Router } from 'express';
import type { Db } from '../db/client.js';
import type { ContactRow } from '../db/schema.js';
import { HttpError } from '../errors.js';

/** TODO (Task 1): the Contact shape of the Interface. */
export function toContactJson(row: ContactRow): unknown {
  void row;
  throw new Error('Not implemented: toContactJson (Task 1)');
}

export function contactsRouter(db: Db, now: () => Date): Router {
  void [db, now];
  const router = Router();
  // TODO (Task 1): GET and POST /api/contacts; GET, PUT and DELETE /api/contacts/:id; 405 for
  // other methods. PUT's order of checks is in the SPEC. TODO (Task 2): 409 email_taken.
  router.all(['/api/contacts', '/api/contacts/:id'], () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the contacts API (Task 1).');
  });
  return router;
}
