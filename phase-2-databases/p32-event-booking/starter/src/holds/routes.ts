// The HTTP side of holds: what the repository reports (unknown seats, taken seats, an expired
// hold, a hold already confirmed or released) becomes the documented 404, 409 or 410 here.
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Db } from '../db/client.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { eventNotFound } from '../events/validation.js';
import { parseId } from '../validation.js';
import { confirmHold, createHold, findHold, releaseHold, type ChangeHoldResult, type HoldStatus, type HoldView } from './repository.js';
import { holdNotFound, parseCreateHold } from './validation.js';

/** A hold as the API shows it. */
export interface HoldJson {
  id: number;
  eventId: number;
  customer: string;
  seats: string[];
  status: HoldStatus;
  createdAt: string;
  expiresAt: string;
  confirmedAt: string | null;
  releasedAt: string | null;
}

export function toHoldJson({ hold, status, seats }: HoldView): HoldJson {
  return {
    id: hold.id,
    eventId: hold.eventId,
    customer: hold.customer,
    seats,
    status,
    createdAt: hold.createdAt.toISOString(),
    expiresAt: hold.expiresAt.toISOString(),
    confirmedAt: hold.confirmedAt?.toISOString() ?? null,
    releasedAt: hold.releasedAt?.toISOString() ?? null,
  };
}

type WithId = Request<{ id: string }>;

/** POST /events/:id/holds, mounted by the events router (the path belongs to an event). */
export function createHoldHandler(db: Db, now: () => Date): RequestHandler<{ id: string }> {
  return (req, res) => {
    const eventId = parseId(req.params.id, eventNotFound);
    const input = parseCreateHold(req.body);
    const result = createHold(db, eventId, input, now());
    if (result.status === 'no_event') throw eventNotFound(eventId);
    if (result.status === 'unknown_seats') {
      const details = result.unknown.map(({ index, label }) => ({ field: `seats.${index}`, message: `event ${eventId} has no seat ${label}` }));
      throw new HttpError(404, 'not_found', `Event ${eventId} has no such seat: see details.`, details);
    }
    if (result.status === 'unavailable') {
      const details = result.taken.map(({ index, label, status }) => ({ field: `seats.${index}`, message: `${label} is ${status}`, seat: label, status }));
      throw new HttpError(409, 'seat_unavailable', 'Some of these seats are taken (see details); nothing was held.', details);
    }
    res.status(201).location(`/holds/${result.view.hold.id}`).json(toHoldJson(result.view));
  };
}

/** The answer to a confirm or a release that did not happen. */
function refusal(id: number, result: Exclude<ChangeHoldResult, { status: 'changed' }>): HttpError {
  switch (result.status) {
    case 'missing':
      return holdNotFound(id);
    case 'expired':
      // 410 Gone, not 409: asking again will never work, the client must start a new hold.
      return new HttpError(410, 'hold_expired', `Hold ${id} has expired: its seats are free again.`);
    case 'conflict':
      return new HttpError(409, 'conflict', `Hold ${id} is already ${result.current}.`, [{ field: 'status', message: `is already ${result.current}` }]);
  }
}

/** The routes of /holds, on one database and one clock. */
export function holdsRouter(db: Db, now: () => Date): Router {
  const holdId = (req: WithId) => parseId(req.params.id, holdNotFound);

  const read = (req: WithId, res: Response): void => {
    const id = holdId(req);
    const found = findHold(db, id, now());
    if (!found) throw holdNotFound(id);
    res.json(toHoldJson(found));
  };

  const change = (apply: typeof confirmHold) => (req: WithId, res: Response): void => {
    const id = holdId(req);
    const result = apply(db, id, now());
    if (result.status !== 'changed') throw refusal(id, result);
    res.json(toHoldJson(result.view));
  };

  const router = Router();
  router.route('/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:id/confirm').post(change(confirmHold)).all(methodNotAllowed(['POST']));
  router.route('/:id/release').post(change(releaseHold)).all(methodNotAllowed(['POST']));
  return router;
}
