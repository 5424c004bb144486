// Differences and business days, from the SPEC alone: business days by whole weeks (five each)
// plus the weekdays of the remaining days, minus the distinct weekday holidays in the range.
import { invalidField } from './errors.js';

const DAY = 86_400_000;
const UNIT_MS = new Map<string, number>([
  ['ms', 1],
  ['seconds', 1000],
  ['minutes', 60_000],
  ['hours', 3_600_000],
  ['days', DAY],
]);

export type Unit = 'ms' | 'seconds' | 'minutes' | 'hours' | 'days';

export function parseUnit(raw: string, field: string): Unit {
  if (!UNIT_MS.has(raw)) throw invalidField(field, 'must be ms, seconds, minutes, hours or days');
  return raw as Unit;
}

export function diffIn(fromMs: number, toMs: number, unit: Unit): number {
  const value = Math.trunc((toMs - fromMs) / UNIT_MS.get(unit)!);
  return value === 0 ? 0 : value;
}

const isWorkday = (dayMs: number): boolean => {
  const weekday = new Date(dayMs).getUTCDay();
  return weekday >= 1 && weekday <= 5;
};

export function countBusinessDays(fromMs: number, toMs: number, holidays: readonly number[]): number {
  if (toMs < fromMs) throw invalidField('to', 'must be on or after from');
  const days = Math.round((toMs - fromMs) / DAY);
  if (days > 3660) throw invalidField('to', 'must be at most 3660 days after from');
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let day = fromMs + weeks * 7 * DAY; day < toMs; day += DAY) if (isWorkday(day)) count++;
  for (const holiday of new Set(holidays)) if (holiday >= fromMs && holiday < toMs && isWorkday(holiday)) count--;
  return count;
}
