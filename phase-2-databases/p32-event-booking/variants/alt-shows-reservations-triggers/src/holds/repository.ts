// The names the routes use, over src/booking/store.ts.
import type { Db } from '../db/client.js';
import { readReservation, reserve, settle, type HoldView, type ReserveResult, type SettleResult } from '../booking/store.js';
import type { NewHold } from './validation.js';

export type { HoldStatus, HoldView } from '../booking/store.js';
export type CreateHoldResult = ReserveResult;
export type ChangeHoldResult = SettleResult;

export function createHold(db: Db, eventId: number, input: NewHold, now: Date): CreateHoldResult {
  return reserve(db, eventId, input, now);
}
export function findHold(db: Db, id: number, now: Date): HoldView | undefined {
  return readReservation(db, id, now);
}
export function confirmHold(db: Db, id: number, now: Date): ChangeHoldResult {
  return settle(db, id, 'confirm', now);
}
export function releaseHold(db: Db, id: number, now: Date): ChangeHoldResult {
  return settle(db, id, 'release', now);
}
