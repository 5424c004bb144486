// Days for the stats (SPEC.md, Task 3): UTC days as text, YYYY-MM-DD.
import type { DayClicks } from './repository.js';

/** TODO (Task 2): the UTC day of a moment. */
export function utcDay(at: Date): string {
  void at;
  throw new Error('Not implemented: utcDay (Task 2)');
}

/** TODO (Task 3): the `count` UTC days that end with the day of `now`, oldest first. */
export function lastDays(now: Date, count: number): string[] {
  void [now, count];
  throw new Error('Not implemented: lastDays (Task 3)');
}

/** TODO (Task 3): one entry per day, 0 for the days without a row. */
export function fillDays(days: readonly string[], counted: readonly DayClicks[]): DayClicks[] {
  void [days, counted];
  throw new Error('Not implemented: fillDays (Task 3)');
}
