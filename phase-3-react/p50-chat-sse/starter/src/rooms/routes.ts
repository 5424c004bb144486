// The HTTP side of rooms and messages, under /api/rooms, the event stream included (SPEC.md,
// Tasks 1 to 4 and the Interface).
import { Router } from 'express';
import type { Db } from '../db/client.js';
import type { MessageRow } from '../db/schema.js';
import { HttpError } from '../errors.js';
import type { Hub } from './hub.js';

/** TODO (Task 1): the Message shape of the Interface. */
export function toMessageJson(row: MessageRow): { id: number; roomId: number; author: string; text: string; createdAt: string } {
  void row;
  throw new Error('Not implemented: toMessageJson (Task 1)');
}

export type MessageJson = ReturnType<typeof toMessageJson>;

export function roomsRouter(db: Db, hub: Hub, now: () => Date): Router {
  void [db, hub, now];
  const router = Router();
  // TODO (Task 1): POST /api/rooms, GET /api/rooms/:id, POST /api/rooms/:id/messages, 405s.
  // TODO (Task 2): GET /api/rooms/:id/messages. TODO (Tasks 3 and 4): GET /api/rooms/:id/events.
  router.all(['/api/rooms', '/api/rooms/:id', '/api/rooms/:id/messages', '/api/rooms/:id/events'], () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the chat API (Tasks 1 to 4).');
  });
  return router;
}
