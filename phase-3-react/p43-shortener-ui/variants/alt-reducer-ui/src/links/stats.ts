// Another way to the days: Date.UTC with a day of month that may run below 1 (JavaScript rolls it
// back into the previous month), and a fill by walking two sorted lists side by side.
import type { DayClicks } from './repository.js';

export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function lastDays(now: Date, count: number): string[] {
  const out: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    out.push(utcDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - back))));
  }
  return out;
}

export function fillDays(days: readonly string[], counted: readonly DayClicks[]): DayClicks[] {
  let i = 0;
  return days.map((day) => {
    while (i < counted.length && counted[i]!.day < day) i++;
    return { day, clicks: counted[i]?.day === day ? counted[i]!.clicks : 0 };
  });
}
