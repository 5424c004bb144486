// Parsing timestamps and describing instants, with Date alone. An instant is a number: the
// milliseconds since 1970-01-01T00:00:00Z (the "epoch"). Work in UTC only (getUTCFullYear,
// getUTCDay...), so the machine's time zone never changes an answer.
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date
import { invalidField } from './errors.js';

export const MS_PER_DAY = 86_400_000;

/** 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the years a four-digit ISO year can write. */
export const MIN_INSTANT_MS = -62_135_596_800_000;
export const MAX_INSTANT_MS = 253_402_300_799_999;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export interface InstantInfo {
  iso: string;
  epochMs: number;
  weekday: (typeof WEEKDAYS)[number];
  isLeapYear: boolean;
  dayOfYear: number;
}

export function isLeapYear(year: number): boolean {
  // TODO (Task 3): divisible by 4, except centuries, except every 400 years (2000 yes, 2100 no).
  throw new Error(`Not implemented: isLeapYear(${year}) (Task 3)`);
}

export function daysInMonth(year: number, month: number): number {
  // TODO (Task 3): 28 to 31; February depends on isLeapYear.
  throw new Error(`Not implemented: daysInMonth(${year}, ${month}) (Task 3)`);
}

/**
 * The instant of a UTC calendar date and time. Given in full. Not Date.UTC: it maps the years
 * 0 to 99 to 1900-1999 (a leftover from two-digit years), so year 50 would become 1950.
 * setUTCFullYear takes the year as it is. Like every Date method it rolls over silently:
 * utcMs(2023, 2, 29) is March 1st. Check the fields before you call it.
 */
export function utcMs(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}

/**
 * Reads an ISO 8601 date or date-time with a zone, or epoch milliseconds as digits, and returns
 * the instant in epoch milliseconds. Anything else is a 400 naming `field`.
 */
export function parseInstant(raw: string, field: string): number {
  // TODO (Task 2): match the formats of the spec with a regular expression (digits only: epoch
  // ms; YYYY-MM-DD; YYYY-MM-DDTHH:mm[:ss[.sss]] followed by Z or ±HH:mm), build the instant with
  // utcMs and subtract the offset.
  // TODO (Task 3): refuse fields that do not exist (month 13, February 29th of 2023, 24:00,
  // offset +24:00) and instants outside MIN_INSTANT_MS..MAX_INSTANT_MS, with
  // invalidField(field, '...').
  throw new Error(`Not implemented: parseInstant(${JSON.stringify(raw)}) for ${field} (Task 2)`);
}

/** Reads a calendar date, YYYY-MM-DD only, as the instant of its UTC midnight. */
export function parseDate(raw: string, field: string): number {
  // TODO (Task 6): YYYY-MM-DD only, with the same checks as parseInstant.
  throw new Error(`Not implemented: parseDate(${JSON.stringify(raw)}) for ${field} (Task 6)`);
}

/** What /parse and /now say about an instant, all in UTC. */
export function describeInstant(ms: number): InstantInfo {
  // TODO (Task 1): iso is toISOString(); weekday from getUTCDay() and WEEKDAYS; isLeapYear of
  // getUTCFullYear(); dayOfYear counts from 1 on January 1st (UTC).
  throw new Error(`Not implemented: describeInstant(${ms}) (Task 1), weekdays ${WEEKDAYS.join(', ')}`);
}
