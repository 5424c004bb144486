// Every query of this variant in one module. Seat states are decided in JavaScript from the
// live claims and their reservations, with one function (`blocks`) holding the expiry edge.
import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { holdSeats, reservations, seats, shows } from '../db/schema.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Reader = Pick<Db, 'select'>;
type Reservation = typeof reservations.$inferSelect;

export type SeatStatus = 'available' | 'held' | 'booked';
export interface SeatState {
  label: string;
  status: SeatStatus;
}
export interface EventView {
  event: { id: number; name: string; createdAt: Date };
  seats: SeatState[];
}
export type HoldStatus = 'held' | 'confirmed' | 'released' | 'expired';
export interface HoldView {
  hold: { id: number; eventId: number; customer: string; createdAt: Date; expiresAt: Date; confirmedAt: Date | null; releasedAt: Date | null };
  status: HoldStatus;
  seats: string[];
}

/** What a reservation does to its claimed seats at `now`. */
function blocks(r: Pick<Reservation, 'confirmedAt' | 'releasedAt' | 'expiresAt'>, now: number): 'booked' | 'held' | null {
  if (r.confirmedAt !== null) return 'booked';
  if (r.releasedAt !== null) return null;
  return now < r.expiresAt ? 'held' : null;
}

function stateOf(r: Reservation, now: number): HoldStatus {
  if (r.confirmedAt !== null) return 'confirmed';
  if (r.releasedAt !== null) return 'released';
  return now < r.expiresAt ? 'held' : 'expired';
}

/** seat id -> what blocks it now, for the live claims on the given seats (or a whole show). */
function blockers(db: Reader, where: ReturnType<typeof eq>, now: number): Map<number, 'booked' | 'held'> {
  const rows = db
    .select({ seatId: holdSeats.seatId, confirmedAt: reservations.confirmedAt, releasedAt: reservations.releasedAt, expiresAt: reservations.expiresAt })
    .from(holdSeats)
    .innerJoin(reservations, eq(reservations.id, holdSeats.holdId))
    .innerJoin(seats, eq(seats.id, holdSeats.seatId))
    .where(and(eq(holdSeats.active, 1), where))
    .all();
  const map = new Map<number, 'booked' | 'held'>();
  for (const row of rows) {
    const state = blocks(row, now);
    if (state) map.set(row.seatId, state);
  }
  return map;
}

function showSeats(db: Reader, showId: number, now: number): SeatState[] {
  const all = db.select().from(seats).where(eq(seats.eventId, showId)).orderBy(asc(seats.id)).all();
  const taken = blockers(db, eq(seats.eventId, showId), now);
  return all.map((seat) => ({ label: seat.label, status: taken.get(seat.id) ?? 'available' }));
}

export function addShow(db: Db, input: { name: string; seats: string[] }, now: Date): EventView {
  return db.transaction((tx) => {
    const show = tx.insert(shows).values({ title: input.name, openedAt: now.getTime() }).returning().get();
    for (const label of input.seats) tx.insert(seats).values({ eventId: show.id, label }).run();
    return { event: { id: show.id, name: show.title, createdAt: new Date(show.openedAt) }, seats: showSeats(tx, show.id, now.getTime()) };
  });
}

export function readShow(db: Db, id: number, now: Date): EventView | undefined {
  const show = db.select().from(shows).where(eq(shows.id, id)).get();
  return show && { event: { id: show.id, name: show.title, createdAt: new Date(show.openedAt) }, seats: showSeats(db, id, now.getTime()) };
}

function toView(db: Reader, r: Reservation, now: number): HoldView {
  const labels = db
    .select({ label: seats.label })
    .from(holdSeats)
    .innerJoin(seats, eq(seats.id, holdSeats.seatId))
    .where(eq(holdSeats.holdId, r.id))
    .orderBy(asc(seats.id))
    .all()
    .map((row) => row.label);
  return {
    hold: {
      id: r.id,
      eventId: r.showId,
      customer: r.holder,
      createdAt: new Date(r.madeAt),
      expiresAt: new Date(r.expiresAt),
      confirmedAt: r.confirmedAt === null ? null : new Date(r.confirmedAt),
      releasedAt: r.releasedAt === null ? null : new Date(r.releasedAt),
    },
    status: stateOf(r, now),
    seats: labels,
  };
}

export type ReserveResult =
  | { status: 'created'; view: HoldView }
  | { status: 'no_event' }
  | { status: 'unknown_seats'; unknown: Array<{ index: number; label: string }> }
  | { status: 'unavailable'; taken: Array<{ index: number; label: string; status: 'held' | 'booked' }> };

/** Retires every claim of every reservation that has run out by `now` (not only these seats). */
function retireExpired(tx: Tx, now: number): void {
  const expired = tx
    .select({ id: reservations.id })
    .from(reservations)
    .where(and(isNull(reservations.confirmedAt), isNull(reservations.releasedAt), lte(reservations.expiresAt, now)));
  tx.update(holdSeats)
    .set({ active: 0 })
    .where(and(eq(holdSeats.active, 1), inArray(holdSeats.holdId, expired)))
    .run();
}

export function reserve(db: Db, showId: number, input: { customer: string; seats: string[]; minutes: number }, now: Date): ReserveResult {
  const t = now.getTime();
  return db.transaction(
    (tx) => {
      if (!tx.select({ id: shows.id }).from(shows).where(eq(shows.id, showId)).get()) return { status: 'no_event' };
      const rows = tx
        .select()
        .from(seats)
        .where(and(eq(seats.eventId, showId), inArray(seats.label, input.seats)))
        .all();
      const byLabel = new Map(rows.map((seat) => [seat.label, seat.id]));
      const unknown = input.seats.flatMap((label, index) => (byLabel.has(label) ? [] : [{ index, label }]));
      if (unknown.length) return { status: 'unknown_seats', unknown };
      retireExpired(tx, t);
      const taken = blockers(tx, inArray(holdSeats.seatId, [...byLabel.values()]), t);
      const refused = input.seats.flatMap((label, index) => {
        const status = taken.get(byLabel.get(label)!);
        return status ? [{ index, label, status }] : [];
      });
      if (refused.length) return { status: 'unavailable', taken: refused };
      const r = tx
        .insert(reservations)
        .values({ showId, holder: input.customer, madeAt: t, expiresAt: t + input.minutes * 60_000 })
        .returning()
        .get();
      for (const seatId of byLabel.values()) tx.insert(holdSeats).values({ holdId: r.id, seatId }).run();
      return { status: 'created', view: toView(tx, r, t) };
    },
    { behavior: 'immediate' },
  );
}

export function readReservation(db: Db, id: number, now: Date): HoldView | undefined {
  const r = db.select().from(reservations).where(eq(reservations.id, id)).get();
  return r && toView(db, r, now.getTime());
}

export type SettleResult = { status: 'changed'; view: HoldView } | { status: 'missing' } | { status: 'expired' } | { status: 'conflict'; current: 'confirmed' | 'released' };

/** Confirms or releases a live reservation, in one immediate transaction. */
export function settle(db: Db, id: number, action: 'confirm' | 'release', now: Date): SettleResult {
  const t = now.getTime();
  return db.transaction(
    (tx) => {
      const r = tx.select().from(reservations).where(eq(reservations.id, id)).get();
      if (!r) return { status: 'missing' };
      const state = stateOf(r, t);
      if (state === 'confirmed' || state === 'released') return { status: 'conflict', current: state };
      if (state === 'expired') return { status: 'expired' };
      if (action === 'release') tx.update(holdSeats).set({ active: 0 }).where(eq(holdSeats.holdId, id)).run();
      const changed = tx
        .update(reservations)
        .set(action === 'confirm' ? { confirmedAt: t } : { releasedAt: t })
        .where(eq(reservations.id, id))
        .returning()
        .get()!;
      return { status: 'changed', view: toView(tx, changed, t) };
    },
    { behavior: 'immediate' },
  );
}
