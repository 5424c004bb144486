// The query string of the reports: which local dates, which zone, which grouping, which format.
// Query values are strings (or arrays, when a parameter is repeated: then a 400 like any other).
import { daysBetween, isLocalDate, isTimeZone, type GroupBy, type LocalDate } from './calendar.js';

/** The longest range a report may cover, in days: a 400 beyond, instead of a slow answer. */
export const MAX_RANGE_DAYS = 731;
export const DEFAULT_TOP_LIMIT = 10;
export const MAX_TOP_LIMIT = 100;

export type Format = 'json' | 'csv';

/** The local dates [from, to) of a report, read in `tz`. */
export interface Range {
  from: LocalDate;
  to: LocalDate;
  tz: string;
}

export interface RevenueQuery extends Range {
  groupBy: GroupBy;
  format?: Format | undefined;
}

export interface TopCustomersQuery extends Range {
  limit: number;
  format?: Format | undefined;
}

/**
 * TODO (Task 2): the query of GET /reports/revenue: from and to (required local dates), tz (default
 * UTC), groupBy (default day), format (Task 5), and nothing else; then the range rules (inverted,
 * longer than MAX_RANGE_DAYS). SPEC.md Task 2 lists every rule; validate() from ../validation.js
 * turns a zod schema into the 400 the SPEC asks for.
 */
export function parseRevenueQuery(query: unknown): RevenueQuery {
  void [query, daysBetween, isLocalDate, isTimeZone];
  throw new Error('Not implemented: parseRevenueQuery (Task 2)');
}

/** TODO (Task 4): the query of GET /reports/top-customers: Task 2's range rules, limit instead of groupBy (SPEC.md Task 4). */
export function parseTopCustomersQuery(query: unknown): TopCustomersQuery {
  void query;
  throw new Error('Not implemented: parseTopCustomersQuery (Task 4)');
}
