// The statistics with drizzle's query builder: one query for the summary, one per day for the
// daily rows (a year is 366 small indexed queries: fine for a dashboard).
import { and, count, countDistinct, gte, lt, sum } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { events } from '../db/schema.js';
import type { Day } from './calendar.js';

export interface Totals {
  totalEvents: number;
  uniqueUsers: number;
  revenueCents: number;
}

export function totals(db: Db, fromMs: number, toMs: number): Totals {
  const row = db
    .select({ n: count(), users: countDistinct(events.userId), revenue: sum(events.valueCents) })
    .from(events)
    .where(and(gte(events.occurredAt, fromMs), lt(events.occurredAt, toMs)))
    .get();
  return { totalEvents: row?.n ?? 0, uniqueUsers: row?.users ?? 0, revenueCents: Number(row?.revenue ?? 0) };
}

export interface DayTotals {
  events: number;
  users: number;
  revenueCents: number;
}

export function totalsByDay(db: Db, days: Day[]): DayTotals[] {
  return days.map((day) => {
    const t = totals(db, day.fromMs, day.toMs);
    return { events: t.totalEvents, users: t.uniqueUsers, revenueCents: t.revenueCents };
  });
}
