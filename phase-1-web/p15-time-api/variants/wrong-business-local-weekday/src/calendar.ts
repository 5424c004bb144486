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
  // Object.hasOwn, not `raw in UNITS`: "constructor" and "toString" are "in" every object.
  if (!Object.hasOwn(UNITS, raw)) throw invalidField(field, `must be one of ${Object.keys(UNITS).join(', ')}`);
  return raw as Unit;
}

/** Whole units from `from` to `to`, truncated toward zero: negative when `to` is earlier. */
export function diffIn(fromMs: number, toMs: number, unit: Unit): number {
  // Math.trunc, not Math.floor: -1.5 days is -1 whole day, as 1.5 days is 1. Math.trunc(-0.5)
  // is -0, which JSON writes as 0.
  return Math.trunc((toMs - fromMs) / UNITS[unit]);
}

function isWeekend(dayMs: number): boolean {
  const weekday = new Date(dayMs).getDay();
  return weekday === 0 || weekday === 6;
}

/**
 * Mondays to Fridays in [from, to): `from` counts, `to` does not, so from == to is 0 and
 * consecutive ranges add up. Dates are UTC midnights; holidays are too.
 */
export function countBusinessDays(fromMs: number, toMs: number, holidays: readonly number[]): number {
  if (fromMs > toMs) throw invalidField('to', 'must not be before from');
  if ((toMs - fromMs) / MS_PER_DAY > MAX_BUSINESS_RANGE_DAYS) throw invalidField('to', `must be at most ${MAX_BUSINESS_RANGE_DAYS} days after from`);
  const closed = new Set(holidays);
  let count = 0;
  // At most 3660 steps: a loop is clearer than a formula with weeks and remainders.
  for (let day = fromMs; day < toMs; day += MS_PER_DAY) {
    if (!isWeekend(day) && !closed.has(day)) count += 1;
  }
  return count;
}
