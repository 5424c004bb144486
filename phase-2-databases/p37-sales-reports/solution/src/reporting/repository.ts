// The report queries. SQLite does the adding up (GROUP BY) and the running totals and ranks
// (window functions, https://sqlite.org/windowfunctions.html); JavaScript only says where each
// bucket begins and ends, as instants, because SQLite knows no time zones.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Bucket } from './calendar.js';

export interface BucketTotals {
  revenueCents: number;
  salesCount: number;
  /** The revenue of this bucket and every bucket before it in the report. */
  runningTotalCents: number;
}

/**
 * One row per bucket, in order, empty buckets included. The buckets reach SQLite as one JSON
 * parameter, [[fromMs, toMs], ...], which json_each turns into rows: a LEFT JOIN keeps the
 * buckets no sale falls in (with count 0 and sum NULL, hence coalesce). The running total is a
 * window over the grouped rows: SUM(...) OVER (ORDER BY bucket) adds each bucket to all the
 * ones before it, across the whole report (no PARTITION BY: it never restarts).
 */
export function revenueByBucket(db: Db, buckets: Bucket[]): BucketTotals[] {
  const ranges = JSON.stringify(buckets.map((bucket) => [bucket.fromMs, bucket.toMs]));
  return db.all<BucketTotals>(sql`
    WITH bucket AS (
      SELECT CAST(key AS INTEGER) AS idx, value ->> 0 AS from_ms, value ->> 1 AS to_ms
      FROM json_each(${ranges})
    )
    SELECT
      coalesce(sum(s.amount_cents), 0) AS revenueCents,
      count(s.amount_cents) AS salesCount,
      sum(coalesce(sum(s.amount_cents), 0)) OVER (ORDER BY bucket.idx) AS runningTotalCents
    FROM bucket
    LEFT JOIN sales AS s ON s.sold_at >= bucket.from_ms AND s.sold_at < bucket.to_ms
    GROUP BY bucket.idx
    ORDER BY bucket.idx
  `);
}

export interface CustomerTotals {
  rank: number;
  customer: string;
  revenueCents: number;
  salesCount: number;
}

/**
 * Customers by revenue in [fromMs, toMs), best first. RANK() gives tied customers the same rank
 * and skips the ranks they used up (1, 1, 3), as in a race; ties are listed by name (SQLite's
 * default BINARY collation: by code point, so 'Bob' before 'alice').
 */
export function topCustomers(db: Db, fromMs: number, toMs: number, limit: number): CustomerTotals[] {
  return db.all<CustomerTotals>(sql`
    SELECT
      rank() OVER (ORDER BY sum(amount_cents) DESC) AS rank,
      customer,
      sum(amount_cents) AS revenueCents,
      count(*) AS salesCount
    FROM sales
    WHERE sold_at >= ${fromMs} AND sold_at < ${toMs}
    GROUP BY customer
    ORDER BY rank, customer
    LIMIT ${limit}
  `);
}
