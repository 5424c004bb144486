// Reading the two kinds of timestamps the analyzer meets (SPEC.md, Tasks 1 and 4).
//
// Web servers write the time of a request with the server's UTC offset: `10/Oct/2000:13:55:36 -0700`.
// Users give --since and --until in ISO 8601: `2000-10-10T20:00Z`. Both become a Date, which is
// one instant on the UTC time line whatever the offset was, so they can be compared directly.

/** Month names as servers write them, and their numbers. */
const MONTHS: ReadonlyMap<string, number> = new Map([
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['May', 5], ['Jun', 6],
  ['Jul', 7], ['Aug', 8], ['Sep', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12],
]);

/**
 * Parses a log timestamp such as `10/Oct/2000:13:55:36 -0700` (without the brackets).
 * Returns null when the text is not in that format or names a moment that does not exist.
 */
export function parseLogTime(text: string): Date | null {
  // TODO: Task 1 in SPEC.md.
  // - One regular expression with a ( ) group per number: ^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):...$
  //   and regex.exec(text), which gives null or an array: [whole text, group 1, group 2, ...].
  //   MONTHS.get(name) turns the month name into its number (undefined for an unknown name).
  // - Check the ranges yourself: Date.UTC(2024, 1, 31) does not complain, it rolls over to March.
  //   February has 29 days in leap years (divisible by 4, except centuries not divisible by 400).
  // - Date.UTC(year, month - 1, day, hours, minutes, seconds) reads the fields as if they were UTC;
  //   the real instant is that minus the offset: 13:55 at -0700 is 20:55 UTC.
  throw new Error('Not implemented: parseLogTime');
}

/**
 * Parses an ISO 8601 timestamp as given to --since and --until: 2000-10-10, 2000-10-10T13:55,
 * 2000-10-10T13:55:36, with .5 to .123 seconds, then Z or ±hh:mm. A missing time means midnight,
 * a missing offset means UTC. Returns null for anything else.
 */
export function parseIsoTime(text: string): Date | null {
  // TODO: Task 4 in SPEC.md. Same idea as parseLogTime, with optional parts: (?: ... )? is a
  // group that may be missing, and then its ( ) groups are undefined in the match.
  // Do not hand the text to new Date(): it accepts 2000-02-30 and reads a time without an offset
  // in the local time zone.
  throw new Error('Not implemented: parseIsoTime');
}
