// The whole API in one module, with days as numbers: day 0 is 1970-01-01.
import { Router, type Request, type Response } from 'express';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from './db/client.js';
import { dayMark, habit } from './db/schema.js';
import { HttpError, methodNotAllowed, type FieldProblem } from './errors.js';
import { jsonBody } from './json-body.js';

const DAY = 86_400_000;
const MIN_DAY = Date.UTC(2000, 0, 1) / DAY;
const MAX_DAY = Date.UTC(2099, 11, 31) / DAY;

function parseDay(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(ms);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() + 1 !== Number(m[2]) || d.getUTCDate() !== Number(m[3])) return null;
  const n = ms / DAY;
  return n >= MIN_DAY && n <= MAX_DAY ? n : null;
}

const dayText = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

function todayNumber(tz: string, at: Date): number {
  // en-CA writes dates as YYYY-MM-DD.
  return parseDay(at.toLocaleDateString('en-CA', { timeZone: tz }))!;
}

function zoneOrNull(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  try {
    Intl.DateTimeFormat(undefined, { timeZone: value });
    return value;
  } catch {
    return null;
  }
}

function fail(problems: FieldProblem[]): never {
  throw new HttpError(400, 'validation_failed', problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
}

export function trackerRoutes(db: Db, clock: () => Date): Router {
  const r = Router();

  const idOf = (raw: string): number => {
    const id = /^[1-9][0-9]{0,14}$/.test(raw) ? Number(raw) : 0;
    if (!id || !db.select().from(habit).where(eq(habit.habitId, id)).get()) throw new HttpError(404, 'not_found', `No habit ${raw}.`);
    return id;
  };

  const view = (id: number, today: number) => {
    const row = db.select().from(habit).where(eq(habit.habitId, id)).get()!;
    const days = db.select({ d: dayMark.dayNumber }).from(dayMark).where(eq(dayMark.habitRef, id)).orderBy(dayMark.dayNumber).all().map((x) => x.d);
    let longest = 0;
    let run = 0;
    days.forEach((d, i) => {
      run = i > 0 && d - days[i - 1]! === 1 ? run + 1 : 1;
      if (run > longest) longest = run;
    });
    const set = new Set(days);
    let current = 0;
    for (let d = set.has(today) ? today : today - 1; set.has(d); d--) current++;
    return { id: row.habitId, name: row.title, createdAt: new Date(row.createdMs).toISOString(), currentStreak: current, longestStreak: longest, totalCheckins: days.length };
  };

  const needZone = (req: Request): string => {
    const tz = zoneOrNull(req.query.tz);
    if (!tz) fail([{ field: 'tz', message: 'must be a known IANA zone' }]);
    return tz;
  };

  r.route('/api/habits')
    .get((req, res) => {
      const tz = needZone(req);
      const today = todayNumber(tz, clock());
      const ids = db.select({ id: habit.habitId }).from(habit).orderBy(habit.habitId).all();
      res.json({ tz, today: dayText(today), items: ids.map((x) => view(x.id, today)) });
    })
    .post(jsonBody, (req: Request, res: Response) => {
      const body = req.body as unknown;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) fail([{ field: 'body', message: 'must be an object' }]);
      const problems: FieldProblem[] = Object.keys(body).filter((k) => k !== 'name').map((k) => ({ field: k, message: 'is unknown' }));
      const raw = (body as { name?: unknown }).name;
      const name = typeof raw === 'string' ? raw.trim() : '';
      if (!name || name.length > 60) problems.push({ field: 'name', message: 'must be 1 to 60 characters' });
      if (problems.length) fail(problems);
      const row = db.insert(habit).values({ title: name, createdMs: clock().getTime() }).returning().get();
      res.status(201).location(`/api/habits/${row.habitId}`).json(view(row.habitId, 0));
    })
    .all(methodNotAllowed(['GET', 'POST']));

  r.route('/api/habits/:id')
    .get((req, res) => {
      const id = idOf(req.params.id);
      res.json(view(id, todayNumber(needZone(req), clock())));
    })
    .delete((req, res) => {
      const id = idOf(req.params.id);
      db.delete(habit).where(eq(habit.habitId, id)).run();
      res.sendStatus(204);
    })
    .all(methodNotAllowed(['GET', 'DELETE']));

  r.route('/api/habits/:id/checkins')
    .get((req, res) => {
      const id = idOf(req.params.id);
      const month = req.query.month;
      const first = typeof month === 'string' && /^\d{4}-\d{2}$/.test(month) ? parseDay(`${month}-01`) : null;
      if (first === null) fail([{ field: 'month', message: 'must be YYYY-MM from 2000-01 to 2099-12' }]);
      const [y, m] = (month as string).split('-').map(Number) as [number, number];
      const next = Date.UTC(y, m, 1) / DAY;
      const days = db
        .select({ d: dayMark.dayNumber })
        .from(dayMark)
        .where(and(eq(dayMark.habitRef, id), gte(dayMark.dayNumber, first), lt(dayMark.dayNumber, next)))
        .orderBy(dayMark.dayNumber)
        .all();
      res.json({ month, dates: days.map((x) => dayText(x.d)) });
    })
    .all(methodNotAllowed(['GET']));

  const target = (req: Request<{ id: string; date: string }>) => {
    const id = idOf(req.params.id);
    const tz = zoneOrNull(req.query.tz);
    const day = parseDay(req.params.date);
    const problems: FieldProblem[] = [];
    if (!tz) problems.push({ field: 'tz', message: 'must be a known IANA zone' });
    if (day === null) problems.push({ field: 'date', message: 'must be a real date from 2000-01-01 to 2099-12-31' });
    if (problems.length) fail(problems);
    return { id, day: day!, today: todayNumber(tz!, clock()) };
  };

  r.route('/api/habits/:id/checkins/:date')
    .put((req, res) => {
      const { id, day, today } = target(req);
      if (day > today) fail([{ field: 'date', message: 'is in the future' }]);
      const inserted = db.run(sql`INSERT OR IGNORE INTO day_mark (habit_ref, day_number) VALUES (${id}, ${day})`).changes;
      res.status(inserted ? 201 : 200).json(view(id, today));
    })
    .delete((req, res) => {
      const { id, day, today } = target(req);
      db.delete(dayMark).where(and(eq(dayMark.habitRef, id), eq(dayMark.dayNumber, day))).run();
      res.json(view(id, today));
    })
    .all(methodNotAllowed(['PUT', 'DELETE']));

  return r;
}
