// Days and months as text: "2026-01-31" and "2026-01". The tracker works in UTC, so an expense
// added at 23:59 on 31 January (UTC) belongs to January wherever the computer is.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The UTC calendar day of a moment, "2026-01-31". */
export function utcDay(moment: Date): string {
  // TODO (Task 2): toISOString() is always UTC ("2026-01-31T23:59:00.000Z"): keep the day part.
  // (getDate() and getMonth() would give the day of the computer's own time zone.)
  throw new Error('Not implemented: utcDay');
}

/** "2026-01" for "2026-01-31". */
export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

/** True for a day that exists: "2028-02-29" yes, "2026-02-29" and "2026-13-01" no. */
export function isValidDay(text: string): boolean {
  // TODO (Task 2): test DAY first. Then new Date(`${text}T00:00:00.000Z`) rolls an impossible day
  // over into the next month (or is Invalid Date): the day is real when utcDay of that date gives
  // the same text back.
  throw new Error('Not implemented: isValidDay');
}

export function isValidMonth(text: string): boolean {
  return MONTH.test(text);
}
