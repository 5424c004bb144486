// The HTTP side of habits and check-ins, under /api/habits.
import { Router, type Request, type Response } from 'express';
import { FIRST_DATE, dateIn, firstOfNextMonth, type LocalDate } from '../dates.js';
import type { Db } from '../db/client.js';
import type { HabitRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { addCheckin, checkinDates, checkinDatesBetween, checkinDatesByHabit, deleteHabit, findHabit, insertHabit, listHabits, removeCheckin } from './repository.js';
import { computeStreaks } from './streaks.js';
import { Problems, habitNotFound, parseHabitId, parseNewHabit } from './validation.js';

/** The Habit of the Interface: its streaks are counted from `today` in the user's zone. */
export function toHabitJson(row: HabitRow, dates: readonly LocalDate[], today: LocalDate) {
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), ...computeStreaks(dates, today), totalCheckins: dates.length };
}

type WithId = Request<{ id: string }>;
type WithDate = Request<{ id: string; date: string }>;

export function habitsRouter(db: Db, now: () => Date): Router {
  const router = Router();

  /** The habit of :id, or 404: checked before anything else the request carries. */
  const habitOf = (req: WithId): HabitRow => {
    const id = parseHabitId(req.params.id);
    const row = findHabit(db, id);
    if (!row) throw habitNotFound(id);
    return row;
  };

  /** ?tz=, required wherever "today" matters; today is the local date of now() there. */
  const todayFrom = (req: Request): { tz: string; today: LocalDate } => {
    const problems = new Problems();
    const tz = problems.timeZone(req.query.tz);
    problems.throwIfAny();
    return { tz: tz!, today: dateIn(tz!, now()) };
  };

  router
    .route('/api/habits')
    .get((req: Request, res: Response) => {
      const { tz, today } = todayFrom(req);
      const dates = checkinDatesByHabit(db);
      res.json({ tz, today, items: listHabits(db).map((row) => toHabitJson(row, dates.get(row.id) ?? [], today)) });
    })
    .post(jsonBody, (req: Request, res: Response) => {
      const { name } = parseNewHabit(req.body);
      const row = insertHabit(db, name, now());
      // A new habit has no check-ins: its streaks are 0 in every zone, so no ?tz= is needed.
      res.status(201).location(`/api/habits/${row.id}`).json(toHabitJson(row, [], FIRST_DATE));
    })
    .all(methodNotAllowed(['GET', 'POST']));

  router
    .route('/api/habits/:id')
    .get((req: WithId, res: Response) => {
      const row = habitOf(req);
      const { today } = todayFrom(req);
      res.json(toHabitJson(row, checkinDates(db, row.id), today));
    })
    .delete((req: WithId, res: Response) => {
      const id = parseHabitId(req.params.id);
      if (!deleteHabit(db, id)) throw habitNotFound(id);
      res.status(204).end();
    })
    .all(methodNotAllowed(['GET', 'DELETE']));

  router
    .route('/api/habits/:id/checkins')
    .get((req: WithId, res: Response) => {
      const row = habitOf(req);
      const problems = new Problems();
      const month = problems.month(req.query.month);
      problems.throwIfAny();
      res.json({ month, dates: checkinDatesBetween(db, row.id, `${month}-01`, firstOfNextMonth(month!)) });
    })
    .all(methodNotAllowed(['GET']));

  /** The date of the path and today in ?tz=, with every problem of both reported together. */
  const dayOf = (req: WithDate): { date: LocalDate; today: LocalDate } => {
    const problems = new Problems();
    const tz = problems.timeZone(req.query.tz);
    const date = problems.date(req.params.date);
    problems.throwIfAny();
    return { date: date!, today: dateIn(tz!, now()) };
  };

  router
    .route('/api/habits/:id/checkins/:date')
    .put((req: WithDate, res: Response) => {
      const row = habitOf(req);
      const { date, today } = dayOf(req);
      // Strings YYYY-MM-DD compare like the dates they name.
      if (date > today) {
        const problems = new Problems();
        problems.add('date', `is after today (${today} in ${String(req.query.tz)}): a day can be checked once it has begun`);
        problems.throwIfAny();
      }
      const created = addCheckin(db, row.id, date, now());
      res.status(created ? 201 : 200).json(toHabitJson(row, checkinDates(db, row.id), today));
    })
    .delete((req: WithDate, res: Response) => {
      const row = habitOf(req);
      const { date, today } = dayOf(req);
      // Idempotent: removing a check-in that is not there leaves things as the client wants them.
      removeCheckin(db, row.id, date);
      res.json(toHabitJson(row, checkinDates(db, row.id), today));
    })
    .all(methodNotAllowed(['PUT', 'DELETE']));

  return router;
}
