// Shared by the p27 suite: a seeded catalogue of 10,000 products written straight into the
// database file, the order SPEC.md documents computed here from that data, and helpers to page
// through the API. Looking inside the database file is the testkit's (withRawDb, queryPlan...).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { expectStatus, load, seededRandom, serve, tempDbFile, withRawDb, type AppLike, type HttpResponse, type TestServer } from '#testkit';

export interface AppOptions {
  dbFile: string;
}

export interface AppModule {
  createApp: (options: AppOptions) => AppLike & { locals: { close?: () => unknown } };
}

/** A row of the products table, with the column names SPEC.md fixes. */
export interface ProductRow {
  id: number;
  name: string;
  category: string;
  price_cents: number;
  rating: number;
  created_at: number;
}

export interface ProductJson {
  id: number;
  name: string;
  category: string;
  priceCents: number;
  rating: number;
  createdAt: string;
}

export interface ProductPage {
  items: ProductJson[];
  limit: number;
  nextCursor: string | null;
}

export const PRODUCT_FIELDS = ['category', 'createdAt', 'id', 'name', 'priceCents', 'rating'];

export type SortName = 'id' | 'price' | '-price' | 'rating' | '-rating' | 'newest';
export const SORTS: SortName[] = ['id', 'price', '-price', 'rating', '-rating', 'newest'];

export interface Filters {
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  q?: string;
}

export const CATEGORIES = ['books', 'garden', 'kitchen', 'music', 'outdoor', 'tools', 'toys', 'video'];
const ADJECTIVES = ['Blue', 'Quiet', 'Tiny', 'Rustic', 'Bright', 'Classic', 'Smart', 'Golden'];
const NOUNS = ['Lamp', 'Kettle', 'Chair', 'Notebook', 'Speaker', 'Backpack', 'Puzzle', 'Drill'];
const BASE_TIME = Date.parse('2026-01-01T00:00:00.000Z');

/** Names with LIKE wildcards, quotes and SQL in them, at fixed ids. */
export const SPECIAL_NAMES: Record<number, string> = {
  101: '100% Cotton Shirt',
  202: 'snake_case Mug',
  303: "O'Brien's Tea",
  404: "Robert'); DROP TABLE products;--",
  505: 'Say "cheese"; Camera',
  606: 'C:\\Temp Folder Sign',
};


const generated = new Map<string, ProductRow[]>();

/**
 * `count` products with ids 1..count. Prices are multiples of 50 cents among 400 values (about
 * 25 products share each price), ratings have one decimal (about 200 share each), creation
 * times are whole minutes among 2,000: ties everywhere, so only the id tie-break makes an order
 * total. Product 7 is free (price 0), product 8 is rated exactly 5 and product 9 exactly 0.
 */
export function generateProducts(count = 10_000, seed = 27): ProductRow[] {
  const key = `${count}:${seed}`;
  const cached = generated.get(key);
  if (cached) return cached;
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const rows: ProductRow[] = [];
  for (let id = 1; id <= count; id += 1) {
    const name = SPECIAL_NAMES[id] ?? `${pick(ADJECTIVES)} ${pick(NOUNS)} ${id}`;
    rows.push({
      id,
      name,
      category: pick(CATEGORIES),
      price_cents: id === 7 ? 0 : 50 * (1 + Math.floor(next() * 400)),
      rating: id === 8 ? 5 : id === 9 ? 0 : Math.round(next() * 50) / 10,
      created_at: BASE_TIME - Math.floor(next() * 2000) * 60_000,
    });
  }
  generated.set(key, rows);
  return rows;
}

/** Inserts rows with plain SQL, in one transaction, into a database the app has migrated. */
export function insertRows(dbFile: string, rows: ProductRow[]): void {
  withRawDb(dbFile, (db) => {
    const insert = db.prepare('INSERT INTO products (id, name, category, price_cents, rating, created_at) VALUES (@id, @name, @category, @price_cents, @rating, @created_at)');
    db.transaction(() => {
      for (const row of rows) insert.run(row);
    })();
  });
}

export async function loadApp(): Promise<AppModule> {
  return load<AppModule>('src/app.ts', ['createApp']);
}

export interface Started {
  api: TestServer;
  dbFile: string;
}

/** createApp({ dbFile }) on a fresh temporary database (or the given file), served on port 0. */
export async function start(options: { dbFile?: string } = {}): Promise<Started> {
  const { createApp } = await loadApp();
  const dbFile = options.dbFile ?? tempDbFile();
  const api = await serve(createApp({ dbFile }));
  return { api, dbFile };
}

export interface Seeded extends Started {
  rows: ProductRow[];
}

/**
 * A catalogue of `count` seeded products: a first app creates the tables (migrations), is
 * closed, the rows go into the file in one transaction, and a second app serves them. The
 * seeded file is kept and copied for the next check that asks for the same size.
 */
export async function startSeeded(count = 10_000): Promise<Seeded> {
  const { createApp } = await loadApp();
  const rows = generateProducts(count);
  const dbFile = tempDbFile();
  const template = templates.get(count);
  if (template) {
    // A copy of a file seeded earlier in this run: 10,000 inserts cost more than a file copy.
    copyFileSync(template, dbFile);
  } else {
    const first = createApp({ dbFile });
    await first.locals.close?.();
    insertRows(dbFile, rows);
    const copy = path.join(templateDir(), `catalogue-${count}.db`);
    copyFileSync(dbFile, copy);
    templates.set(count, copy);
  }
  // The app opens the file as it would after a restart: its migrations find nothing to do.
  const { api } = await start({ dbFile });
  return { api, dbFile, rows };
}

/** Seeded database files of this run, by size, in a folder removed when the process exits. */
const templates = new Map<number, string>();
let templateFolder: string | undefined;

function templateDir(): string {
  if (templateFolder === undefined) {
    const folder = mkdtempSync(path.join(tmpdir(), 'b100-p27-seeded-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    templateFolder = folder;
  }
  return templateFolder;
}

export function toJson(row: ProductRow): ProductJson {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    priceCents: row.price_cents,
    rating: row.rating,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

const SORT_KEYS: Record<SortName, { key: (row: ProductRow) => number; descending: boolean }> = {
  id: { key: (row) => row.id, descending: false },
  price: { key: (row) => row.price_cents, descending: false },
  '-price': { key: (row) => row.price_cents, descending: true },
  rating: { key: (row) => row.rating, descending: false },
  '-rating': { key: (row) => row.rating, descending: true },
  newest: { key: (row) => row.created_at, descending: true },
};

/** The sort value a cursor of this sort stores for the row. */
export function sortValue(sort: SortName, row: ProductRow): number {
  return SORT_KEYS[sort].key(row);
}

export function matches(row: ProductRow, filters: Filters): boolean {
  return (
    (filters.category === undefined || row.category === filters.category) &&
    (filters.minPrice === undefined || row.price_cents >= filters.minPrice) &&
    (filters.maxPrice === undefined || row.price_cents <= filters.maxPrice) &&
    (filters.q === undefined || row.name.toLowerCase().includes(filters.q.toLowerCase()))
  );
}

/** The products matching the filters, in the documented order: sort value, then id, both in the sort's direction. */
export function expected(rows: ProductRow[], filters: Filters = {}, sort: SortName = 'id'): ProductJson[] {
  const { key, descending } = SORT_KEYS[sort];
  const sign = descending ? -1 : 1;
  return rows
    .filter((row) => matches(row, filters))
    .sort((a, b) => sign * (key(a) - key(b) || a.id - b.id))
    .map(toJson);
}

/** The query string of filters and a sort, parameters encoded. */
export function queryOf(filters: Filters = {}, sort?: SortName): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value !== undefined) params.set(name, String(value));
  if (sort !== undefined) params.set('sort', sort);
  return params.toString();
}

/** A cursor in the format SPEC.md fixes: base64url of {"sort","v","id"}. */
export function makeCursor(content: unknown): string {
  return Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)).toString('base64url');
}

/** GET /products?query that must succeed, with the shape the Interface promises. */
export async function getPage(api: TestServer, query: string): Promise<ProductPage> {
  const res = await api.get(`/products?${query}`);
  expectStatus(res, 200);
  const page = res.json as ProductPage;
  expect(Array.isArray(page?.items), `${res.request}: the body should be { items, limit, nextCursor }, got ${res.text.slice(0, 300)}`).toBe(true);
  expect(page.nextCursor === null || (typeof page.nextCursor === 'string' && /^[A-Za-z0-9_-]+$/.test(page.nextCursor)), `${res.request}: nextCursor should be null or a base64url string, got ${JSON.stringify(page.nextCursor)}`).toBe(true);
  return page;
}

/**
 * Follows nextCursor from the first page to the last and returns every item, failing when a
 * walk takes more than `maxPages` pages (a cursor that never ends). `from` starts at a cursor.
 */
export async function walk(api: TestServer, query: string, maxPages: number, from: string | null = null): Promise<{ items: ProductJson[]; pages: number }> {
  const items: ProductJson[] = [];
  let cursor = from;
  for (let pages = 1; pages <= maxPages; pages += 1) {
    const page: ProductPage = await getPage(api, cursor === null ? query : `${query}&cursor=${encodeURIComponent(cursor)}`);
    items.push(...page.items);
    if (page.nextCursor === null) return { items, pages };
    cursor = page.nextCursor;
  }
  return expect.fail(`GET /products?${query}: following nextCursor took more than ${maxPages} pages`);
}

/** Ids in a list of products, for short messages. */
export function ids(items: ProductJson[]): number[] {
  return items.map((item) => item.id);
}

/** Asserts the body is a product with exactly the fields of the Interface. */
export function expectProductShape(res: HttpResponse): ProductJson {
  const product = res.json as ProductJson;
  expect(product, `${res.request}: the body should be a product object, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(product ?? {}).sort(), `${res.request}: a product has exactly the fields ${PRODUCT_FIELDS.join(', ')}`).toEqual(PRODUCT_FIELDS);
  return product;
}
