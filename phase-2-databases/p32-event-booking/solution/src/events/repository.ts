// Events and the state of their seats. A seat's state is never stored: it is computed, in SQL,
// from the claim on it (hold_seats, active = 1) and that hold's status and expiry, as of the
// `now` the caller passes. A hold that expired a millisecond ago frees its seat at once, with no
// background job.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { events, holds, holdSeats, seats, type EventRow } from '../db/schema.js';
import type { NewEvent } from './validation.js';

export type SeatStatus = 'available' | 'held' | 'booked';

export interface SeatState {
  label: string;
  status: SeatStatus;
}

export interface EventView {
  event: EventRow;
  seats: SeatState[];
}

/**
 * The state of a seat as of `now`, for a row of seats LEFT JOINed with its live claim and hold.
 * A hold blocks its seats while now < expires_at; at expires_at exactly it has expired.
 */
function seatStatus(now: Date) {
  return sql<SeatStatus>`CASE
    WHEN ${holds.status} = 'confirmed' THEN 'booked'
    WHEN ${holds.status} = 'held' AND ${gt(holds.expiresAt, now)} THEN 'held'
    ELSE 'available' END`;
}

/** Every seat of an event with its state as of `now`, in the order the event listed them. */
export function seatStates(db: Pick<Db, 'select'>, eventId: number, now: Date): SeatState[] {
  return db
    .select({ label: seats.label, status: seatStatus(now) })
    .from(seats)
    // The partial unique index allows at most one active claim per seat, so this join never
    // doubles a seat.
    .leftJoin(holdSeats, and(eq(holdSeats.seatId, seats.id), eq(holdSeats.active, 1)))
    .leftJoin(holds, eq(holds.id, holdSeats.holdId))
    .where(eq(seats.eventId, eventId))
    .orderBy(asc(seats.id))
    .all();
}

/** Creates the event and its seats in one transaction: an event is never left half-seated. */
export function insertEvent(db: Db, input: NewEvent, now: Date): EventView {
  return db.transaction((tx) => {
    const event = tx.insert(events).values({ name: input.name, createdAt: now }).returning().get();
    tx.insert(seats)
      .values(input.seats.map((label) => ({ eventId: event.id, label })))
      .run();
    return { event, seats: seatStates(tx, event.id, now) };
  });
}

export function findEvent(db: Db, id: number, now: Date): EventView | undefined {
  const event = db.select().from(events).where(eq(events.id, id)).get();
  return event && { event, seats: seatStates(db, id, now) };
}
