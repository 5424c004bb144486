// Reading the two kinds of timestamps the analyzer meets.
//
// Web servers write the time of a request in their own format with the server's UTC offset:
// `10/Oct/2000:13:55:36 -0700`. Users give --since and --until in ISO 8601: `2000-10-10T20:00Z`.
// Both become a Date, which is one instant on the UTC time line whatever the offset was, so
// they can be compared directly.

const MONTHS = new Map([
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['May', 5], ['Jun', 6],
  ['Jul', 7], ['Aug', 8], ['Sep', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12],
]);

const MS_PER_MINUTE = 60_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Every fourth year is a leap year, except centuries, except every fourth century (2000 was). */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

// day/Mon/year:hour:minute:second ±hhmm, every number zero-padded as servers write them.
const LOG_TIME = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})$/;

// 2000-10-10, 2000-10-10T13:55, 2000-10-10T13:55:36, with .5 to .123 seconds, Z or ±hh:mm.
// (?: ... )? is an optional group that captures nothing: each part may be left out from the end.
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A time as written, before it is checked: numbers as they appear, the offset as text. */
interface WrittenTime {
  year: number;
  month: number; // 1 to 12, as written (Date.UTC wants 0 to 11)
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** "+0530", "-07:00", "Z", or undefined for UTC. */
  offset: string | undefined;
}

/** The offset as signed minutes ahead of UTC (-0700 is -420); null when it is out of range. */
function offsetMinutes(offset: string | undefined): number | null {
  if (offset === undefined || offset === 'Z') return 0;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(-2));
  if (hours > 23 || minutes > 59) return null;
  return (offset.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * The instant a written time stands for, or null when it does not exist. Every field is checked
 * first: Date.UTC never complains, Date.UTC(2024, 1, 31) quietly rolls over to 2 March.
 */
function toDate(t: WrittenTime): Date | null {
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > daysInMonth(t.year, t.month)) return null;
  if (t.hour > 23 || t.minute > 59 || t.second > 59) return null;
  const offset = offsetMinutes(t.offset);
  if (offset === null) return null;
  // No offset: take the written fields as they are.
  if (t.offset === undefined) return new Date(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond);
  const written = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond);
  // 13:55 at -0700 is 20:55 in UTC: subtract the offset to get from the written time to UTC.
  return new Date(written - offset * MS_PER_MINUTE);
}

/**
 * Parses a log timestamp such as `10/Oct/2000:13:55:36 -0700` (without the brackets).
 * Returns null when the text is not in that format or names a moment that does not exist.
 */
export function parseLogTime(text: string): Date | null {
  const match = LOG_TIME.exec(text);
  if (!match) return null;
  // match[0] is the whole text, then one entry per group. The pattern makes every group take
  // part, so each is a string; the `!` tells TypeScript what the pattern guarantees.
  const [, day, monthName, year, hour, minute, second, offset] = match;
  const month = MONTHS.get(monthName!);
  if (month === undefined) return null;
  return toDate({ year: Number(year), month, day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second), millisecond: 0, offset: offset! });
}

/**
 * Parses an ISO 8601 timestamp as given to --since and --until. A missing time means midnight,
 * a missing offset means UTC (not the local time zone, so that the same command gives the same
 * answer on every machine). Returns null for anything else.
 */
export function parseIsoTime(text: string): Date | null {
  const match = ISO_TIME.exec(text);
  if (!match) return null;
  // Groups of the optional parts are undefined when those parts were left out: 0 for the time.
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  return toDate({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    // ".5" is half a second: pad on the right to read it as milliseconds.
    millisecond: Number((fraction ?? '').padEnd(3, '0')),
    offset,
  });
}
