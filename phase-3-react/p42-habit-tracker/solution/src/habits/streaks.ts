// Streaks are derived state: computed from the check-ins on every read, never stored, so they
// can never disagree with the check-ins they come from.
import { addDays, type LocalDate } from '../dates.js';

export interface Streaks {
  currentStreak: number;
  longestStreak: number;
}

/**
 * `dates`: the habit's check-in dates, ascending, each once. `today`: the local date in the
 * user's zone. Two dates follow each other when the second is the calendar day after the first
 * (addDays knows month ends, leap years and new year), never "when the day number is one more".
 */
export function computeStreaks(dates: readonly LocalDate[], today: LocalDate): Streaks {
  let longest = 0;
  let run = 0;
  let previous: LocalDate | undefined;
  for (const date of dates) {
    run = previous !== undefined && addDays(previous, 1) === date ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = date;
  }
  return { currentStreak: currentStreak(new Set(dates), today), longestStreak: longest };
}

/**
 * Counts back day by day from today, or from yesterday when today has no check-in yet: the day
 * is not over, so an unchecked today does not break the streak. Check-ins after today (made in
 * a zone that is ahead) are not part of the current streak.
 */
function currentStreak(checked: ReadonlySet<LocalDate>, today: LocalDate): number {
  let day = checked.has(today) ? today : addDays(today, -1);
  let count = 0;
  while (checked.has(day)) {
    count += 1;
    day = addDays(day, -1);
  }
  return count;
}
