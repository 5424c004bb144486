// Days and months as text: "2026-01-31" and "2026-01". The tracker works in UTC, so an expense
// added at 23:59 on 31 January (UTC) belongs to January wherever the computer is.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The UTC calendar day of a moment: toISOString() is always UTC ("2026-01-31T23:59:00.000Z"). */
export function utcDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** "2026-01" for "2026-01-31". */
export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

/**
 * True for a day that exists: "2028-02-29" yes, "2026-02-29" and "2026-13-01" no. Date rolls an
 * impossible day over into the next month, so a day is real when it survives the round trip.
 */
export function isValidDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && utcDay(date) === text;
}

export function isValidMonth(text: string): boolean {
  return MONTH.test(text);
}
