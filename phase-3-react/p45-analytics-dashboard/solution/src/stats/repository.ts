// The statistics queries. SQLite does the counting (COUNT, COUNT(DISTINCT), SUM, GROUP BY);
// JavaScript only says where each day begins and ends, as instants, because SQLite knows no zones.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Day } from './calendar.js';

export interface Totals {
  totalEvents: number;
  uniqueUsers: number;
  revenueCents: number;
}

/** The KPIs of [fromMs, toMs). A user counts once however many events or days they have. */
export function totals(db: Db, fromMs: number, toMs: number): Totals {
  // count(user_id) and count(DISTINCT user_id) skip NULLs: anonymous events are not users.
  // An aggregate without GROUP BY answers exactly one row, even over no rows at all.
  return db.get<Totals>(sql`
    SELECT count(*) AS totalEvents,
           count(DISTINCT user_id) AS uniqueUsers,
           coalesce(sum(value_cents), 0) AS revenueCents
    FROM events
    WHERE occurred_at >= ${fromMs} AND occurred_at < ${toMs}
  `)!;
}

export interface DayTotals {
  events: number;
  users: number;
  revenueCents: number;
}

/**
 * One row per day, in order, days without events included. The days reach SQLite as one JSON
 * parameter, [[fromMs, toMs], ...], which json_each turns into rows: a LEFT JOIN keeps the days
 * no event falls in (count 0, sum NULL, hence coalesce).
 */
export function totalsByDay(db: Db, days: Day[]): DayTotals[] {
  const ranges = JSON.stringify(days.map((day) => [day.fromMs, day.toMs]));
  return db.all<DayTotals>(sql`
    WITH day AS (
      SELECT CAST(key AS INTEGER) AS idx, value ->> 0 AS from_ms, value ->> 1 AS to_ms
      FROM json_each(${ranges})
    )
    SELECT count(e.id) AS events,
           count(DISTINCT e.user_id) AS users,
           coalesce(sum(e.value_cents), 0) AS revenueCents
    FROM day
    LEFT JOIN events AS e ON e.occurred_at >= day.from_ms AND e.occurred_at < day.to_ms
    GROUP BY day.idx
    ORDER BY day.idx
  `);
}
