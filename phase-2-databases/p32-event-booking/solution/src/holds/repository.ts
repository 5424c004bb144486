// Holds: a customer's claim on some seats of one event, for a few minutes, then confirmed
// (booked) or released. Every write is one IMMEDIATE transaction, so what it checks ("these
// seats are free", "this hold has not expired") is still true when it writes, even with other
// processes on the same database file.
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { events, holds, holdSeats, seats, type HoldRow } from '../db/schema.js';
import type { NewHold } from './validation.js';

/** What the API shows as a hold's status: the stored one, or 'expired' computed from now. */
export type HoldStatus = 'held' | 'confirmed' | 'released' | 'expired';

export interface HoldView {
  hold: HoldRow;
  status: HoldStatus;
  /** The labels of the hold's seats, in the event's order. */
  seats: string[];
}

/** A requested seat that someone else holds or has booked. */
export interface TakenSeat {
  index: number;
  label: string;
  status: 'held' | 'booked';
}

export type CreateHoldResult =
  | { status: 'created'; view: HoldView }
  | { status: 'no_event' }
  | { status: 'unknown_seats'; unknown: Array<{ index: number; label: string }> }
  | { status: 'unavailable'; taken: TakenSeat[] };

export type ChangeHoldResult =
  | { status: 'changed'; view: HoldView }
  | { status: 'missing' }
  | { status: 'expired' }
  | { status: 'conflict'; current: 'confirmed' | 'released' };

/**
 * BEGIN IMMEDIATE takes SQLite's write lock before the first read. Another process that wants to
 * write waits (the busy timeout of db/client.ts) until this transaction commits, then reads what
 * it wrote. A plain BEGIN would let both read "A1 is free", and the second to write would fail
 * with SQLITE_BUSY.
 */
const WRITE_TRANSACTION = { behavior: 'immediate' } as const;

/** The edge, in one place: a hold is expired from its expiresAt on (now >= expiresAt). */
export function isExpired(hold: HoldRow, now: Date): boolean {
  return hold.status === 'held' && now.getTime() >= hold.expiresAt.getTime();
}

function statusOf(hold: HoldRow, now: Date): HoldStatus {
  return isExpired(hold, now) ? 'expired' : hold.status;
}

/** The seats a hold has (or had), in the event's order. Takes a transaction too. */
function seatLabels(db: Pick<Db, 'select'>, holdId: number): string[] {
  return db
    .select({ label: seats.label })
    .from(holdSeats)
    .innerJoin(seats, eq(seats.id, holdSeats.seatId))
    .where(eq(holdSeats.holdId, holdId))
    .orderBy(asc(seats.id))
    .all()
    .map((row) => row.label);
}

function view(db: Pick<Db, 'select'>, hold: HoldRow, now: Date): HoldView {
  return { hold, status: statusOf(hold, now), seats: seatLabels(db, hold.id) };
}

/**
 * Holds every requested seat for `input.minutes`, or none of them. Order of the refusals:
 * unknown event, then unknown labels (every one), then seats taken by a live hold or a booking
 * (every one).
 */
export function createHold(db: Db, eventId: number, input: NewHold, now: Date): CreateHoldResult {
  return db.transaction((tx) => {
    const event = tx.select({ id: events.id }).from(events).where(eq(events.id, eventId)).get();
    if (!event) return { status: 'no_event' };

    const found = tx
      .select({ id: seats.id, label: seats.label })
      .from(seats)
      .where(and(eq(seats.eventId, eventId), inArray(seats.label, input.seats)))
      .all();
    const idByLabel = new Map(found.map((seat) => [seat.label, seat.id]));
    const unknown = input.seats.map((label, index) => ({ index, label })).filter(({ label }) => !idByLabel.has(label));
    if (unknown.length > 0) return { status: 'unknown_seats', unknown };
    const seatIds = found.map((seat) => seat.id);

    // Clean up first: claims of holds that have expired by now give their seats back, inside
    // this transaction, so the unique index below sees only live claims.
    const expired = tx
      .select({ id: holds.id })
      .from(holds)
      .where(and(eq(holds.status, 'held'), lte(holds.expiresAt, now)));
    tx.update(holdSeats)
      .set({ active: 0 })
      .where(and(eq(holdSeats.active, 1), inArray(holdSeats.seatId, seatIds), inArray(holdSeats.holdId, expired)))
      .run();

    // What is still claimed now is claimed by a live hold or a booking: released holds gave
    // their rows back when they were released, expired ones just above.
    const claimed = tx
      .select({ seatId: holdSeats.seatId, status: holds.status })
      .from(holdSeats)
      .innerJoin(holds, eq(holds.id, holdSeats.holdId))
      .where(and(eq(holdSeats.active, 1), inArray(holdSeats.seatId, seatIds)))
      .all();
    if (claimed.length > 0) {
      const statusBySeat = new Map(claimed.map((claim) => [claim.seatId, claim.status === 'confirmed' ? 'booked' : 'held'] as const));
      const taken = input.seats
        .map((label, index) => ({ index, label, status: statusBySeat.get(idByLabel.get(label)!) }))
        .filter((seat): seat is TakenSeat => seat.status !== undefined);
      return { status: 'unavailable', taken };
    }

    const expiresAt = new Date(now.getTime() + input.minutes * 60_000);
    const hold = tx.insert(holds).values({ eventId, customer: input.customer, status: 'held', createdAt: now, expiresAt }).returning().get();
    tx.insert(holdSeats)
      .values(seatIds.map((seatId) => ({ holdId: hold.id, seatId, active: 1 })))
      .run();
    return { status: 'created', view: view(tx, hold, now) };
  }, WRITE_TRANSACTION);
}

export function findHold(db: Db, id: number, now: Date): HoldView | undefined {
  const hold = db.select().from(holds).where(eq(holds.id, id)).get();
  return hold && view(db, hold, now);
}

/**
 * Why the hold cannot change now, or undefined when it is live. Shared by confirm and release,
 * inside their transactions.
 */
function refusalFor(tx: Pick<Db, 'select'>, id: number, now: Date): Exclude<ChangeHoldResult, { status: 'changed' }> | undefined {
  const hold = tx.select().from(holds).where(eq(holds.id, id)).get();
  if (!hold) return { status: 'missing' };
  if (hold.status !== 'held') return { status: 'conflict', current: hold.status };
  if (isExpired(hold, now)) return { status: 'expired' };
  return undefined;
}

/** Turns a live hold into a booking: its seats stay claimed, for good. */
export function confirmHold(db: Db, id: number, now: Date): ChangeHoldResult {
  return db.transaction((tx) => {
    const refused = refusalFor(tx, id, now);
    if (refused) return refused;
    const confirmed = tx
      .update(holds)
      .set({ status: 'confirmed', confirmedAt: now })
      .where(eq(holds.id, id))
      .returning()
      .get()!;
    return { status: 'changed', view: view(tx, confirmed, now) };
  }, WRITE_TRANSACTION);
}

/** Gives a live hold's seats back at once. */
export function releaseHold(db: Db, id: number, now: Date): ChangeHoldResult {
  return db.transaction((tx) => {
    const refused = refusalFor(tx, id, now);
    if (refused) return refused;
    tx.update(holdSeats).set({ active: 0 }).where(eq(holdSeats.holdId, id)).run();
    const released = tx
      .update(holds)
      .set({ status: 'released', releasedAt: now })
      .where(eq(holds.id, id))
      .returning()
      .get()!;
    return { status: 'changed', view: view(tx, released, now) };
  }, WRITE_TRANSACTION);
}
