// Time API: parse timestamps, convert them to time zones, measure differences and count business
// days, with Date and Intl only. Every answer is computed in UTC or through Intl with an explicit
// time zone, so the machine's own zone (TZ) never changes one. createApp keeps its state (only
// the clock) inside, so two apps in one process never share anything.
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { countBusinessDays, diffIn, parseUnit } from './calendar.js';
import { errorHandler, methodNotAllowed, notFound } from './errors.js';
import { describeInstant, parseDate, parseInstant } from './instant.js';
import { optionalParam, requiredParam } from './query.js';
import { zonedTime } from './zones.js';

export interface AppOptions {
  /** The clock, read only by GET /now. Tests pass a fake one; the real server uses the system time. */
  now?: () => Date;
}

function parse(req: Request, res: Response): void {
  res.json(describeInstant(parseInstant(requiredParam(req.query, 'input'), 'input')));
}

function convert(req: Request, res: Response): void {
  const at = parseInstant(requiredParam(req.query, 'at'), 'at');
  res.json(zonedTime(at, requiredParam(req.query, 'to'), 'to'));
}

function diff(req: Request, res: Response): void {
  const from = parseInstant(requiredParam(req.query, 'from'), 'from');
  const to = parseInstant(requiredParam(req.query, 'to'), 'to');
  const unit = parseUnit(requiredParam(req.query, 'unit'), 'unit');
  res.json({ from: new Date(from).toISOString(), to: new Date(to).toISOString(), unit, value: diffIn(from, to, unit) });
}

/** `holidays=2026-12-25,2026-12-26`: absent or empty means none. */
function parseHolidays(raw: string | undefined): number[] {
  if (raw === undefined || raw === '') return [];
  return raw.split(',').map((item) => parseDate(item, 'holidays'));
}

function businessDays(req: Request, res: Response): void {
  const from = requiredParam(req.query, 'from');
  const to = requiredParam(req.query, 'to');
  const holidays = parseHolidays(optionalParam(req.query, 'holidays'));
  const count = countBusinessDays(parseDate(from, 'from'), parseDate(to, 'to'), holidays);
  res.json({ from, to, businessDays: count });
}

export function createApp(options: AppOptions = {}): Express {
  const now = options.now ?? (() => new Date());

  const current: RequestHandler = (_req, res) => {
    res.json(describeInstant(now().getTime()));
  };

  const app = express();
  // Every route is a GET (Express answers HEAD with it); any other method is a 405.
  const routes: Array<[string, RequestHandler]> = [
    ['/now', current],
    ['/parse', parse],
    ['/convert', convert],
    ['/diff', diff],
    ['/business-days', businessDays],
  ];
  for (const [path, handler] of routes) {
    app.route(path).get(handler).all(methodNotAllowed(['GET', 'HEAD']));
  }

  // Order matters: these two run only when nothing above answered.
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
