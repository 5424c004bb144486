// Differences between instants and business days between dates: arithmetic on epoch
// milliseconds, in UTC, so daylight saving time never shifts a count.
import { invalidField } from './errors.js';
import { MS_PER_DAY } from './instant.js';

/** The units /diff answers in, with their length in milliseconds. A day is exactly 24 hours. */
export const UNITS = { ms: 1, seconds: 1000, minutes: 60_000, hours: 3_600_000, days: MS_PER_DAY } as const;

export type Unit = keyof typeof UNITS;

/** The longest range /business-days counts: ten years of 366 days. */
export const MAX_BUSINESS_RANGE_DAYS = 3660;

export function parseUnit(raw: string, field: string): Unit {
  // TODO (Task 5): one of the keys of UNITS, else invalidField(field, '...'). Careful:
  // `'constructor' in UNITS` is true.
  throw new Error(`Not implemented: parseUnit(${JSON.stringify(raw)}) for ${field} (Task 5)`);
}

/** Whole units from `from` to `to`, truncated toward zero: negative when `to` is earlier. */
export function diffIn(fromMs: number, toMs: number, unit: Unit): number {
  // TODO (Task 5)
  throw new Error(`Not implemented: diffIn(${fromMs}, ${toMs}, ${unit}) (Task 5)`);
}

/**
 * Mondays to Fridays in [from, to): `from` counts, `to` does not, so from == to is 0 and
 * consecutive ranges add up. Dates are UTC midnights; holidays are too.
 */
export function countBusinessDays(fromMs: number, toMs: number, holidays: readonly number[]): number {
  // TODO (Task 6): 400 naming `to` when from > to or the range is over MAX_BUSINESS_RANGE_DAYS
  // days; then count the days that are not Saturday, Sunday or a holiday.
  throw new Error(`Not implemented: countBusinessDays(${fromMs}, ${toMs}, ${holidays.length} holidays) (Task 6)`);
}
