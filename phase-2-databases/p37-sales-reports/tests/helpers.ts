// Shared by the p37 suite: starting an app on a temporary database, the shapes the Interface
// promises, and small API steps (record sales, ask for a report) that must succeed.
import { expect } from 'vitest';
import { expectJson, expectStatus, startDbApp, type AppLike, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface AppModule {
  createApp: (options: { dbFile: string; now?: () => Date }) => AppLike;
}

export interface SaleJson {
  id: number;
  customer: string;
  amountCents: number;
  soldAt: string;
}

export interface BucketJson {
  start: string;
  revenueCents: number;
  salesCount: number;
  runningTotalCents: number;
}

export interface RevenueJson {
  from: string;
  to: string;
  groupBy: string;
  tz: string;
  totalCents: number;
  salesCount: number;
  buckets: BucketJson[];
}

export interface CustomerJson {
  rank: number;
  customer: string;
  revenueCents: number;
  salesCount: number;
}

export interface TopJson {
  from: string;
  to: string;
  tz: string;
  limit: number;
  items: CustomerJson[];
}

export const SALE_FIELDS = ['amountCents', 'customer', 'id', 'soldAt'];
export const REVENUE_FIELDS = ['buckets', 'from', 'groupBy', 'salesCount', 'to', 'totalCents', 'tz'];
export const BUCKET_FIELDS = ['revenueCents', 'runningTotalCents', 'salesCount', 'start'];
export const TOP_FIELDS = ['from', 'items', 'limit', 'to', 'tz'];
export const CUSTOMER_FIELDS = ['customer', 'rank', 'revenueCents', 'salesCount'];

/** The clock of every app: far from the real date, so an app that reads the system time is caught. */
export const START = '2026-02-03T09:00:00.000Z';

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: START });
}

/** A sale as the checks write it: [soldAt, amountCents, customer]. */
export type SaleSpec = readonly [string, number, string];

/**
 * Sales chosen so that UTC, Auckland (UTC+13 in January) and New York (UTC-5) put them on
 * different days and months. Their local times are in the comments.
 */
export const SALES: readonly SaleSpec[] = [
  ['2026-01-30T12:00:00.000Z', 1000, 'Ana'], //  UTC Jan 30 | Auckland Jan 31 01:00 | New York Jan 30 07:00
  ['2026-01-31T10:59:59.999Z', 200, 'Ben'], //   UTC Jan 31 | Auckland Jan 31 23:59:59.999 | NY Jan 31 05:59
  ['2026-01-31T11:00:00.000Z', 300, 'Ana'], //   UTC Jan 31 | Auckland Feb 1 00:00 exactly | NY Jan 31 06:00
  ['2026-01-31T11:30:00.000Z', 1234, 'Cleo'], // UTC Jan 31 | Auckland Feb 1 00:30 | NY Jan 31 06:30
  ['2026-02-01T03:00:00.000Z', 500, 'Ben'], //   UTC Feb 1 | Auckland Feb 1 16:00 | NY Jan 31 22:00
  ['2026-02-01T05:00:00.000Z', 50, 'Dan'], //    UTC Feb 1 | Auckland Feb 1 18:00 | NY Feb 1 00:00 exactly
  ['2026-02-02T23:59:00.000Z', 7, 'Ana'], //     UTC Feb 2 | Auckland Feb 3 12:59 | NY Feb 2 18:59
];

/** POST /sales/batch with these sales, which must succeed. */
export async function seed(api: TestServer, sales: readonly SaleSpec[]): Promise<SaleJson[]> {
  const res = await api.post('/sales/batch', { json: { sales: sales.map(([soldAt, amountCents, customer]) => ({ customer, amountCents, soldAt })) } });
  expectStatus(res, 201);
  const items = (res.json as { items?: SaleJson[] }).items;
  expect(Array.isArray(items) && items.length === sales.length, `${res.request}: the answer lists the ${sales.length} sales sent, got ${res.text.slice(0, 200)}`).toBe(true);
  return items!;
}

/** GET /reports/revenue?<query> that must answer 200 JSON. */
export async function revenue(api: TestServer, query: string): Promise<RevenueJson> {
  const res = await api.get(`/reports/revenue?${query}`);
  expectStatus(res, 200);
  expectJson(res);
  const report = res.json as RevenueJson;
  expect(Array.isArray(report?.buckets), `${res.request}: the body should be a revenue report with buckets, got ${res.text.slice(0, 300)}`).toBe(true);
  return report;
}

/** The buckets as [start, revenueCents, salesCount], for short expectations. */
export function rows(report: RevenueJson): Array<[string, number, number]> {
  return report.buckets.map((bucket) => [bucket.start, bucket.revenueCents, bucket.salesCount]);
}

/** GET /reports/revenue and its buckets as [start, revenueCents, salesCount]. */
export async function revenueRows(api: TestServer, query: string): Promise<Array<[string, number, number]>> {
  return rows(await revenue(api, query));
}

/** GET /reports/top-customers?<query> that must answer 200 JSON. */
export async function top(api: TestServer, query: string): Promise<TopJson> {
  const res = await api.get(`/reports/top-customers?${query}`);
  expectStatus(res, 200);
  expectJson(res);
  const report = res.json as TopJson;
  expect(Array.isArray(report?.items), `${res.request}: the body should be { from, to, tz, limit, items }, got ${res.text.slice(0, 300)}`).toBe(true);
  return report;
}

/** The items as [rank, customer, revenueCents, salesCount]. */
export async function topRows(api: TestServer, query: string): Promise<Array<[number, string, number, number]>> {
  return (await top(api, query)).items.map((item) => [item.rank, item.customer, item.revenueCents, item.salesCount]);
}

/** Asserts a 200 CSV answer and returns its text. */
export function expectCsv(res: HttpResponse): string {
  expectStatus(res, 200);
  expect(res.headers.get('content-type'), `${res.request}: the Content-Type of a CSV answer`).toMatch(/^text\/csv;\s*charset=utf-8$/i);
  return res.text;
}

/** A CSV body from its lines, each ended by CRLF. */
export function csv(...lines: string[]): string {
  return lines.map((line) => `${line}\r\n`).join('');
}
