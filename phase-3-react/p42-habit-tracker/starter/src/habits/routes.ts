// The HTTP side of habits and check-ins, under /api/habits (SPEC.md, Tasks 1 to 3 and the
// Interface).
import { Router } from 'express';
import type { LocalDate } from '../dates.js';
import type { Db } from '../db/client.js';
import type { HabitRow } from '../db/schema.js';
import { HttpError } from '../errors.js';

/** TODO (Tasks 1 and 3): the Habit of the Interface, its streaks counted from `today`. */
export function toHabitJson(row: HabitRow, dates: readonly LocalDate[], today: LocalDate): unknown {
  void [row, dates, today];
  throw new Error('Not implemented: toHabitJson (Task 1)');
}

export function habitsRouter(db: Db, now: () => Date): Router {
  void [db, now];
  const router = Router();
  // TODO (Task 1): GET and POST /api/habits, GET and DELETE /api/habits/:id.
  // TODO (Task 2): GET /api/habits/:id/checkins, PUT and DELETE /api/habits/:id/checkins/:date.
  // 405 with Allow for other methods on these paths.
  router.all(['/api/habits', '/api/habits/:id', '/api/habits/:id/checkins', '/api/habits/:id/checkins/:date'], () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the habits API (Tasks 1 and 2).');
  });
  return router;
}
