// The statistics queries (SPEC.md, Tasks 2 and 3): SQL does the counting, JavaScript only says
// where each day begins and ends. A suggested structure: change it as you like.
import type { Db } from '../db/client.js';
import type { Day } from './calendar.js';

export interface Totals {
  totalEvents: number;
  uniqueUsers: number;
  revenueCents: number;
}

/** TODO (Task 2): the KPIs of the events in [fromMs, toMs). */
export function totals(db: Db, fromMs: number, toMs: number): Totals {
  void [db, fromMs, toMs];
  throw new Error('Not implemented: totals (Task 2)');
}

export interface DayTotals {
  events: number;
  users: number;
  revenueCents: number;
}

/** TODO (Task 3): one row per day, in order, days without events included. */
export function totalsByDay(db: Db, days: Day[]): DayTotals[] {
  void [db, days];
  throw new Error('Not implemented: totalsByDay (Task 3)');
}
