// The query string of the reports: which local dates, which zone, which grouping, which format.
// Query values are strings (or arrays, when a parameter is repeated: then a 400 like any other).
import { z } from 'zod';
import { validate } from '../validation.js';
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

const localDate = z
  .string()
  .refine((date) => isLocalDate(date) && date >= '2000-01-01' && date <= '2099-12-31', 'must be a date written YYYY-MM-DD, from 2000-01-01 to 2099-12-31');

const rangeFields = {
  from: localDate,
  to: localDate,
  tz: z.string().refine(isTimeZone, 'must be an IANA time zone name such as UTC or Pacific/Auckland').default('UTC'),
  format: z.enum(['json', 'csv']).optional(),
};

/**
 * The order of the dates, then the length of the range. zod runs this only when from and to are
 * strings; when one is not a real date, daysBetween is NaN, which is neither < 0 nor > the limit:
 * no range problem is added, and the date's own problem is reported.
 */
function checkRange(range: { from: string; to: string }, ctx: z.RefinementCtx): void {
  const days = daysBetween(range.from, range.to);
  if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  else if (days > MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `must be at most ${MAX_RANGE_DAYS} days after from` });
}

const revenueQuery = z
  .strictObject({ ...rangeFields, groupBy: z.enum(['day', 'week', 'month']).default('day') })
  .superRefine(checkRange);

const topQuery = z
  .strictObject({
    ...rangeFields,
    limit: z
      .string()
      .regex(/^\d+$/)
      .transform(Number)
      .pipe(z.number().min(1).max(MAX_TOP_LIMIT))
      .default(DEFAULT_TOP_LIMIT),
  })
  .superRefine(checkRange);

export function parseRevenueQuery(query: unknown): RevenueQuery {
  return validate(revenueQuery, query);
}

export function parseTopCustomersQuery(query: unknown): TopCustomersQuery {
  return validate(topQuery, query);
}
