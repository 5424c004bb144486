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
const MINUTE_MS = 60_000;

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

/** The first day of the period that holds `date`: the day itself, its week's Monday (ISO 8601), or the 1st. */
export function periodStart(date: LocalDate, groupBy: GroupBy): LocalDate {
  if (groupBy === 'day') return date;
  if (groupBy === 'month') return `${date.slice(0, 7)}-01`;
  // getUTCDay(): 0 is Sunday ... 6 is Saturday. Days since Monday: Monday 0, ..., Sunday 6.
  const sinceMonday = (new Date(toUtcMidnight(date)).getUTCDay() + 6) % 7;
  return addDays(date, -sinceMonday);
}

/** The first day of the next period. */
export function nextPeriodStart(start: LocalDate, groupBy: GroupBy): LocalDate {
  if (groupBy === 'day') return addDays(start, 1);
  if (groupBy === 'week') return addDays(start, 7);
  const [year, month] = start.split('-').map(Number) as [number, number];
  return fromUtcMidnight(Date.UTC(year, month, 1)); // month is 1-based here: this is the next month
}

/** True when Intl knows the zone ('UTC', 'Pacific/Auckland'...). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch {
    return false; // a RangeError: Intl has no such zone
  }
  return true;
}

/** Finds the instants where local dates begin in one zone. Build one per request. */
export class ZoneCalendar {
  readonly #format: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    // Building a DateTimeFormat is slow and using one is fast: one per report, many calls.
    this.#format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  /** The local date, in this zone, at an instant. */
  dateAt(instant: number): LocalDate {
    const parts = Object.fromEntries(this.#format.formatToParts(instant).map((part) => [part.type, part.value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  }

  /**
   * The first instant whose local date is `date`: usually local midnight. Offsets stay within
   * UTC-12 and UTC+14, so that instant lies within 15 hours of UTC midnight, and a binary search
   * over whole minutes finds it. No offset is assumed constant: on the day daylight saving time
   * starts or ends, the next midnight is 23 or 25 hours later, and this finds it all the same.
   * (Where a zone skips midnight itself, the day begins at the first minute that exists.)
   */
  startOf(date: LocalDate): number {
    const utcMidnight = toUtcMidnight(date);
    // lo: local date still before `date`; hi: local date already `date` or later. In minutes.
    let lo = (utcMidnight - 15 * 60 * MINUTE_MS) / MINUTE_MS;
    let hi = (utcMidnight + 15 * 60 * MINUTE_MS) / MINUTE_MS;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.dateAt(mid * MINUTE_MS) >= date) hi = mid;
      else lo = mid;
    }
    return hi * MINUTE_MS;
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
  const result: Bucket[] = [];
  for (let start = periodStart(from, groupBy); start < to; start = nextPeriodStart(start, groupBy)) {
    const first = start > from ? start : from;
    const next = nextPeriodStart(start, groupBy);
    const end = next < to ? next : to;
    result.push({ start, fromMs: calendar.startOf(first), toMs: calendar.startOf(end) });
  }
  return result;
}
