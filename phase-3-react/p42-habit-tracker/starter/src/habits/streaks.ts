// Streaks are derived state (SPEC.md, Task 3): computed from the check-ins on every read.
import type { LocalDate } from '../dates.js';

export interface Streaks {
  currentStreak: number;
  longestStreak: number;
}

/** TODO (Task 3): `dates` ascending, each once; `today` in the user's zone. */
export function computeStreaks(dates: readonly LocalDate[], today: LocalDate): Streaks {
  void [dates, today];
  throw new Error('Not implemented: computeStreaks (Task 3)');
}
