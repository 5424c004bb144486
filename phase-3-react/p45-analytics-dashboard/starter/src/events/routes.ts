// The HTTP side of events: POST /api/events takes one event or a batch (SPEC.md, Task 1).
import { Router } from 'express';
import type { Db } from '../db/client.js';
import type { EventRow } from '../db/schema.js';
import { HttpError } from '../errors.js';

/** TODO (Task 1): the Event shape of the Interface. */
export function toEventJson(row: EventRow): unknown {
  void row;
  throw new Error('Not implemented: toEventJson (Task 1)');
}

export function eventsRouter(db: Db, now: () => Date): Router {
  void [db, now];
  const router = Router();
  // TODO (Task 1): POST /api/events (one event, or { events: [...] }), 405 for other methods.
  router.all('/api/events', () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: POST /api/events (Task 1).');
  });
  return router;
}
