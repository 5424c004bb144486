// Stage: Tasks 1 and 2 done, streaks not yet counted.
import type { LocalDate } from '../dates.js';

export interface Streaks {
  currentStreak: number;
  longestStreak: number;
}

export function computeStreaks(dates: readonly LocalDate[], today: LocalDate): Streaks {
  void [dates, today];
  return { currentStreak: 0, longestStreak: 0 };
}
