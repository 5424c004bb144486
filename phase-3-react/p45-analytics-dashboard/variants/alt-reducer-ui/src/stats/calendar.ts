// Local dates and the instants where they begin, in a named time zone.
//
// SQLite knows nothing of time zones: it stores each event as an instant (epoch milliseconds).
// "Which events happened on 8 March in New York?" becomes "which events lie between the instant
// 8 March begins in New York and the instant 9 March begins there?". This file finds those
// instants with Intl; the SQL of repository.ts counts what lies between them.
//
// A local date is a string 'YYYY-MM-DD'. Date arithmetic on them (the next day, days between) is
// done on UTC midnights, where every day has 24 hours: it never depends on the zone of the
// report, nor on the zone of the machine the server runs on.

export type LocalDate = string;

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

/** Whole days from `from` to `to`: negative when `to` is earlier, 0 when they are the same day. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** True when Intl knows the zone ('UTC', 'America/New_York'...). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch {
    return false; // a RangeError: Intl has no such zone
  }
  return true;
}

/** Local dates and offsets in one zone, from Intl's wall-clock parts. */
export class ZoneCalendar {
  readonly #format: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    this.#format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  }

  #wall(instant: number): number {
    const p = Object.fromEntries(this.#format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  }

  /** The local date, in this zone, at an instant. */
  dateAt(instant: number): LocalDate {
    return new Date(this.#wall(instant)).toISOString().slice(0, 10);
  }

  /** Local midnight: guess with the offset at UTC midnight, then correct with the offset found there. */
  startOf(date: LocalDate): number {
    const wallMidnight = Date.parse(`${date}T00:00:00Z`);
    const offsetOf = (instant: number) => this.#wall(Math.floor(instant / 1000) * 1000) - Math.floor(instant / 1000) * 1000;
    const guess = wallMidnight - offsetOf(wallMidnight);
    return wallMidnight - offsetOf(guess);
  }
}

/** One local day and the instants [fromMs, toMs) it covers in the zone. */
export interface Day {
  date: LocalDate;
  fromMs: number;
  toMs: number;
}

/** Every local day from `from` to `to`, both included, in order. */
export function daysOf(from: LocalDate, to: LocalDate, calendar: ZoneCalendar): Day[] {
  const days: Day[] = [];
  // Each day ends where the next begins: asking Intl for every boundary, never adding 24 hours.
  let fromMs = calendar.startOf(from);
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const toMs = calendar.startOf(addDays(date, 1));
    days.push({ date, fromMs, toMs });
    fromMs = toMs;
  }
  return days;
}
