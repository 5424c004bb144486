// Both reports: the query read by hand (no zod), the periods as instants, one SQL statement each.
import { sql, type SQL } from 'drizzle-orm';
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { HttpError, methodNotAllowed, type FieldProblem } from '../errors.js';
import { Zone, knownZone, plusDays, spanDays, validDay, type Day } from './zones.js';

type Unit = 'day' | 'week' | 'month';
const UNITS: readonly string[] = ['day', 'week', 'month'];

interface Query {
  from: Day;
  to: Day;
  tz: string;
  unit: Unit;
  limit: number;
  csv: boolean | undefined;
}

function readQuery(req: Request, allowed: readonly string[]): Query {
  const problems: FieldProblem[] = [];
  const raw = req.query as Record<string, unknown>;
  const get = (name: string): string | undefined => {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      problems.push({ field: name, message: 'must be given once, as text' });
      return undefined;
    }
    return value;
  };
  for (const name of Object.keys(raw)) if (!allowed.includes(name)) problems.push({ field: name, message: 'is not a parameter of this report' });
  const day = (name: string): Day => {
    const value = get(name);
    if (value === undefined) {
      if (raw[name] === undefined) problems.push({ field: name, message: 'is required' });
    } else if (!validDay(value)) problems.push({ field: name, message: 'must be a date YYYY-MM-DD of the years 2000 to 2099' });
    else return value;
    return '';
  };
  const from = day('from');
  const to = day('to');
  const tz = get('tz') ?? 'UTC';
  if (!knownZone(tz)) problems.push({ field: 'tz', message: 'is not a time zone' });
  const unitText = allowed.includes('groupBy') ? get('groupBy') ?? 'day' : 'day';
  if (!UNITS.includes(unitText)) problems.push({ field: 'groupBy', message: 'must be day, week or month' });
  const limitText = allowed.includes('limit') ? get('limit') ?? '10' : '10';
  const limit = /^\d{1,3}$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= 1 && limit <= 100)) problems.push({ field: 'limit', message: 'must be 1 to 100' });
  const format = get('format');
  if (format !== undefined && format !== 'csv' && format !== 'json') problems.push({ field: 'format', message: 'must be csv or json' });
  if (from && to) {
    const span = spanDays(from, to);
    if (span < 0) problems.push({ field: 'to', message: 'comes before from' });
    if (span > 731) problems.push({ field: 'to', message: 'is more than 731 days after from' });
  }
  if (problems.length > 0) throw new HttpError(400, 'validation_failed', problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
  return { from, to, tz, unit: unitText as Unit, limit, csv: format === undefined ? undefined : format === 'csv' };
}

/** The q-value the Accept header gives a media type (exact, type/*, or * / *). */
function quality(accept: string, type: string): number {
  let best = -1;
  let q = 0;
  for (const item of accept.split(',')) {
    const [range = '', ...params] = item.trim().toLowerCase().split(';');
    const specificity = range === type ? 2 : range === `${type.split('/')[0]}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity <= best) continue;
    best = specificity;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q = qParam ? Number(qParam.slice(2)) : 1;
  }
  return q;
}

function wantsCsv(req: Request, query: Query): boolean {
  if (query.csv !== undefined) return query.csv;
  const accept = req.get('accept');
  if (!accept) return false;
  return quality(accept, 'text/csv') > quality(accept, 'application/json');
}

function units(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = cents - whole * 100;
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`;
}

function csvLine(cells: Array<string | number>): string {
  return cells.map((cell) => (typeof cell === 'string' && /[,"\n\r]/.test(cell) ? `"${cell.split('"').join('""')}"` : String(cell))).join(',') + '\r\n';
}

function firstOfPeriod(day: Day, unit: Unit): Day {
  if (unit === 'month') return day.slice(0, 8) + '01';
  if (unit === 'week') {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 Sunday
    return plusDays(day, weekday === 0 ? -6 : 1 - weekday);
  }
  return day;
}

function afterPeriod(first: Day, unit: Unit): Day {
  if (unit === 'day') return plusDays(first, 1);
  if (unit === 'week') return plusDays(first, 7);
  const [y, m] = first.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export function reportsRouter(db: Db): Router {
  const revenue = (req: Request, res: Response): void => {
    const q = readQuery(req, ['from', 'to', 'tz', 'groupBy', 'format']);
    const zone = new Zone(q.tz);
    const periods: Array<{ start: Day; lo: number; hi: number }> = [];
    for (let first = firstOfPeriod(q.from, q.unit); first < q.to; first = afterPeriod(first, q.unit)) {
      const next = afterPeriod(first, q.unit);
      periods.push({ start: first, lo: zone.midnight(first < q.from ? q.from : first), hi: zone.midnight(next > q.to ? q.to : next) });
    }
    let rows: Array<{ start: string; revenueCents: number; salesCount: number; runningTotalCents: number }> = [];
    if (periods.length > 0) {
      const values: SQL = sql.join(
        periods.map((p, i) => sql`(${i}, ${p.start}, ${p.lo}, ${p.hi})`),
        sql`, `,
      );
      rows = db.all(sql`
        WITH period(n, start, lo, hi) AS (VALUES ${values}),
        totals AS (
          SELECT period.n, period.start,
                 (SELECT coalesce(sum(amount_cents), 0) FROM sales WHERE sold_at >= period.lo AND sold_at < period.hi) AS revenue,
                 (SELECT count(*) FROM sales WHERE sold_at >= period.lo AND sold_at < period.hi) AS cnt
          FROM period
        )
        SELECT start, revenue AS revenueCents, cnt AS salesCount,
               sum(revenue) OVER (ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS runningTotalCents
        FROM totals ORDER BY n`);
    }
    if (wantsCsv(req, q)) {
      res.type('text/csv; charset=utf-8').send(csvLine(['start', 'revenue', 'sales', 'running_total']) + rows.map((r) => csvLine([r.start, units(r.revenueCents), r.salesCount, units(r.runningTotalCents)])).join(''));
      return;
    }
    let totalCents = 0;
    let salesCount = 0;
    for (const r of rows) {
      totalCents += r.revenueCents;
      salesCount += r.salesCount;
    }
    res.json({ buckets: rows, totalCents, salesCount, tz: q.tz, groupBy: q.unit, to: q.to, from: q.from });
  };

  const topCustomers = (req: Request, res: Response): void => {
    const q = readQuery(req, ['from', 'to', 'tz', 'limit', 'format']);
    const zone = new Zone(q.tz);
    const items = db.all<{ rank: number; customer: string; revenueCents: number; salesCount: number }>(sql`
      SELECT rank() OVER (ORDER BY revenue DESC) AS rank, customer, revenue AS revenueCents, n AS salesCount
      FROM (SELECT customer, sum(amount_cents) AS revenue, count(*) AS n FROM sales
            WHERE sold_at >= ${zone.midnight(q.from)} AND sold_at < ${zone.midnight(q.to)} GROUP BY customer)
      ORDER BY revenue DESC, customer ASC
      LIMIT ${q.limit}`);
    if (wantsCsv(req, q)) {
      res.type('text/csv; charset=utf-8').send(csvLine(['rank', 'customer', 'revenue', 'sales']) + items.map((i) => csvLine([i.rank, i.customer, units(i.revenueCents), i.salesCount])).join(''));
      return;
    }
    res.json({ items, limit: q.limit, tz: q.tz, to: q.to, from: q.from });
  };

  const router = Router();
  router.route('/revenue').get(revenue).all(methodNotAllowed(['HEAD', 'GET']));
  router.route('/top-customers').get(topCustomers).all(methodNotAllowed(['HEAD', 'GET']));
  return router;
}
