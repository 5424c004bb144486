// The query string of the statistics (SPEC.md, Task 2). A suggested structure: change it as you like.
import type { LocalDate } from './calendar.js';

/** The longest range, in days (from and to included). */
export const MAX_RANGE_DAYS = 366;

/** The local dates from `from` to `to`, both included, read in `tz`. */
export interface Range {
  from: LocalDate;
  to: LocalDate;
  tz: string;
}

/**
 * TODO (Task 2): from, to and tz checked as SPEC.md says (with the given validate()), every
 * problem of one request in one 400.
 */
export function parseRange(query: unknown): Range {
  void query;
  throw new Error('Not implemented: parseRange (Task 2)');
}
