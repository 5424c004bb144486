// Time zones with Intl alone. Date has no idea of zones other than UTC and the machine's own;
// Intl.DateTimeFormat knows the IANA time zone database (Europe/Paris, America/New_York...) and
// its daylight saving rules. We ask it one question, "what is the UTC offset of this zone at
// this instant?", and do the rest with plain arithmetic in UTC.
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
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName });
  } catch {
    // Intl throws a RangeError for a name it does not know. Checking against a list of our own
    // would go stale, and Intl.supportedValuesOf('timeZone') leaves out "UTC".
    throw invalidField(field, `is not a time zone this server knows (use an IANA name such as Europe/Paris, or UTC)`);
  }
}

function zoneNamePart(formatter: Intl.DateTimeFormat, ms: number): string {
  return formatter.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/**
 * The offset in seconds east of UTC, from a "longOffset" name: "GMT" (UTC itself), "GMT+05:45",
 * or "GMT-04:56:02" (the local mean time a city kept before time zones existed).
 */
export function parseGmtOffset(name: string): number {
  const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!match) throw new Error(`Unexpected offset name from Intl: ${name}`);
  const [, sign, hours, minutes, seconds] = match;
  // Plain "GMT" (what newer ICU versions say for UTC itself) has no sign and no fields.
  if (sign === undefined) return 0;
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds ?? 0);
  return sign === '-' ? -total : total;
}

/** +02:00, -03:30, +00:00, and -04:56:02 when the offset has seconds. */
export function formatOffset(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hhmm = `${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor(abs / 60) % 60)}`;
  return abs % 60 === 0 ? hhmm : `${hhmm}:${pad(abs % 60)}`;
}

/** "YYYY-MM-DDTHH:mm:ss" of an instant read as if it were UTC (its milliseconds dropped). */
function wallClock(ms: number): string {
  // Not toISOString: 9999-12-31T23:00Z seen from Tokyo is in the year 10000, which it writes
  // "+010000". The year has at least four digits; the other fields have two.
  const date = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** An instant seen from a time zone: its wall-clock time and offset there. */
export function zonedTime(ms: number, zone: string, field: string): ZonedTime {
  const offsets = zoneFormatter(zone, field, 'longOffset');
  const offsetSeconds = parseGmtOffset(zoneNamePart(offsets, ms));
  // The wall clock of the zone is the UTC wall clock of the instant shifted by the offset.
  const result: ZonedTime = {
    zone: offsets.resolvedOptions().timeZone,
    local: wallClock(ms + offsetSeconds * 1000),
    offset: formatOffset(offsetSeconds),
  };
  // en-US has letters for some zones (EST, EDT, UTC) and only "GMT+2" for others: keep letters.
  const short = zoneNamePart(zoneFormatter(zone, field, 'short'), ms);
  if (/^[A-Z]{2,5}$/.test(short)) result.abbreviation = short;
  return result;
}
