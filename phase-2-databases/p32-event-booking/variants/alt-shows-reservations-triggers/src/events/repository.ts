// The names the routes use, over src/booking/store.ts.
import type { Db } from '../db/client.js';
import { addShow, readShow, type EventView } from '../booking/store.js';
import type { NewEvent } from './validation.js';

export type { EventView, SeatState, SeatStatus } from '../booking/store.js';

export function insertEvent(db: Db, input: NewEvent, now: Date): EventView {
  return addShow(db, input, now);
}

export function findEvent(db: Db, id: number, now: Date): EventView | undefined {
  return readShow(db, id, now);
}
