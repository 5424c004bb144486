// Where local dates begin, by offsets: the offset of a zone at an instant is "its wall clock read
// as if it were UTC, minus the instant". Local midnight = UTC midnight of that date minus the
// offset in force at local midnight, found in two steps (the offset may differ from the one at UTC
// midnight when a change lies between them).
export type Day = string;

const DAY = 86_400_000;

export function validDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(text) && text >= '2000-01-01' && text <= '2099-12-31';
}

export function knownZone(tz: string): boolean {
  if (tz.trim() === '') return false;
  try {
    Intl.DateTimeFormat(undefined, { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const dayMs = (day: Day): number => Date.parse(`${day}T00:00:00Z`);
export const msDay = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);
export const plusDays = (day: Day, n: number): Day => msDay(dayMs(day) + n * DAY);
export const spanDays = (a: Day, b: Day): number => Math.round((dayMs(b) - dayMs(a)) / DAY);

export class Zone {
  private readonly wall: Intl.DateTimeFormat;

  constructor(tz: string) {
    this.wall = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The wall clock at `t`, read as if it were UTC. */
  private wallAsUtc(t: number): number {
    const p: Record<string, number> = {};
    for (const part of this.wall.formatToParts(t)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  }

  private offset(t: number): number {
    return this.wallAsUtc(t - (t % 1000)) - (t - (t % 1000));
  }

  private dayAt(t: number): Day {
    return msDay(this.wallAsUtc(t));
  }

  /** The first instant of `day` in this zone. */
  midnight(day: Day): number {
    const utc = dayMs(day);
    let t = utc - this.offset(utc);
    t = utc - this.offset(t);
    // Midnight skipped by a change: step forward until the day has begun.
    while (this.dayAt(t) < day) t += 15 * 60_000;
    // Midnight repeated: go back while the day had already begun.
    while (this.dayAt(t - 15 * 60_000) === day) t -= 15 * 60_000;
    return t;
  }
}
