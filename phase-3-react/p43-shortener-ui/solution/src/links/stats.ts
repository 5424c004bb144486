// Days for the stats. Clicks are counted by UTC day, and the stats cover the last N UTC days up
// to today: the days are text (YYYY-MM-DD), worked out with Date.UTC so that the server's own
// time zone never matters.
import type { DayClicks } from './repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day of a moment, as YYYY-MM-DD. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The `count` UTC days that end with the day of `now`, oldest first. */
export function lastDays(now: Date, count: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: count }, (_, i) => utcDay(new Date(today - (count - 1 - i) * DAY_MS)));
}

/**
 * One entry per day, with 0 for the days that have no row: a chart of clicks per day needs the
 * quiet days too, or Monday and Thursday end up side by side.
 */
export function fillDays(days: readonly string[], counted: readonly DayClicks[]): DayClicks[] {
  const byDay = new Map(counted.map((row) => [row.day, row.clicks]));
  return days.map((day) => ({ day, clicks: byDay.get(day) ?? 0 }));
}
