// Local calendar dates ('2026-03-03') and the one bridge from an instant to a date: "which day is
// it in this time zone?" (SPEC.md, "Instants and local dates"). Nothing here may depend on the
// zone of the machine the server runs on.

/** A day on a calendar, written YYYY-MM-DD. */
export type LocalDate = string;

/** The range of dates and months the API accepts. */
export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2099-12-31';
export const FIRST_MONTH = '2000-01';
export const LAST_MONTH = '2099-12';

/** TODO (Task 2): true for a real date YYYY-MM-DD (2028-02-29 yes, 2026-02-29 no). */
export function isLocalDate(text: string): boolean {
  void text;
  throw new Error('Not implemented: isLocalDate (Task 2)');
}

/** TODO (Task 2): true for a month YYYY-MM. */
export function isMonth(text: string): boolean {
  void text;
  throw new Error('Not implemented: isMonth (Task 2)');
}

/** TODO (Task 3): the date `days` days after `date` (before it when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  void [date, days];
  throw new Error('Not implemented: addDays (Task 3)');
}

/** TODO (Task 2): the first day of the month after `month` ('2026-12' gives '2027-01-01'). */
export function firstOfNextMonth(month: string): LocalDate {
  void month;
  throw new Error('Not implemented: firstOfNextMonth (Task 2)');
}

/** TODO (Task 1): true when Intl knows the zone ('UTC', 'Europe/Paris'...). */
export function isTimeZone(name: string): boolean {
  void name;
  throw new Error('Not implemented: isTimeZone (Task 1)');
}

/** TODO (Task 1): the local date at `instant` in `timeZone`. */
export function dateIn(timeZone: string, instant: Date): LocalDate {
  void [timeZone, instant];
  throw new Error('Not implemented: dateIn (Task 1)');
}
