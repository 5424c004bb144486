// The HTTP side of the statistics: KPIs and one row per local day, over a range of local dates
// in the time zone the client names.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { addDays, daysOf, ZoneCalendar } from './calendar.js';
import { parseRange } from './query.js';
import { totals, totalsByDay } from './repository.js';

export function statsRouter(db: Db): Router {
  const router = Router();
  router
    .route('/api/stats/summary')
    .get((req: Request, res: Response) => {
      const range = parseRange(req.query);
      const calendar = new ZoneCalendar(range.tz);
      // `to` is included: the range ends where the day after it begins.
      const kpis = totals(db, calendar.startOf(range.from), calendar.startOf(addDays(range.to, 1)));
      res.json({ from: range.from, to: range.to, tz: range.tz, ...kpis });
    })
    .all(methodNotAllowed(['GET', 'HEAD']));
  router
    .route('/api/stats/daily')
    .get((req: Request, res: Response) => {
      const range = parseRange(req.query);
      const days = daysOf(range.from, range.to, new ZoneCalendar(range.tz));
      const rows = totalsByDay(db, days);
      res.json({ from: range.from, to: range.to, tz: range.tz, days: days.map((day, i) => ({ date: day.date, ...rows[i]! })) });
    })
    .all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
