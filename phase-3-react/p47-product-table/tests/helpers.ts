// Shared by the p47 suite: the API on a fresh database, a catalogue to seed it with, the shapes
// the Interface promises, and the orders SPEC.md defines, computed here from the seed.
import { expect } from 'vitest';
import { expectApiError, expectStatus, startDbApp, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface ProductJson {
  id: number;
  name: string;
  category: string;
  priceCents: number;
}

export interface PageJson {
  items: ProductJson[];
  page: number;
  pageSize: number;
  total: number;
}

export type NewProduct = Omit<ProductJson, 'id'>;

export const PRODUCT_FIELDS = ['category', 'id', 'name', 'priceCents'];
export const PAGE_FIELDS = ['items', 'page', 'pageSize', 'total'];
export const CATEGORIES = ['furniture', 'garden', 'kitchen', 'lighting', 'office'];

export function start(options: { dbFile?: string } = {}): Promise<StartedDbApp> {
  return startDbApp(options);
}

export function expectProduct(res: HttpResponse, status = 201): ProductJson {
  expectStatus(res, status);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: a product has exactly the fields ${PRODUCT_FIELDS.join(', ')}`).toEqual(PRODUCT_FIELDS);
  return res.json as ProductJson;
}

export async function addProduct(api: TestServer, product: NewProduct): Promise<ProductJson> {
  return expectProduct(await api.post('/api/products', { json: product }));
}

/** Adds the products one by one, in this order (their ids ascend in this order). */
export async function seed(api: TestServer, products: readonly NewProduct[]): Promise<ProductJson[]> {
  const added: ProductJson[] = [];
  for (const product of products) added.push(await addProduct(api, product));
  return added;
}

/** GET /api/products with this query string; asserts a 200 with exactly { items, page, pageSize, total }. */
export async function getPage(api: TestServer, query = ''): Promise<PageJson> {
  const res = await api.get(`/api/products${query ? `?${query}` : ''}`);
  expectStatus(res, 200);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: the body is exactly { items, page, pageSize, total }`).toEqual(PAGE_FIELDS);
  return res.json as PageJson;
}

/** The names of a page, for short messages. */
export async function namesOf(api: TestServer, query = ''): Promise<string[]> {
  return (await getPage(api, query)).items.map((p) => p.name);
}

/** A 400 invalid_query whose details name each of these parameters. */
export function expectInvalidQuery(res: HttpResponse, ...fields: string[]): void {
  expectApiError(res, 400, 'invalid_query');
  const details = (res.json as { error: { details?: unknown } }).error.details;
  expect(Array.isArray(details) && details.length > 0, `${res.request}: error.details lists the problems as [{ field, message }], got ${JSON.stringify(details)}`).toBe(true);
  const problems = details as Array<{ field?: unknown; message?: unknown } | null>;
  for (const field of fields) {
    expect(problems.map((p) => p?.field), `${res.request}: error.details has an entry with "field": "${field}"`).toContain(field);
  }
  for (const problem of problems) {
    expect(typeof problem?.message === 'string' && problem.message.trim() !== '', `${res.request}: each entry of error.details has a non-empty message, got ${JSON.stringify(problem)}`).toBe(true);
  }
}

// ---------------------------------------------------------------------------------------------
// The orders of SPEC.md, computed from what was seeded: the column (names ignoring the case of
// A-Z), then the id, both in the direction asked; desc is exactly the reverse of asc.

export type SortField = 'name' | 'category' | 'price';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** NOCASE: only A-Z fold to a-z (the seed's names are ASCII). */
function nocase(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export function sortedBy(products: readonly ProductJson[], sort: SortField = 'name', order: 'asc' | 'desc' = 'asc'): ProductJson[] {
  const key = (p: ProductJson) => (sort === 'name' ? nocase(p.name) : sort === 'category' ? p.category : p.priceCents);
  const ascending = [...products].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const byKey = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : compareText(String(ka), String(kb));
    return byKey !== 0 ? byKey : a.id - b.id;
  });
  return order === 'asc' ? ascending : ascending.reverse();
}

/**
 * 25 products: names in mixed case with two exact duplicates ("Desk Lamp"), five products at
 * €25.00 and four at €12.50 (ties for the id to break), ids not in name or price order.
 */
export const CATALOGUE: readonly NewProduct[] = [
  { name: 'Desk Lamp', category: 'lighting', priceCents: 2500 },
  { name: 'oak chair', category: 'furniture', priceCents: 8900 },
  { name: 'Brass Kettle', category: 'kitchen', priceCents: 3200 },
  { name: 'Garden Hose', category: 'garden', priceCents: 2500 },
  { name: 'Floor lamp', category: 'lighting', priceCents: 7400 },
  { name: 'Bookshelf', category: 'furniture', priceCents: 12000 },
  { name: 'Desk Lamp', category: 'office', priceCents: 1250 },
  { name: 'Watering Can', category: 'garden', priceCents: 1250 },
  { name: 'Stapler', category: 'office', priceCents: 900 },
  { name: 'cast iron pan', category: 'kitchen', priceCents: 2500 },
  { name: 'Lava Lamp', category: 'lighting', priceCents: 2500 },
  { name: 'Filing Cabinet', category: 'office', priceCents: 15900 },
  { name: 'Rake', category: 'garden', priceCents: 1250 },
  { name: 'Armchair', category: 'furniture', priceCents: 19900 },
  { name: 'Teapot', category: 'kitchen', priceCents: 1800 },
  { name: 'Lampshade', category: 'lighting', priceCents: 1250 },
  { name: 'Monitor Stand', category: 'office', priceCents: 2500 },
  { name: 'bench', category: 'garden', priceCents: 6400 },
  { name: 'Spatula', category: 'kitchen', priceCents: 450 },
  { name: 'String Lights', category: 'lighting', priceCents: 1500 },
  { name: 'Coffee Table', category: 'furniture', priceCents: 9900 },
  { name: 'Desk Organiser', category: 'office', priceCents: 2100 },
  { name: 'Plant Pot', category: 'garden', priceCents: 700 },
  { name: 'Chopping Board', category: 'kitchen', priceCents: 1100 },
  { name: 'Wall Sconce', category: 'lighting', priceCents: 5600 },
];

// ---------------------------------------------------------------------------------------------
// The page, as the DOM checks see it.

/** The search's wait after the last keystroke (SPEC.md, Task 5). */
export const SEARCH_DELAY_MS = 300;

/** The state a query string stands for, with SPEC.md's defaults filled in. */
export interface ViewState {
  page: string;
  sort: string;
  order: string;
  category: string;
  q: string;
}

export const DEFAULT_VIEW: ViewState = { page: '1', sort: 'name', order: 'asc', category: '', q: '' };

/** Reads page, sort, order, category and q from a query string (or a URL), defaults for the absent ones. */
export function viewOf(urlOrSearch: string): ViewState {
  const search = urlOrSearch.includes('?') ? urlOrSearch.slice(urlOrSearch.indexOf('?')) : '';
  const params = new URLSearchParams(search);
  const view = { ...DEFAULT_VIEW };
  for (const key of Object.keys(view) as Array<keyof ViewState>) {
    const value = params.get(key);
    if (value !== null) view[key] = value;
  }
  return view;
}

/** The same for a request to GET /api/products: also its pageSize (10 when absent). */
export function requestedView(url: string): ViewState & { pageSize: string } {
  const params = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?')) : '');
  return { ...viewOf(url), pageSize: params.get('pageSize') ?? '10' };
}
