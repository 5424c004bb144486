// Time zones with Intl alone. Date has no idea of zones other than UTC and the machine's own;
// Intl.DateTimeFormat knows the IANA time zone database (Europe/Paris, America/New_York...) and
// its daylight saving rules.
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/DateTimeFormat
import { invalidField } from './errors.js';

export interface ZonedTime {
  /** The zone's name as Intl resolves it: "Europe/Paris", "UTC". */
  zone: string;
  /** The wall-clock time in that zone, to the second: "2026-03-29T03:00:00". */
  local: string;
  /** The zone's offset from UTC at that instant: "+02:00" (":ss" only for old local mean times). */
  offset: string;
  /** A letter abbreviation such as "EDT", where the locale has one. */
  abbreviation?: string;
}

/** A formatter for the zone, or a 400 naming `field` when Intl does not know it. */
export function zoneFormatter(zone: string, field: string, timeZoneName: 'longOffset' | 'short'): Intl.DateTimeFormat {
  // TODO (Task 4): new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName }) throws a
  // RangeError for an unknown zone: turn it into invalidField(field, '...').
  throw new Error(`Not implemented: zoneFormatter(${JSON.stringify(zone)}, ${timeZoneName}) for ${field} (Task 4)`);
}

/**
 * The offset in seconds east of UTC, from a "longOffset" name: "GMT" (UTC itself), "GMT+05:45",
 * or "GMT-04:56:02" (the local mean time a city kept before time zones existed).
 */
export function parseGmtOffset(name: string): number {
  // TODO (Task 4)
  throw new Error(`Not implemented: parseGmtOffset(${name}) (Task 4)`);
}

/** +02:00, -03:30, +00:00, and -04:56:02 when the offset has seconds. */
export function formatOffset(offsetSeconds: number): string {
  // TODO (Task 4)
  throw new Error(`Not implemented: formatOffset(${offsetSeconds}) (Task 4)`);
}

/** An instant seen from a time zone: its wall-clock time and offset there. */
export function zonedTime(ms: number, zone: string, field: string): ZonedTime {
  // TODO (Task 4): find the zone's offset at this instant (formatToParts(ms) of a 'longOffset'
  // formatter has a part of type 'timeZoneName'), then the wall clock is the UTC fields of
  // ms + offset. zone comes from formatter.resolvedOptions().timeZone.
  throw new Error(`Not implemented: zonedTime(${ms}, ${JSON.stringify(zone)}) for ${field} (Task 4)`);
}
