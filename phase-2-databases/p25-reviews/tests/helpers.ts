// Shared by the p25 suite: starting an app on a temporary database, the shapes the Interface
// promises, and the recomputation the aggregates are compared with. Looking inside the database
// file is the testkit's (withRawDb, findRow, tryInsertCopy...).
import { expect } from 'vitest';
import { appTables, expectStatus, findRow, hasText, quoteIdent, startAppProcesses, withRawDb, type AppProcesses, type AppLike, type FakeClock, type HttpResponse, type TestServer, startDbApp, type StartedDbApp } from '#testkit';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
}

export interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

export type Histogram = Record<'1' | '2' | '3' | '4' | '5', number>;

export interface ProductJson {
  id: number;
  name: string;
  reviewCount: number;
  averageRating: number | null;
  histogram: Histogram;
}

export interface ReviewJson {
  id: number;
  productId: number;
  author: string;
  rating: number;
  title: string;
  body: string;
  helpfulCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewPage {
  items: ReviewJson[];
  total: number;
  limit: number;
  offset: number;
}

export interface NewReview {
  author: string;
  rating: number;
  title: string;
  body: string;
}

export const PRODUCT_FIELDS = ['averageRating', 'histogram', 'id', 'name', 'reviewCount'];
export const REVIEW_FIELDS = ['author', 'body', 'createdAt', 'helpfulCount', 'id', 'productId', 'rating', 'title', 'updatedAt'];
export const START = '2026-01-15T12:00:00.000Z';
export const MINUTE = 60_000;

export type Started = StartedDbApp;

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<Started> {
  return startDbApp({ ...options, start: START });
}

function bodyOf(res: HttpResponse): string {
  return res.text.slice(0, 300) || '(empty)';
}

/** Asserts that the body is a product with exactly the fields of the Interface. */
export function expectProductShape(res: HttpResponse): ProductJson {
  const product = res.json as ProductJson;
  expect(product, `${res.request}: the body should be a product object, got ${bodyOf(res)}`).toBeTypeOf('object');
  expect(Object.keys(product ?? {}).sort(), `${res.request}: a product has exactly the fields ${PRODUCT_FIELDS.join(', ')}`).toEqual(PRODUCT_FIELDS);
  expect(Object.keys(product.histogram ?? {}).sort(), `${res.request}: histogram has exactly the keys "1" to "5"`).toEqual(['1', '2', '3', '4', '5']);
  return product;
}

/** Asserts that the body is a review with exactly the fields of the Interface. */
export function expectReviewShape(res: HttpResponse): ReviewJson {
  const review = res.json as ReviewJson;
  expect(review, `${res.request}: the body should be a review object, got ${bodyOf(res)}`).toBeTypeOf('object');
  expect(Object.keys(review ?? {}).sort(), `${res.request}: a review has exactly the fields ${REVIEW_FIELDS.join(', ')}`).toEqual(REVIEW_FIELDS);
  expect(Number.isInteger(review.id) && review.id > 0, `${res.request}: id should be a positive integer, got ${JSON.stringify(review.id)}`).toBe(true);
  return review;
}

/** POST /products that must succeed. */
export async function createProduct(api: TestServer, name: string): Promise<ProductJson> {
  const res = await api.post('/products', { json: { name } });
  expectStatus(res, 201);
  return expectProductShape(res);
}

export async function getProduct(api: TestServer, id: number): Promise<ProductJson> {
  const res = await api.get(`/products/${id}`);
  expectStatus(res, 200);
  return expectProductShape(res);
}

/** POST /products/:id/reviews that must succeed. */
export async function createReview(api: TestServer, productId: number, review: NewReview): Promise<ReviewJson> {
  const res = await api.post(`/products/${productId}/reviews`, { json: review });
  expectStatus(res, 201);
  return expectReviewShape(res);
}

/** A review with everything but the author and rating filled in. */
export function review(author: string, rating: number, title = `${author} says ${rating}`): NewReview {
  return { author, rating, title, body: `Review by ${author}.` };
}

export async function getReview(api: TestServer, id: number): Promise<ReviewJson> {
  const res = await api.get(`/reviews/${id}`);
  expectStatus(res, 200);
  return expectReviewShape(res);
}

/** GET /products/:id/reviews with a query string that must succeed. */
export async function listReviews(api: TestServer, productId: number, query = ''): Promise<ReviewPage> {
  const res = await api.get(`/products/${productId}/reviews${query}`);
  expectStatus(res, 200);
  const page = res.json as ReviewPage;
  expect(Array.isArray(page?.items), `${res.request}: the body should be { items, total, limit, offset }, got ${bodyOf(res)}`).toBe(true);
  return page;
}

/** The product as it must be, recomputed from scratch from the reviews the API lists. */
export function recompute(product: { id: number; name: string }, reviews: ReviewJson[]): ProductJson {
  const histogram: Histogram = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let sum = 0;
  for (const { rating } of reviews) {
    histogram[String(rating) as keyof Histogram] += 1;
    sum += rating;
  }
  const averageRating = reviews.length === 0 ? null : Math.round((sum / reviews.length) * 100) / 100;
  return { id: product.id, name: product.name, reviewCount: reviews.length, averageRating, histogram };
}

/**
 * GET /products/:id must agree with a recomputation from GET /products/:id/reviews: the kept
 * aggregates are exactly what counting the reviews gives. Returns the product.
 */
export async function expectAggregatesRight(api: TestServer, product: { id: number; name: string }, step: string): Promise<ProductJson> {
  const page = await listReviews(api, product.id, '?limit=100');
  const actual = await getProduct(api, product.id);
  expect(actual, `GET /products/${product.id} ${step}: reviewCount, averageRating and histogram recomputed from the ${page.items.length} listed reviews`).toEqual(
    recompute(product, page.items),
  );
  return actual;
}

/**
 * Makes every INSERT and UPDATE fail in every table of the file except the one holding the
 * reviews (found by a review's title): a failure injected between the review write and the
 * aggregates write, to see whether the two stand or fall together.
 */
export function breakWritesOutsideReviews(dbFile: string, reviewTitle: string): void {
  withRawDb(dbFile, (db) => {
    const reviewsTable = findRow(db, hasText(reviewTitle))?.table;
    expect(reviewsTable, `a table of the database should hold the review titled "${reviewTitle}"`).toBeDefined();
    for (const [i, table] of appTables(db).filter((name) => name !== reviewsTable).entries()) {
      for (const event of ['INSERT', 'UPDATE']) {
        db.exec(`CREATE TRIGGER grader_block_${event.toLowerCase()}_${i} BEFORE ${event} ON ${quoteIdent(table)} BEGIN SELECT RAISE(ABORT, 'write blocked by the grader'); END`);
      }
    }
  });
}

/**
 * Four instances of the app, each in its own process, on the database file of `started` (closed
 * first, so that its migrations are done): what one process cannot race, four can.
 */
export async function fourProcesses(started: Started): Promise<AppProcesses> {
  await started.api.close();
  return startAppProcesses(4, { options: { dbFile: started.dbFile }, start: START });
}

/** Statuses counted: { "201": 1, "409": 3 }. */
export function statusCounts(responses: HttpResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const res of responses) counts[res.status] = (counts[res.status] ?? 0) + 1;
  return counts;
}
