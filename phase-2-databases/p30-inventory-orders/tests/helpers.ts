// Shared by the p30 suite: starting an app on a temporary database, the shapes the Interface
// promises, and small API steps (create a product, place an order) that must succeed.
import { expect } from 'vitest';
import { expectStatus, startDbApp, type AppLike, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface AppModule {
  createApp: (options: { dbFile: string; now?: () => Date }) => AppLike;
}

export interface ProductJson {
  id: number;
  sku: string;
  name: string;
  priceCents: number;
  stock: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface OrderLineJson {
  productId: number;
  sku: string;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
}

export interface OrderJson {
  id: number;
  status: 'placed' | 'cancelled';
  lines: OrderLineJson[];
  totalCents: number;
  createdAt: string;
  cancelledAt: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const PRODUCT_FIELDS = ['createdAt', 'id', 'name', 'priceCents', 'sku', 'stock', 'updatedAt', 'version'];
export const ORDER_FIELDS = ['cancelledAt', 'createdAt', 'id', 'lines', 'status', 'totalCents'];
export const LINE_FIELDS = ['lineTotalCents', 'productId', 'quantity', 'sku', 'unitPriceCents'];

export const START = '2026-03-02T09:00:00.000Z';

export type Started = StartedDbApp;

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<Started> {
  return startDbApp({ ...options, start: START });
}


/** Asserts that the body is a product with exactly the fields of the Interface. */
export function expectProduct(res: HttpResponse): ProductJson {
  const product = res.json as ProductJson;
  expect(product, `${res.request}: the body should be a product, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(product ?? {}).sort(), `${res.request}: a product has exactly the fields ${PRODUCT_FIELDS.join(', ')}`).toEqual(PRODUCT_FIELDS);
  expect(res.headers.get('etag'), `${res.request}: the ETag header is the version in quotes`).toBe(`"${product.version}"`);
  return product;
}

/** Asserts that the body is an order with exactly the fields of the Interface. */
export function expectOrder(res: HttpResponse): OrderJson {
  const order = res.json as OrderJson;
  expect(order, `${res.request}: the body should be an order, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(order ?? {}).sort(), `${res.request}: an order has exactly the fields ${ORDER_FIELDS.join(', ')}`).toEqual(ORDER_FIELDS);
  expect(Array.isArray(order.lines), `${res.request}: lines should be an array`).toBe(true);
  for (const line of order.lines) {
    expect(Object.keys(line).sort(), `${res.request}: an order line has exactly the fields ${LINE_FIELDS.join(', ')}`).toEqual(LINE_FIELDS);
  }
  return order;
}

export interface NewProduct {
  sku: string;
  name?: string;
  priceCents?: number;
  stock: number;
}

/** POST /products that must succeed. */
export async function createProduct(api: TestServer, product: NewProduct): Promise<ProductJson> {
  const res = await api.post('/products', { json: { name: `Product ${product.sku}`, priceCents: 1000, ...product } });
  expectStatus(res, 201);
  return expectProduct(res);
}

/** GET /products/:id that must succeed. */
export async function getProduct(api: TestServer, id: number): Promise<ProductJson> {
  const res = await api.get(`/products/${id}`);
  expectStatus(res, 200);
  return expectProduct(res);
}

/** The stock of each product, by id, as the API reports it. */
export async function stocks(api: TestServer, ...ids: number[]): Promise<number[]> {
  return Promise.all(ids.map(async (id) => (await getProduct(api, id)).stock));
}

/** POST /orders that must succeed. */
export async function placeOrder(api: TestServer, lines: Array<{ productId: number; quantity: number }>): Promise<OrderJson> {
  const res = await api.post('/orders', { json: { lines } });
  expectStatus(res, 201);
  return expectOrder(res);
}

/** GET /orders/:id that must succeed. */
export async function getOrder(api: TestServer, id: number): Promise<OrderJson> {
  const res = await api.get(`/orders/${id}`);
  expectStatus(res, 200);
  return expectOrder(res);
}

/** GET a list (/products or /orders) with a query string that must succeed. */
export async function listPage<T>(api: TestServer, path: string): Promise<Page<T>> {
  const res = await api.get(path);
  expectStatus(res, 200);
  const page = res.json as Page<T>;
  expect(Array.isArray(page?.items), `${res.request}: the body should be { items, total, limit, offset }, got ${res.text.slice(0, 300)}`).toBe(true);
  return page;
}
