// Events and the state of their seats. A seat's state is never stored: it is computed from the
// claim on it (hold_seats, active = 1) and that hold's status and expiry, as of the `now` the
// caller passes (SPEC.md, Tasks 1 to 4).
import type { Db } from '../db/client.js';
import type { EventRow } from '../db/schema.js';
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
 * Every seat of an event with its state as of `now`, in the order the event listed them.
 * TODO (Task 1): every seat, in order. Tasks 2 to 4 add 'held' and 'booked'; Task 3 says when a
 * hold stops counting (SPEC.md, Task 3 and the Interface's "A hold").
 */
export function seatStates(db: Pick<Db, 'select'>, eventId: number, now: Date): SeatState[] {
  throw new Error('Not implemented: seatStates (SPEC.md, Task 1)');
}

/** TODO (Task 1): the event and its seats, all or nothing (SPEC.md, Task 1). */
export function insertEvent(db: Db, input: NewEvent, now: Date): EventView {
  throw new Error('Not implemented: insertEvent (SPEC.md, Task 1)');
}

/** TODO (Task 1): the event with its seats' states, or undefined. */
export function findEvent(db: Db, id: number, now: Date): EventView | undefined {
  throw new Error('Not implemented: findEvent (SPEC.md, Task 1)');
}
