// Local calendar dates ('2026-03-03') and the one bridge from an instant to a date: "which day is
// it in this time zone?". Everything else is arithmetic on date strings, done on UTC midnights,
// where every day has exactly 24 hours: it never depends on the user's zone, nor on the zone of
// the machine the server runs on (the process's TZ), nor on daylight saving time.

/** A day on a calendar, written YYYY-MM-DD. */
export type LocalDate = string;

const DAY_MS = 86_400_000;

/** The range of dates and months the API accepts. */
export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2099-12-31';
export const FIRST_MONTH = '2000-01';
export const LAST_MONTH = '2099-12';

function toUtcMidnight(date: LocalDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real date YYYY-MM-DD (2028-02-29 yes, 2026-02-29 and 2026-02-30 no). */
export function isLocalDate(text: string): boolean {
  // Date.UTC rolls 2026-02-30 over to 2 March: a real date is one that survives the round trip.
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && fromUtcMidnight(toUtcMidnight(text)) === text;
}

/** True for a month YYYY-MM (01 to 12). */
export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** The first day of the month after `month` ('2026-12' gives '2027-01-01'). */
export function firstOfNextMonth(month: string): LocalDate {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return fromUtcMidnight(Date.UTC(year, m, 1)); // m is 1-based: as a 0-based month, it is the next one
}

/** True when Intl knows the zone ('UTC', 'Europe/Paris', 'Pacific/Auckland'...). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch {
    return false; // a RangeError: Intl has no such zone
  }
  return true;
}

/**
 * The local date at `instant` in `timeZone`. Intl does the zone's rules (offsets, daylight
 * saving); formatToParts gives the pieces without guessing a locale's order.
 */
export function dateIn(timeZone: string, instant: Date): LocalDate {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
