// The query string of the statistics: which local dates (both included), in which zone.
// Query values are strings (or arrays, when a parameter is repeated: then a 400 like any other).
import { z } from 'zod';
import { validate } from '../validation.js';
import { daysBetween, isLocalDate, isTimeZone, type LocalDate } from './calendar.js';

/** The longest range, in days (from and to included): a 400 beyond, instead of a slow answer. */
export const MAX_RANGE_DAYS = 366;

/** The local dates from `from` to `to`, both included, read in `tz`. */
export interface Range {
  from: LocalDate;
  to: LocalDate;
  tz: string;
}

const localDate = z
  .string()
  .refine((date) => isLocalDate(date) && date >= '2000-01-01' && date <= '2099-12-31', 'must be a date written YYYY-MM-DD, from 2000-01-01 to 2099-12-31');

/**
 * The order of the dates, then the length of the range. zod runs this only when the fields
 * themselves passed; so a date that is not real reports its own problem, not a range problem.
 */
const rangeQuery = z
  .strictObject({
    from: localDate,
    to: localDate,
    tz: z.string().refine(isTimeZone, 'must be an IANA time zone name such as UTC or America/New_York').default('UTC'),
  })
  .superRefine((range, ctx) => {
    const days = daysBetween(range.from, range.to) + 1;
    if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (days > MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `must be at most ${MAX_RANGE_DAYS} days from from, both included` });
  });

export function parseRange(query: unknown): Range {
  return validate(rangeQuery, query);
}
