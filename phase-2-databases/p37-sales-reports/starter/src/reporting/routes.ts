// The HTTP side of reports: read the query, compute the buckets' instants, let SQLite add up,
// answer JSON or CSV.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { ZoneCalendar, buckets } from './calendar.js';
import { formatCents, toCsv } from './csv.js';
import { parseRevenueQuery, parseTopCustomersQuery, type Format } from './query.js';
import { revenueByBucket, topCustomers } from './repository.js';

/**
 * Whether to answer CSV: `format` decides; without it, the Accept header does.
 */
function wantsCsv(req: Request, format: Format | undefined): boolean {
  // TODO (Task 5): CSV when format is csv, or when format is absent and the Accept header prefers
  // text/csv to JSON (SPEC.md Task 5). Until then every report is JSON.
  void [req, format];
  return false;
}

function sendCsv(res: Response, body: string): void {
  res.status(200).type('text/csv; charset=utf-8').send(body);
}

export function reportsRouter(db: Db): Router {
  const revenue = (req: Request, res: Response): void => {
    const query = parseRevenueQuery(req.query);
    const calendar = new ZoneCalendar(query.tz);
    const periods = buckets(query.from, query.to, query.groupBy, calendar);
    const totals = revenueByBucket(db, periods);
    const rows = periods.map((period, i) => ({ start: period.start, ...totals[i]! }));

    if (wantsCsv(req, query.format)) {
      sendCsv(
        res,
        toCsv(
          ['start', 'revenue', 'sales', 'running_total'],
          rows.map((row) => [row.start, formatCents(row.revenueCents), row.salesCount, formatCents(row.runningTotalCents)]),
        ),
      );
      return;
    }
    res.json({
      from: query.from,
      to: query.to,
      groupBy: query.groupBy,
      tz: query.tz,
      totalCents: rows.reduce((sum, row) => sum + row.revenueCents, 0),
      salesCount: rows.reduce((sum, row) => sum + row.salesCount, 0),
      buckets: rows,
    });
  };

  const top = (req: Request, res: Response): void => {
    const query = parseTopCustomersQuery(req.query);
    const calendar = new ZoneCalendar(query.tz);
    const items = topCustomers(db, calendar.startOf(query.from), calendar.startOf(query.to), query.limit);

    if (wantsCsv(req, query.format)) {
      sendCsv(
        res,
        toCsv(
          ['rank', 'customer', 'revenue', 'sales'],
          items.map((item) => [item.rank, item.customer, formatCents(item.revenueCents), item.salesCount]),
        ),
      );
      return;
    }
    res.json({ from: query.from, to: query.to, tz: query.tz, limit: query.limit, items });
  };

  const router = Router();
  router.route('/revenue').get(revenue).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/top-customers').get(top).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
