// The report queries. SQLite does the adding up (GROUP BY) and the running totals and ranks
// (window functions, https://sqlite.org/windowfunctions.html); JavaScript only says where each
// bucket begins and ends, as instants, because SQLite knows no time zones.
import type { Db } from '../db/client.js';
import type { Bucket } from './calendar.js';

export interface BucketTotals {
  revenueCents: number;
  salesCount: number;
  /** The revenue of this bucket and every bucket before it in the report. */
  runningTotalCents: number;
}

/**
 * TODO (Task 2): one row per bucket, in order, empty buckets included (SPEC.md Task 2): the sales
 * with bucket.fromMs <= sold_at < bucket.toMs, added up by SQL. Task 4 adds runningTotalCents,
 * a window function over the grouped rows.
 */
export function revenueByBucket(db: Db, buckets: Bucket[]): BucketTotals[] {
  void [db, buckets];
  throw new Error('Not implemented: revenueByBucket (Task 2)');
}

export interface CustomerTotals {
  rank: number;
  customer: string;
  revenueCents: number;
  salesCount: number;
}

/** TODO (Task 4): customers by revenue in [fromMs, toMs), ranked and ordered as SPEC.md Task 4 says, at most `limit`. */
export function topCustomers(db: Db, fromMs: number, toMs: number, limit: number): CustomerTotals[] {
  void [db, fromMs, toMs, limit];
  throw new Error('Not implemented: topCustomers (Task 4)');
}
