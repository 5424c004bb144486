// The HTTP side of events: POST /api/events takes one event or a batch.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { EventRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { insertEvents } from './repository.js';
import { parseEvents } from './validation.js';

export function toEventJson(row: EventRow) {
  return { id: row.id, name: row.name, occurredAt: new Date(row.occurredAt).toISOString(), userId: row.userId, valueCents: row.valueCents };
}

export function eventsRouter(db: Db, now: () => Date): Router {
  const router = Router();
  router
    .route('/api/events')
    .post(jsonBody, (req: Request, res: Response) => {
      const { batch, events } = parseEvents(req.body);
      // One clock reading for the whole request: a batch sent "now" happened at one instant.
      const at = now().getTime();
      const rows = insertEvents(db, events.map((event) => ({ ...event, occurredAt: event.occurredAt ?? at })));
      if (batch) res.status(201).json({ count: rows.length, items: rows.map(toEventJson) });
      else res.status(201).json(toEventJson(rows[0]!));
    })
    .all(methodNotAllowed(['POST']));
  return router;
}
