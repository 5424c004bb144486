// The HTTP side of events: validation, one repository call, and the answer.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { createHoldHandler } from '../holds/routes.js';
import { jsonBody } from '../json-body.js';
import { parseId } from '../validation.js';
import { findEvent, insertEvent, type EventView } from './repository.js';
import { eventNotFound, parseCreateEvent } from './validation.js';

/** An event as the API shows it: its seats counted by state as of now. */
export interface EventJson {
  id: number;
  name: string;
  capacity: number;
  available: number;
  held: number;
  booked: number;
  createdAt: string;
}

export function toEventJson({ event, seats }: EventView): EventJson {
  const count = (status: string) => seats.filter((seat) => seat.status === status).length;
  return {
    id: event.id,
    name: event.name,
    capacity: seats.length,
    available: count('available'),
    held: count('held'),
    booked: count('booked'),
    createdAt: event.createdAt.toISOString(),
  };
}

type WithId = Request<{ id: string }>;

/** The routes of /events, on one database and one clock. */
export function eventsRouter(db: Db, now: () => Date): Router {
  const eventId = (req: WithId) => parseId(req.params.id, eventNotFound);

  const create = (req: Request, res: Response): void => {
    const input = parseCreateEvent(req.body);
    const view = insertEvent(db, input, now());
    res.status(201).location(`/events/${view.event.id}`).json(toEventJson(view));
  };

  const read = (req: WithId, res: Response): void => {
    const id = eventId(req);
    const view = findEvent(db, id, now());
    if (!view) throw eventNotFound(id);
    res.json(toEventJson(view));
  };

  const listSeats = (req: WithId, res: Response): void => {
    const id = eventId(req);
    const view = findEvent(db, id, now());
    if (!view) throw eventNotFound(id);
    res.json({ eventId: id, items: view.seats });
  };

  const router = Router();
  router.route('/').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:id/seats').get(listSeats).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:id/holds').post(jsonBody, createHoldHandler(db, now)).all(methodNotAllowed(['POST']));
  return router;
}
