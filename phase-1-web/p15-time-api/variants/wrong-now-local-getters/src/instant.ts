// Parsing timestamps and describing instants, with Date alone. An instant is a number: the
// milliseconds since 1970-01-01T00:00:00Z (the "epoch"). Everything here is in UTC, so the
// machine's time zone never changes an answer.
import { invalidField } from './errors.js';

export const MS_PER_DAY = 86_400_000;

/** 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the years a four-digit ISO year can write. */
export const MIN_INSTANT_MS = -62_135_596_800_000;
export const MAX_INSTANT_MS = 253_402_300_799_999;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

// YYYY-MM-DD, optionally followed by THH:mm[:ss[.f{1,3}]] and a zone (Z or ±HH:mm). A date-time
// without a zone is refused: its meaning would depend on the server's time zone.
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2}))?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Fifteen digits reach past year 9999 already; more could not be exact in a double anyway.
const EPOCH_PATTERN = /^\d{1,15}$/;

export interface InstantInfo {
  iso: string;
  epochMs: number;
  weekday: (typeof WEEKDAYS)[number];
  isLeapYear: boolean;
  dayOfYear: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return days[month - 1] ?? 0;
}

/**
 * The instant of a UTC calendar date and time. Not Date.UTC: it maps the years 0 to 99 to
 * 1900-1999 (a leftover from two-digit years), so year 50 would become 1950. setUTCFullYear
 * takes the year as it is.
 */
export function utcMs(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}

/**
 * Date fields that exist. `new Date('2023-02-29')` does not check this: it quietly rolls over
 * to March 1st, and so do Date.UTC and setUTCFullYear. Only our own check catches it.
 */
function checkDate(field: string, year: number, month: number, day: number): void {
  if (year < 1) throw invalidField(field, 'must be in the years 0001 to 9999');
  if (month < 1 || month > 12) throw invalidField(field, `has no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month)) throw invalidField(field, `has no day ${day} in ${year}-${String(month).padStart(2, '0')}`);
}

function checkRange(field: string, ms: number): number {
  if (ms < MIN_INSTANT_MS || ms > MAX_INSTANT_MS) throw invalidField(field, 'must be in the years 0001 to 9999 (UTC)');
  return ms;
}

/** "+02:00" as minutes east of UTC; -00:00 is UTC too. */
function offsetMinutes(field: string, zone: string): number {
  if (zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 23 || minutes > 59) throw invalidField(field, `has an impossible offset ${zone}`);
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (hours * 60 + minutes);
}

/**
 * Reads an ISO 8601 date or date-time with a zone, or epoch milliseconds as digits, and returns
 * the instant in epoch milliseconds. Anything else is a 400 naming `field`.
 */
export function parseInstant(raw: string, field: string): number {
  if (EPOCH_PATTERN.test(raw)) return checkRange(field, Number(raw));
  const match = ISO_PATTERN.exec(raw);
  if (!match) throw invalidField(field, 'must be an ISO 8601 date (2026-03-29), a date-time with Z or an offset (2026-03-29T10:00:00+02:00), or epoch milliseconds');
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const [hours, minutes, seconds] = [Number(h), Number(mi), Number(s)];
  checkDate(field, year, month, day);
  if (hours > 23 || minutes > 59 || seconds > 59) throw invalidField(field, `has an impossible time ${h}:${mi}:${s}`);
  // ".5" is 500 ms, not 5 ms: pad on the right.
  const ms = Number(fraction.padEnd(3, '0'));
  const local = utcMs(year, month, day, hours, minutes, seconds, ms);
  // The written time is local to the offset: 10:00+02:00 is 08:00 in UTC.
  return checkRange(field, local - offsetMinutes(field, zone) * 60_000);
}

/** Reads a calendar date, YYYY-MM-DD only, as the instant of its UTC midnight. */
export function parseDate(raw: string, field: string): number {
  const match = DATE_PATTERN.exec(raw);
  if (!match) throw invalidField(field, 'must be a date written YYYY-MM-DD');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  checkDate(field, year, month, day);
  return utcMs(year, month, day);
}

/** What /parse and /now say about an instant, all in UTC. */
export function describeInstant(ms: number): InstantInfo {
  const date = new Date(ms);
  const year = date.getFullYear();
  const startOfDay = utcMs(year, date.getMonth() + 1, date.getDate());
  return {
    iso: date.toISOString(),
    epochMs: ms,
    // getUTCDay() is 0 (Sunday) to 6: always an index of WEEKDAYS.
    weekday: WEEKDAYS[date.getDay()]!,
    isLeapYear: isLeapYear(year),
    dayOfYear: (startOfDay - utcMs(year, 1, 1)) / MS_PER_DAY + 1,
  };
}
