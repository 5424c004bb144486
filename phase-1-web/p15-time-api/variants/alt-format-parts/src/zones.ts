// Wall clocks in other zones, from the SPEC alone: Intl prints every field of the wall-clock time
// (formatToParts with a 23-hour clock), and the offset is the difference between that wall
// clock read as if it were UTC and the instant itself.
import { invalidField } from './errors.js';

export interface ZonedTime {
  zone: string;
  local: string;
  offset: string;
  abbreviation?: string;
}

const two = (n: number): string => String(n).padStart(2, '0');

function formatterFor(zone: string, field: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw invalidField(field, 'is not a known time zone');
  }
}

export function zonedTime(ms: number, zone: string, field: string): ZonedTime {
  const formatter = formatterFor(zone, field);
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(ms)) fields[part.type] = part.value;
  const bc = fields.era === 'BC' || fields.era === 'B';
  const year = bc ? 1 - Number(fields.year) : Number(fields.year);
  const [month, day, hour, minute, second] = ['month', 'day', 'hour', 'minute', 'second'].map((k) => Number(fields[k]));
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(year, month! - 1, day!);
  asUtc.setUTCHours(hour!, minute!, second!, 0);
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  const offsetSeconds = Math.round((asUtc.getTime() - wholeSecond) / 1000);
  const abs = Math.abs(offsetSeconds);
  let offset = `${offsetSeconds < 0 ? '-' : '+'}${two(Math.floor(abs / 3600))}:${two(Math.floor(abs / 60) % 60)}`;
  if (abs % 60 !== 0) offset += `:${two(abs % 60)}`;
  const yearText = String(year).padStart(4, '0');
  return {
    zone: formatter.resolvedOptions().timeZone,
    local: `${yearText}-${two(month!)}-${two(day!)}T${two(hour!)}:${two(minute!)}:${two(second!)}`,
    offset,
  };
}
