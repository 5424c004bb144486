// Holds: a customer's claim on some seats of one event, for a few minutes, then confirmed
// (booked) or released. Every write is one IMMEDIATE transaction, so what it checks ("these
// seats are free", "this hold has not expired") is still true when it writes, even with other
// processes on the same database file.
import type { Db } from '../db/client.js';
import type { HoldRow } from '../db/schema.js';
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
 * TODO (Task 3): the edge, in one place: SPEC.md, Task 3 says which side of expiresAt is
 * expired. Use the `now` you are given, never the wall clock.
 */
export function isExpired(hold: HoldRow, now: Date): boolean {
  throw new Error('Not implemented: isExpired (SPEC.md, Task 3)');
}

/**
 * Holds every requested seat for `input.minutes`, or none of them.
 * TODO (Task 2): the refusals in the order of the Interface ("Holds, in this order"), then the
 * hold and one hold_seats row per seat. Task 3: seats of expired holds are free, and their old
 * rows are set to active = 0 first. Task 5: all of it in ONE immediate transaction.
 */
export function createHold(db: Db, eventId: number, input: NewHold, now: Date): CreateHoldResult {
  throw new Error('Not implemented: createHold (SPEC.md, Task 2)');
}

/** TODO (Task 2): the hold with its status as of `now` and its seats, or undefined. */
export function findHold(db: Db, id: number, now: Date): HoldView | undefined {
  throw new Error('Not implemented: findHold (SPEC.md, Task 2)');
}

/** TODO (Task 4): a live hold becomes a booking (SPEC.md, Task 4, and the Interface's order). */
export function confirmHold(db: Db, id: number, now: Date): ChangeHoldResult {
  throw new Error('Not implemented: confirmHold (SPEC.md, Task 4)');
}

/** TODO (Task 4): a live hold gives its seats back at once (SPEC.md, Task 4). */
export function releaseHold(db: Db, id: number, now: Date): ChangeHoldResult {
  throw new Error('Not implemented: releaseHold (SPEC.md, Task 4)');
}
