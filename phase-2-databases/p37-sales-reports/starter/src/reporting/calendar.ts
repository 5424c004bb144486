// Local dates and the instants where they begin, in a named time zone.
//
// SQLite knows nothing of time zones: it stores each sale as an instant (epoch milliseconds).
// So the question "which sales fall on 1 February in Auckland?" becomes "which sales lie between
// the instant 1 February begins in Auckland and the instant 2 February begins there?". This file
// answers the first half (those instants), with Intl only; the SQL of repository.ts the second.
//
// A local date is a string 'YYYY-MM-DD'. Date arithmetic on them (next day, Monday of the week,
// first of the month) is done on UTC midnights, where every day has 24 hours: it never depends on
// the zone of the report, nor on the zone of the machine the server runs on.

export type LocalDate = string;
export type GroupBy = 'day' | 'week' | 'month';

const DAY_MS = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD (2024-02-29 yes, 2026-02-29 no). */
export function isLocalDate(text: string): boolean {
  // Date.UTC rolls 2026-02-30 over to March 2nd: a real date is one that survives the round trip.
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && fromUtcMidnight(toUtcMidnight(text)) === text;
}

function toUtcMidnight(date: LocalDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/**
 * TODO (Task 3): the first day of the period that holds `date`: the day itself, the Monday of its
 * ISO week, or the 1st of its month (SPEC.md Task 3). Task 2 needs only 'day'.
 */
export function periodStart(date: LocalDate, groupBy: GroupBy): LocalDate {
  if (groupBy === 'day') return date;
  throw new Error('Not implemented: periodStart for weeks and months (Task 3)');
}

/** TODO (Task 3): the first day of the next period (a week or a month later). Task 2 needs only 'day'. */
export function nextPeriodStart(start: LocalDate, groupBy: GroupBy): LocalDate {
  if (groupBy === 'day') return addDays(start, 1);
  throw new Error('Not implemented: nextPeriodStart for weeks and months (Task 3)');
}

/** TODO (Task 2): true when the name is a time zone Intl.DateTimeFormat accepts (SPEC.md Task 2, "tz"). */
export function isTimeZone(name: string): boolean {
  void name;
  throw new Error('Not implemented: isTimeZone (Task 2)');
}

/** Finds the instants where local dates begin in one zone. Build one per request. */
export class ZoneCalendar {
  readonly #format: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    // Building a DateTimeFormat is slow and using one is fast: one per report, many calls.
    this.#format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  /** TODO (Task 2): the local date, in this zone, at an instant (formatToParts of the formatter above). */
  dateAt(instant: number): LocalDate {
    void [instant, this.#format];
    throw new Error('Not implemented: ZoneCalendar.dateAt (Task 2)');
  }

  /**
   * TODO (Task 2): the first instant whose local date is `date`, usually local midnight (SPEC.md,
   * "Instants and local dates"). Never assume a day has 24 hours or that the offset stays the same.
   */
  startOf(date: LocalDate): number {
    void date;
    throw new Error('Not implemented: ZoneCalendar.startOf (Task 2)');
  }
}

/** One row of a report: a period, and the instants [fromMs, toMs) of it that the report covers. */
export interface Bucket {
  /** The first local day of the period (a Monday for weeks, the 1st for months). */
  start: LocalDate;
  fromMs: number;
  toMs: number;
}

/**
 * Every period that overlaps [from, to), in order, each cut to the range: a week report from a
 * Wednesday starts with the week of that Wednesday, counting its sales from the Wednesday on.
 */
export function buckets(from: LocalDate, to: LocalDate, groupBy: GroupBy, calendar: ZoneCalendar): Bucket[] {
  // TODO (Task 2): one bucket per day of [from, to); Task 3: per week or month, cut to the range.
  void [from, to, groupBy, calendar, periodStart, nextPeriodStart];
  throw new Error('Not implemented: buckets (Task 2)');
}
