// The hidden suite of p30 inventory-orders. It reaches the app only through what SPEC.md's
// Interface promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), the
// drizzle/ migrations, and the tables and columns the starter's schema.ts names (products,
// orders, order_lines), which the checks of the database's own rules use.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectNo5xx, expectStatus, load, serve, startAppProcesses, tempDbFile, withRawDb, type HttpResponse, type RawDb, type TestServer } from '#testkit';
import {
  START,
  createProduct,
  expectOrder,
  expectProduct,
  getOrder,
  getProduct,
  listPage,
  placeOrder,
  start,
  stocks,
  type AppModule,
  type OrderJson,
  type ProductJson,
} from './helpers.js';

const MINUTE = 60_000;
/**
 * Rounds of the multi-process PATCH race. Under load, two processes read the same version in
 * about one round in ten; 60 rounds make a version compared in JavaScript fail every run.
 */
const ROUNDS = 60;

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next.
beforeEach(() => {
  vi.resetModules();
});

/** The SQLite error code of running `sql` on the closed app's file, or 'accepted'. */
function rawWrite(dbFile: string, sql: string, ...params: unknown[]): string {
  return withRawDb(dbFile, (db: RawDb) => {
    db.pragma('foreign_keys = ON');
    try {
      db.prepare(sql).run(...params);
      return 'accepted';
    } catch (error) {
      return String((error as { code?: unknown }).code ?? error);
    }
  });
}

/** The columns SPEC.md's Interface names, per table. */
const COLUMNS: Record<string, string[]> = {
  products: ['created_at', 'id', 'name', 'price_cents', 'sku', 'stock', 'updated_at', 'version'],
  orders: ['cancelled_at', 'created_at', 'id', 'status', 'total_cents'],
  order_lines: ['order_id', 'product_id', 'quantity', 'unit_price_cents'],
};

const INSERT_PRODUCT = "INSERT INTO products (sku, name, price_cents, stock, version, created_at, updated_at) VALUES (?, 'Raw', 100, ?, 1, 0, 0)";
const INSERT_ORDER = 'INSERT INTO orders (status, total_cents, created_at) VALUES (?, 0, 0)';
const INSERT_LINE = 'INSERT INTO order_lines (order_id, product_id, quantity, unit_price_cents) VALUES (?, ?, ?, ?)';

/** createApp({ dbFile, now }) (which applies the migrations), then app.locals.close(). */
async function openAndClose(dbFile: string): Promise<void> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  const app = createApp({ dbFile, now: () => new Date(START) });
  expect(typeof app.locals?.close, 'typeof app.locals.close (the given app.ts sets it)').toBe('function');
  await app.locals?.close?.();
}

/** A product MUG-1 and a placed order with one line of it, written with plain SQL: [productId, orderId]. */
function seedOrder(dbFile: string): [number, number] {
  expect(rawWrite(dbFile, INSERT_PRODUCT, 'MUG-1', 5), 'INSERT INTO products a product MUG-1 with stock 5').toBe('accepted');
  expect(rawWrite(dbFile, INSERT_ORDER, 'placed'), "INSERT INTO orders an order with status 'placed'").toBe('accepted');
  const [mugId, orderId] = withRawDb(dbFile, (db) => [
    db.prepare("SELECT id FROM products WHERE sku = 'MUG-1'").pluck().get() as number,
    db.prepare('SELECT max(id) FROM orders').pluck().get() as number,
  ]);
  expect(rawWrite(dbFile, INSERT_LINE, orderId, mugId, 1, 900), `INSERT INTO order_lines a line of order ${orderId} for product ${mugId}`).toBe('accepted');
  return [mugId!, orderId!];
}

/** How many rows the orders table holds: a refused order must leave none behind. */
function orderRows(dbFile: string): number {
  return withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM orders').pluck().get() as number);
}

/** A mug (stock 5, 9.00) and a cup (stock 2, 4.50), created at START. */
async function mugAndCup(api: TestServer): Promise<[ProductJson, ProductJson]> {
  const mug = await createProduct(api, { sku: 'MUG-1', name: 'Mug', priceCents: 900, stock: 5 });
  const cup = await createProduct(api, { sku: 'CUP-1', name: 'Cup', priceCents: 450, stock: 2 });
  return [mug, cup];
}

describe('Task 1: Design the tables and apply migrations', () => {
  // Task 1 writes only the schema and its migration: these checks open the app, close it, and
  // read and write the file with plain SQL, as a second program would. No route is needed yet.
  it('createApp({ dbFile, now }) applies the drizzle-kit migrations: the three tables with the columns the Interface names', async () => {
    const dbFile = tempDbFile();
    await openAndClose(dbFile);
    expectMigrationsApplied(dbFile);
    const columns = withRawDb(dbFile, (db) =>
      Object.fromEntries(
        Object.keys(COLUMNS).map((table) => [table, (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).sort()]),
      ),
    );
    for (const [table, names] of Object.entries(COLUMNS)) {
      expect(columns[table], `the columns of the table ${table} after the migrations (the names of src/db/schema.ts)`).toEqual(expect.arrayContaining(names));
    }
  });

  it('the database itself refuses a negative stock, a negative price and a second row with the same SKU', async () => {
    const dbFile = tempDbFile();
    await openAndClose(dbFile);
    expect(rawWrite(dbFile, INSERT_PRODUCT, 'MUG-1', 5), 'INSERT INTO products a product MUG-1 with stock 5').toBe('accepted');
    expect(rawWrite(dbFile, "UPDATE products SET stock = -1 WHERE sku = 'MUG-1'"), 'UPDATE products SET stock = -1 (a CHECK constraint on stock)').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, "UPDATE products SET price_cents = -5 WHERE sku = 'MUG-1'"), 'UPDATE products SET price_cents = -5 (a CHECK constraint on price_cents)').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_PRODUCT, 'CUP-1', -2), 'INSERT INTO products a product with stock -2 (a CHECK constraint on stock)').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_PRODUCT, 'MUG-1', 1), 'INSERT of a second product with the SKU MUG-1 (a unique index on sku)').toBe('SQLITE_CONSTRAINT_UNIQUE');
    expect(rawWrite(dbFile, "UPDATE products SET stock = 0, price_cents = 0 WHERE sku = 'MUG-1'"), 'UPDATE products SET stock = 0, price_cents = 0 (zero is allowed)').toBe('accepted');
  });

  it('the database itself refuses order lines for unknown products, quantities below 1, a product twice in one order and unknown statuses', async () => {
    const dbFile = tempDbFile();
    await openAndClose(dbFile);
    const [mugId, orderId] = seedOrder(dbFile);
    expect(rawWrite(dbFile, INSERT_LINE, orderId, 999, 1, 100), 'INSERT INTO order_lines a line for product 999 (a foreign key to products)').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(rawWrite(dbFile, INSERT_LINE, 999, mugId, 1, 100), 'INSERT INTO order_lines a line of order 999 (a foreign key to orders)').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(rawWrite(dbFile, INSERT_LINE, orderId, mugId, 2, 100), 'INSERT INTO order_lines a second line for the same order and product (primary key (order_id, product_id))').toMatch(
      /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/,
    );
    expect(rawWrite(dbFile, INSERT_ORDER, 'placed'), 'INSERT INTO orders a second placed order').toBe('accepted');
    const otherId = withRawDb(dbFile, (db) => db.prepare('SELECT max(id) FROM orders').pluck().get() as number);
    expect(rawWrite(dbFile, INSERT_LINE, otherId, mugId, 0, 100), 'INSERT INTO order_lines a line with quantity 0 (a CHECK constraint)').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_LINE, otherId, mugId, 1, 100), 'INSERT INTO order_lines a line with quantity 1 of that order').toBe('accepted');
    expect(rawWrite(dbFile, 'UPDATE orders SET status = ? WHERE id = ?', 'shipped', orderId), "UPDATE orders SET status = 'shipped' (a CHECK constraint on status)").toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_ORDER, 'pending'), "INSERT INTO orders an order with status 'pending' (a CHECK constraint on status)").toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, 'UPDATE orders SET status = ? WHERE id = ?', 'cancelled', orderId), "UPDATE orders SET status = 'cancelled' (allowed)").toBe('accepted');
  });

  it('deleting an order row deletes its lines with it (ON DELETE CASCADE)', async () => {
    const dbFile = tempDbFile();
    await openAndClose(dbFile);
    const [mugId, orderId] = seedOrder(dbFile);
    expect(rawWrite(dbFile, INSERT_PRODUCT, 'CUP-1', 2), 'INSERT INTO products a product CUP-1').toBe('accepted');
    const cupId = withRawDb(dbFile, (db) => db.prepare("SELECT id FROM products WHERE sku = 'CUP-1'").pluck().get() as number);
    expect(rawWrite(dbFile, INSERT_LINE, orderId, cupId, 1, 450), 'INSERT INTO order_lines a second line (the cup) of the order').toBe('accepted');
    expect(rawWrite(dbFile, 'DELETE FROM orders WHERE id = ?', orderId), `DELETE FROM orders WHERE id = ${orderId}, an order with two lines (ON DELETE CASCADE deletes the lines with it)`).toBe('accepted');
    const left = withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM order_lines WHERE order_id = ?').pluck().get(orderId));
    expect(left, `order lines of order ${orderId} after DELETE FROM orders`).toBe(0);
    expect(withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM products').pluck().get()), 'products after the order was deleted: they stay').toBe(2);
    void mugId;
  });

  it('opening the same file again (a restart) keeps every row and applies no migration twice', async () => {
    const dbFile = tempDbFile();
    await openAndClose(dbFile);
    const [mugId, orderId] = seedOrder(dbFile);
    const before = withRawDb(dbFile, (db) => db.prepare('SELECT * FROM products ORDER BY id').all());
    await openAndClose(dbFile);
    expectMigrationsApplied(dbFile);
    expect(withRawDb(dbFile, (db) => db.prepare('SELECT * FROM products ORDER BY id').all()), 'the products table after the restart').toEqual(before);
    expect(
      withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM order_lines WHERE order_id = ? AND product_id = ?').pluck().get(orderId, mugId)),
      `the line of order ${orderId} after the restart`,
    ).toBe(1);
  });
});

describe('Task 2: Create and read products', () => {
  it('POST /products answers 201 with the product at version 1, a Location and an ETag', async () => {
    const { api } = await start();
    const res = await api.post('/products', { json: { sku: 'mug-1', name: 'Mug', priceCents: 900, stock: 5 } });
    expectStatus(res, 201);
    const mug = expectProduct(res);
    expect(mug, res.request).toEqual({ id: mug.id, sku: 'MUG-1', name: 'Mug', priceCents: 900, stock: 5, version: 1, createdAt: START, updatedAt: START });
    expect(Number.isInteger(mug.id) && mug.id > 0, `${res.request}: id should be a positive integer`).toBe(true);
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/products/${mug.id}`);
    expect(await getProduct(api, mug.id), `GET /products/${mug.id}`).toEqual(mug);
  });

  it('GET /products lists products in id order, with total, limit and offset', async () => {
    const { api } = await start();
    const created: ProductJson[] = [];
    for (const sku of ['A-1', 'B-2', 'C-3', 'D-4']) created.push(await createProduct(api, { sku, stock: 1 }));
    expect(await listPage(api, '/products'), 'GET /products').toEqual({ items: created, total: 4, limit: 20, offset: 0 });
    expect(await listPage(api, '/products?limit=2&offset=1'), 'GET /products?limit=2&offset=1').toEqual({ items: created.slice(1, 3), total: 4, limit: 2, offset: 1 });
    expect(await listPage(api, '/products?offset=4'), 'GET /products?offset=4').toEqual({ items: [], total: 4, limit: 20, offset: 4 });
    for (let i = 5; i <= 12; i += 1) created.push(await createProduct(api, { sku: `E-${i}`, stock: 1 }));
    expect(await getProduct(api, 12), 'GET /products/12 (an id of two digits)').toEqual(created[11]);
    expect(await listPage(api, '/products?limit=10&offset=10'), 'GET /products?limit=10&offset=10').toEqual({ items: created.slice(10), total: 12, limit: 10, offset: 10 });
  });

  it('a SKU already taken, in any case, is 409 conflict with details on sku, and nothing is added', async () => {
    const { api } = await start();
    const mug = await createProduct(api, { sku: 'MUG-1', stock: 5 });
    const res = await api.post('/products', { json: { sku: 'mug-1', name: 'Another mug', priceCents: 100, stock: 1 } });
    expectApiError(res, 409, 'conflict');
    const details = (res.json as { error: { details?: Array<{ field?: string }> } }).error.details;
    expect(details?.map((d) => d.field), `${res.request}: error.details names the field sku`).toContain('sku');
    expect((await listPage<ProductJson>(api, '/products')).items, 'products after the refused duplicate').toEqual([mug]);
  });

  it('a product body with missing, wrong-typed, out-of-range or unknown fields is 400 validation_failed naming each field', async () => {
    const { api } = await start();
    const good = { sku: 'MUG-1', name: 'Mug', priceCents: 900, stock: 5 };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: 'Mug', priceCents: 900, stock: 5 }, 'sku'],
      [{ ...good, sku: 'a' }, 'sku'],
      [{ ...good, sku: 'has space' }, 'sku'],
      [{ ...good, sku: 'x'.repeat(33) }, 'sku'],
      [{ ...good, sku: 42 }, 'sku'],
      [{ ...good, name: '   ' }, 'name'],
      [{ ...good, name: 'n'.repeat(101) }, 'name'],
      [{ ...good, priceCents: '900' }, 'priceCents'],
      [{ ...good, priceCents: 9.5 }, 'priceCents'],
      [{ ...good, priceCents: -1 }, 'priceCents'],
      [{ ...good, stock: -1 }, 'stock'],
      [{ ...good, stock: 1.5 }, 'stock'],
      [{ ...good, stock: 1_000_001 }, 'stock'],
      [{ ...good, stock: null }, 'stock'],
      [{ ...good, version: 7 }, 'version'],
    ];
    for (const [body, field] of cases) {
      const res = await api.post('/products', { json: body });
      expectInvalid(res, field);
    }
    expect((await listPage(api, '/products')).total, 'products after only invalid bodies').toBe(0);
  });

  it('a body that is not a JSON object, not JSON or too large is 400, 415 or 413 with the JSON error shape', async () => {
    const { api } = await start();
    expectApiError(await api.post('/products', { body: '{"sku": "MUG-1",', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.post('/products', { body: 'sku=MUG-1', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    const json = JSON.stringify({ sku: 'MUG-1', name: 'Mug', priceCents: 1, stock: 1 });
    expectApiError(await api.post('/products', { body: json, headers: { 'content-type': 'application/json; charset=latin1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/products', { body: json, headers: { 'content-type': 'application/json', 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/products', { json: { sku: 'MUG-1', name: 'x'.repeat(20_000), priceCents: 1, stock: 1 } }), 413, 'payload_too_large');
    expectInvalid(await api.post('/products', { json: [1, 2] }));
  });

  it('unknown ids, and ids that are not positive whole numbers, are 404 not_found', async () => {
    const { api } = await start();
    await createProduct(api, { sku: 'MUG-1', stock: 1 });
    for (const id of ['999', '0', 'abc', '1.5', '-1', '1%20OR%201%3D1']) {
      expectApiError(await api.get(`/products/${id}`), 404, 'not_found');
    }
    expectApiError(await api.get('/nope'), 404, 'not_found');
  });

  it('app.locals.close() closes the database: later requests fail with the JSON 500 error, not a 4xx', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: tempDbFile() });
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    // Served through a wrapper, so that the test closes the database itself, exactly once.
    const api = await serve((req, res) => app(req, res));
    const mug = await createProduct(api, { sku: 'MUG-1', stock: 5 });
    await app.locals?.close?.();
    expectApiError(await api.get('/products'), 500, 'internal');
    expectApiError(await api.get(`/products/${mug.id}`), 500, 'internal');
    expectApiError(await api.post('/products', { json: { sku: 'CUP-1', name: 'Cup', priceCents: 1, stock: 1 } }), 500, 'internal');
  });

  it('a method a path does not answer is 405 method_not_allowed with an Allow header', async () => {
    const { api } = await start();
    const mug = await createProduct(api, { sku: 'MUG-1', stock: 1 });
    const cases: Array<[string, string, string[]]> = [
      ['DELETE', '/products', ['GET', 'HEAD', 'POST']],
      ['PUT', `/products/${mug.id}`, ['GET', 'HEAD', 'PATCH']],
      ['DELETE', `/products/${mug.id}`, ['GET', 'HEAD', 'PATCH']],
      ['GET', `/products/${mug.id}/restock`, ['POST']],
      ['PUT', '/orders', ['GET', 'HEAD', 'POST']],
      ['DELETE', '/orders/1', ['GET', 'HEAD']],
      ['GET', '/orders/1/cancel', ['POST']],
    ];
    for (const [method, path, allowed] of cases) {
      const res = method === 'GET' ? await api.get(path) : await api.request(method, path, { json: {} });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, allowed);
    }
    expect(await getProduct(api, mug.id), 'the product after the refused methods').toEqual(mug);
  });
});

describe('Task 3: Update products with optimistic locking', () => {
  it('PATCH with the current version changes the fields sent and nothing else, and adds one to the version', async () => {
    const { api, clock } = await start();
    const mug = await createProduct(api, { sku: 'MUG-1', name: 'Mug', priceCents: 900, stock: 5 });
    clock.advance(MINUTE);
    const res = await api.patch(`/products/${mug.id}`, { json: { version: 1, priceCents: 950 } });
    expectStatus(res, 200);
    const later = new Date(Date.parse(START) + MINUTE).toISOString();
    expect(expectProduct(res), res.request).toEqual({ ...mug, priceCents: 950, version: 2, updatedAt: later });
    const again = await api.patch(`/products/${mug.id}`, { json: { version: 2, name: 'Big mug', stock: 12 } });
    expect(expectProduct(again), again.request).toEqual({ ...mug, name: 'Big mug', stock: 12, priceCents: 950, version: 3, updatedAt: later });
    expect(await getProduct(api, mug.id), `GET /products/${mug.id}`).toEqual(again.json);
  });

  it('of two clients that read version 1, the second to PATCH gets 409 stale_version with the current version, and its change is not applied', async () => {
    const { api } = await start();
    const mug = await createProduct(api, { sku: 'MUG-1', priceCents: 900, stock: 5 });
    const alice = await api.patch(`/products/${mug.id}`, { json: { version: 1, stock: 7 } });
    expect(expectProduct(alice).version, alice.request).toBe(2);
    const bob = await api.patch(`/products/${mug.id}`, { json: { version: 1, stock: 3, priceCents: 1 } });
    expectApiError(bob, 409, 'stale_version');
    const details = (bob.json as { error: { details?: Array<{ field?: string; currentVersion?: unknown }> } }).error.details ?? [];
    const entry = details.find((d) => d.field === 'version');
    expect(entry, `${bob.request}: error.details has an entry with "field": "version"`).toBeDefined();
    expect(entry?.currentVersion, `${bob.request}: that entry's currentVersion`).toBe(2);
    expect(await getProduct(api, mug.id), `GET /products/${mug.id}: Alice's change stands, Bob's is not applied`).toEqual(alice.json);
    const retry = await api.patch(`/products/${mug.id}`, { json: { version: 2, stock: 3 } });
    expect(expectProduct(retry), `${retry.request}: a retry with the current version`).toMatchObject({ stock: 3, version: 3 });
  });

  it('a version from the future is stale too, and a PATCH of an unknown product is 404 whatever the version', async () => {
    const { api } = await start();
    const mug = await createProduct(api, { sku: 'MUG-1', stock: 5 });
    expectApiError(await api.patch(`/products/${mug.id}`, { json: { version: 5, stock: 1 } }), 409, 'stale_version');
    expectApiError(await api.patch('/products/999', { json: { version: 1, stock: 1 } }), 404, 'not_found');
    expectApiError(await api.patch('/products/abc', { json: { version: 1, stock: 1 } }), 404, 'not_found');
    expect(await getProduct(api, mug.id), 'the product after the refused PATCHes').toEqual(mug);
  });

  it('a PATCH without a valid version, with nothing to change, or changing the SKU is 400 validation_failed', async () => {
    const { api } = await start();
    const mug = await createProduct(api, { sku: 'MUG-1', stock: 5 });
    const cases: Array<[Record<string, unknown>, string | undefined]> = [
      [{ stock: 1 }, 'version'],
      [{ version: '1', stock: 1 }, 'version'],
      [{ version: 0, stock: 1 }, 'version'],
      [{ version: 1.5, stock: 1 }, 'version'],
      [{ version: 1, stock: -1 }, 'stock'],
      [{ version: 1, priceCents: 'free' }, 'priceCents'],
      [{ version: 1, sku: 'CUP-1' }, 'sku'],
      [{ version: 1 }, undefined],
    ];
    for (const [body, field] of cases) {
      const res = await api.patch(`/products/${mug.id}`, { json: body });
      if (field) expectInvalid(res, field);
      else expectInvalid(res);
    }
    expect(await getProduct(api, mug.id), 'the product after only invalid PATCHes').toEqual(mug);
  });

  it('POST /products/:id/restock adds to the stock and the version; a client holding the old version is then stale', async () => {
    const { api, clock } = await start();
    const mug = await createProduct(api, { sku: 'MUG-1', stock: 5 });
    clock.advance(MINUTE);
    const res = await api.post(`/products/${mug.id}/restock`, { json: { quantity: 7 } });
    expectStatus(res, 200);
    expect(expectProduct(res), res.request).toEqual({ ...mug, stock: 12, version: 2, updatedAt: new Date(Date.parse(START) + MINUTE).toISOString() });
    expectApiError(await api.patch(`/products/${mug.id}`, { json: { version: 1, stock: 0 } }), 409, 'stale_version');
    expect((await getProduct(api, mug.id)).stock, 'stock after the restock and the stale PATCH').toBe(12);
  });

  it('PATCHes with the same version sent to four app processes at once: exactly one wins each time, the others are 409 stale_version', async () => {
    const { api, dbFile } = await start();
    const ids: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) ids.push((await createProduct(api, { sku: `RACE-${round}`, stock: 5 })).id);
    await api.close();
    // Four servers on one file: one process runs each request to the end (better-sqlite3 is
    // synchronous), so only several processes can both read version 1 before either writes.
    // Each round sends one PATCH per process for the same product: a version compared in
    // JavaScript, then an UPDATE without the version in its WHERE, lets two of them win. That
    // takes two processes inside the same millisecond, so the check runs many rounds.
    const { apps, stderr } = await startAppProcesses(4, { options: { dbFile }, start: START });
    const problems: string[] = [];
    const winners = new Map<number, ProductJson>();
    for (const [round, id] of ids.entries()) {
      const answers = await Promise.all(apps.map((app, i) => app.patch(`/products/${id}`, { json: { version: 1, stock: 10 * (round + 1) + i } })));
      const won = answers.filter((res) => res.status === 200);
      for (const res of answers) {
        if (res.status === 409 && (res.json as { error?: { code?: string } } | undefined)?.error?.code === 'stale_version') continue;
        if (res.status !== 200) problems.push(`${res.request}: ${res.status} ${res.text.slice(0, 120)}`);
      }
      if (won.length === 1) winners.set(id, won[0]!.json as ProductJson);
      else problems.push(`product ${id}: ${won.length} of the 4 PATCHes with "version": 1 answered 200 (stocks ${won.map((res) => (res.json as ProductJson).stock).join(', ')})`);
    }
    const after = await Promise.all([...winners.keys()].map((id) => getProduct(apps[id % 4]!, id)));
    for (const current of after) {
      const winner = winners.get(current.id)!;
      if (current.version !== 2 || current.stock !== winner.stock) {
        problems.push(`product ${current.id} after its round: version ${current.version}, stock ${current.stock}; expected version 2 and the winner's stock ${winner.stock}`);
      }
    }
    expect(
      problems.slice(0, 8),
      `${ROUNDS} rounds of 4 PATCHes with "version": 1, one per app process, sent at once: exactly one per round should answer 200 and the others 409 stale_version, never a 5xx (the version belongs in the UPDATE's WHERE: one statement checks and writes). Server stderr:\n${stderr().slice(-600)}`,
    ).toEqual([]);
  }, 30_000);

  it('200 restocks of 1 sent to four app processes at once: the stock rises by exactly 200', async () => {
    const { api, dbFile } = await start();
    const mug = await createProduct(api, { sku: 'MUG-1', stock: 5 });
    await api.close();
    // A stock read into JavaScript and written back plus one loses every restock another process
    // wrote in between; the total below is exact, so one lost update is enough to fail.
    const { apps, stderr } = await startAppProcesses(4, { options: { dbFile }, start: START });
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => apps[i % 4]!.post(`/products/${mug.id}/restock`, { json: { quantity: 1 } })));
    const failed = answers.filter((res) => res.status !== 200);
    expect(
      failed.slice(0, 5).map((res) => `${res.status} ${res.text.slice(0, 120)}`),
      `200 restocks of product ${mug.id} sent to four app processes at once: every one should answer 200, never a 5xx. Server stderr:\n${stderr().slice(-600)}`,
    ).toEqual([]);
    const after = await getProduct(apps[0]!, mug.id);
    expect(after.stock, `stock of product ${mug.id} (5) after 200 restocks of 1 across four processes: a lower stock means a restock was lost (read, then written back)`).toBe(205);
    expect(after.version, `version of product ${mug.id} after 200 restocks: one more per restock`).toBe(201);
  }, 30_000);

  it('a restock of a bad quantity is 400 naming quantity, of an unknown product 404', async () => {
    const { api } = await start();
    const mug = await createProduct(api, { sku: 'MUG-1', stock: 5 });
    for (const body of [{}, { quantity: 0 }, { quantity: -3 }, { quantity: 1.5 }, { quantity: '2' }, { quantity: 1_000_001 }]) {
      expectInvalid(await api.post(`/products/${mug.id}/restock`, { json: body }), 'quantity');
    }
    expectApiError(await api.post('/products/999/restock', { json: { quantity: 1 } }), 404, 'not_found');
    expect(await getProduct(api, mug.id), 'the product after only refused restocks').toEqual(mug);
  });
});

describe('Task 4: Place orders in one transaction', () => {
  it('POST /orders reserves the stock of every line and answers 201 with the order, its lines by product id and the total', async () => {
    const { api } = await start();
    const [mug, cup] = await mugAndCup(api);
    const res = await api.post('/orders', {
      json: {
        lines: [
          { productId: cup.id, quantity: 2 },
          { productId: mug.id, quantity: 3 },
        ],
      },
    });
    expectStatus(res, 201);
    const order = expectOrder(res);
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/orders/${order.id}`);
    expect(order, res.request).toEqual({
      id: order.id,
      status: 'placed',
      lines: [
        { productId: mug.id, sku: 'MUG-1', quantity: 3, unitPriceCents: 900, lineTotalCents: 2700 },
        { productId: cup.id, sku: 'CUP-1', quantity: 2, unitPriceCents: 450, lineTotalCents: 900 },
      ],
      totalCents: 3600,
      createdAt: START,
      cancelledAt: null,
    });
    expect(await stocks(api, mug.id, cup.id), 'stocks of the mug and the cup after the order (5 - 3, 2 - 2)').toEqual([2, 0]);
  });

  it('an order changes each product it takes from: a PATCH with the version read before the order is stale', async () => {
    const { api } = await start();
    const [mug, cup] = await mugAndCup(api);
    await placeOrder(api, [{ productId: mug.id, quantity: 1 }]);
    expect((await getProduct(api, mug.id)).version, 'version of the mug after an order took from it').toBe(2);
    expect((await getProduct(api, cup.id)).version, 'version of the cup, which the order did not touch').toBe(1);
    expectApiError(await api.patch(`/products/${mug.id}`, { json: { version: 1, stock: 5 } }), 409, 'stale_version');
    expect((await getProduct(api, mug.id)).stock, 'the mug keeps the stock the order left: the stale PATCH did not undo the order').toBe(4);
  });

  it('an order may take exactly the stock there is', async () => {
    const { api } = await start();
    const [, cup] = await mugAndCup(api);
    await placeOrder(api, [{ productId: cup.id, quantity: 2 }]);
    expect(await stocks(api, cup.id), 'stock of the cup after ordering both').toEqual([0]);
    expectApiError(await api.post('/orders', { json: { lines: [{ productId: cup.id, quantity: 1 }] } }), 409, 'out_of_stock');
  });

  it('when lines lack stock: 409 out_of_stock listing every short line, and nothing is reserved', async () => {
    const { api, dbFile } = await start();
    const [mug, cup] = await mugAndCup(api);
    const tea = await createProduct(api, { sku: 'TEA-1', stock: 10 });
    const res = await api.post('/orders', {
      json: {
        lines: [
          { productId: tea.id, quantity: 4 },
          { productId: mug.id, quantity: 6 },
          { productId: cup.id, quantity: 3 },
        ],
      },
    });
    expectApiError(res, 409, 'out_of_stock');
    const details = (res.json as { error: { details?: Array<{ productId: number }> } }).error.details ?? [];
    const byProduct = [...details].sort((a, b) => a.productId - b.productId);
    expect(byProduct, `${res.request}: error.details, one { productId, requested, available } per short line`).toEqual(
      [
        { productId: mug.id, requested: 6, available: 5 },
        { productId: cup.id, requested: 3, available: 2 },
      ].sort((a, b) => a.productId - b.productId),
    );
    expect(await stocks(api, tea.id, mug.id, cup.id), 'stocks after the refused order: the tea line had stock, but nothing was reserved').toEqual([10, 5, 2]);
    expect(orderRows(dbFile), 'rows in the orders table after the refused order').toBe(0);
    expect((await getProduct(api, tea.id)).version, 'version of the tea after the refused order').toBe(1);
  });

  it('a line for an unknown product is 404 not_found naming that line, and nothing is reserved', async () => {
    const { api, dbFile } = await start();
    const [mug] = await mugAndCup(api);
    const res = await api.post('/orders', {
      json: {
        lines: [
          { productId: mug.id, quantity: 1 },
          { productId: 999, quantity: 1 },
        ],
      },
    });
    expectApiError(res, 404, 'not_found');
    const details = (res.json as { error: { details?: Array<{ field?: string }> } }).error.details ?? [];
    expect(
      details.map((d) => d.field),
      `${res.request}: error.details names the line of the unknown product`,
    ).toContain('lines.1.productId');
    expect(await stocks(api, mug.id), 'stock of the mug after the refused order').toEqual([5]);
    expect(orderRows(dbFile), 'rows in the orders table after the refused order').toBe(0);
  });

  it('ten orders sent at once for a product with stock 3: exactly three succeed and the stock ends at 0', async () => {
    const { api, dbFile } = await start();
    const lamp = await createProduct(api, { sku: 'LAMP-1', stock: 3 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => api.post('/orders', { json: { lines: [{ productId: lamp.id, quantity: 1 }] } })));
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses, 'statuses of ten concurrent orders of one lamp each').toEqual([201, 201, 201, 409, 409, 409, 409, 409, 409, 409]);
    for (const res of answers.filter((r) => r.status === 409)) expectApiError(res, 409, 'out_of_stock');
    expect(await stocks(api, lamp.id), 'stock of the lamp after the rush').toEqual([0]);
    expect(orderRows(dbFile), 'rows in the orders table after the rush').toBe(3);
  });

  it('two apps on the same database file, ordering in turns, never sell more than the stock', async () => {
    const one = await start();
    const two = await start({ dbFile: one.dbFile, clock: one.clock });
    const lamp = await createProduct(one.api, { sku: 'LAMP-1', stock: 5 });
    const sold: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const answers = await Promise.all(
        [one.api, two.api].map((api) => api.post('/orders', { json: { lines: [{ productId: lamp.id, quantity: 1 + (i % 2) }] } })),
      );
      for (const res of answers) {
        expectNo5xx(res);
        if (res.status === 201) sold.push((res.json as OrderJson).lines[0]!.quantity);
        else expectApiError(res, 409, 'out_of_stock');
      }
    }
    const total = sold.reduce((a, b) => a + b, 0);
    expect(total, 'units sold through the two apps').toBeLessThanOrEqual(5);
    expect(await stocks(two.api, lamp.id), 'stock seen by the second app: 5 minus what was sold').toEqual([5 - total]);
    expect(total, 'units sold through the two apps: orders of 1 and 2 in turns sell the stock out').toBe(5);
  });

  it('100 orders sent to four app processes at once for a stock of 40: exactly 40 succeed, the rest are 409 out_of_stock, and the stock ends at 0', async () => {
    const { api, dbFile } = await start();
    const lamp = await createProduct(api, { sku: 'LAMP-1', stock: 40 });
    await api.close();
    // Four servers on one file: only several processes can read the same stock before either
    // writes. A stock checked in JavaScript and written back sells more than there is; a plain
    // (deferred) transaction gets SQLITE_BUSY when another process wrote first (a 500).
    const { apps, stderr } = await startAppProcesses(4, { options: { dbFile }, start: START });
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => apps[i % 4]!.post('/orders', { json: { lines: [{ productId: lamp.id, quantity: 1 }] } })));
    const wrong = answers.filter(
      (res) => res.status !== 201 && !(res.status === 409 && (res.json as { error?: { code?: string } } | undefined)?.error?.code === 'out_of_stock'),
    );
    expect(
      wrong.slice(0, 5).map((res) => `${res.status} ${res.text.slice(0, 120)}`),
      `100 orders of 1 lamp sent to four app processes at once: each should answer 201 or 409 out_of_stock, never a 5xx (one transaction with { behavior: 'immediate' }). Server stderr:\n${stderr().slice(-600)}`,
    ).toEqual([]);
    const sold = answers.filter((res) => res.status === 201).length;
    const after = await getProduct(apps[1]!, lamp.id);
    expect(sold, `orders answered 201 out of 100 for a stock of 40: more than 40 is overselling`).toBe(40);
    expect(after.stock, `stock of the lamp after the rush: 40 minus the 40 sold`).toBe(0);
    expect(after.version, 'version of the lamp: one more per order that took from it').toBe(41);
    expect(orderRows(dbFile), 'rows in the orders table: one per 201').toBe(40);
  }, 30_000);

  it('an order body with missing, empty, duplicate or out-of-range lines is 400 validation_failed naming the field, and reserves nothing', async () => {
    const { api } = await start();
    const [mug, cup] = await mugAndCup(api);
    const cases: Array<[unknown, string]> = [
      [{}, 'lines'],
      [{ lines: [] }, 'lines'],
      [{ lines: 'mug' }, 'lines'],
      [{ lines: Array.from({ length: 51 }, (_, i) => ({ productId: i + 1, quantity: 1 })) }, 'lines'],
      [{ lines: [{ productId: mug.id, quantity: 0 }] }, 'lines.0.quantity'],
      [{ lines: [{ productId: mug.id, quantity: -1 }] }, 'lines.0.quantity'],
      [{ lines: [{ productId: mug.id, quantity: 1.5 }] }, 'lines.0.quantity'],
      [{ lines: [{ productId: mug.id, quantity: '2' }] }, 'lines.0.quantity'],
      [{ lines: [{ productId: mug.id, quantity: 1001 }] }, 'lines.0.quantity'],
      [{ lines: [{ productId: mug.id }] }, 'lines.0.quantity'],
      [{ lines: [{ quantity: 1 }] }, 'lines.0.productId'],
      [{ lines: [{ productId: '1', quantity: 1 }] }, 'lines.0.productId'],
      [{ lines: [{ productId: 0, quantity: 1 }] }, 'lines.0.productId'],
      [{ lines: [{ productId: cup.id, quantity: 1 }, { productId: mug.id, quantity: 1 }, { productId: cup.id, quantity: 1 }] }, 'lines.2.productId'],
    ];
    for (const [body, field] of cases) {
      expectInvalid(await api.post('/orders', { json: body }), field);
    }
    expect(await stocks(api, mug.id, cup.id), 'stocks after only invalid orders').toEqual([5, 2]);
    expectApiError(await api.post('/orders', { body: '{"lines": [', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.post('/orders', { body: 'lines', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
  });
});

describe('Task 5: Read and cancel orders', () => {
  it('GET /orders lists orders newest first (the higher id first at the same instant), with pagination', async () => {
    const { api, clock } = await start();
    const [mug] = await mugAndCup(api);
    const first = await placeOrder(api, [{ productId: mug.id, quantity: 1 }]);
    const second = await placeOrder(api, [{ productId: mug.id, quantity: 1 }]);
    clock.advance(MINUTE);
    const third = await placeOrder(api, [{ productId: mug.id, quantity: 1 }]);
    expect((await listPage(api, '/orders')).items, 'GET /orders').toEqual([third, second, first]);
    expect(await listPage(api, '/orders?limit=1&offset=1'), 'GET /orders?limit=1&offset=1').toEqual({ items: [second], total: 3, limit: 1, offset: 1 });
  });

  it('an order keeps the price it was placed at when the product price changes', async () => {
    const { api } = await start();
    const [mug] = await mugAndCup(api);
    const order = await placeOrder(api, [{ productId: mug.id, quantity: 2 }]);
    const current = await getProduct(api, mug.id);
    await api.patch(`/products/${mug.id}`, { json: { version: current.version, priceCents: 1500 } });
    expect(await getOrder(api, order.id), `GET /orders/${order.id} after the mug's price changed`).toEqual(order);
  });

  it('POST /orders/:id/cancel gives every line its stock back and marks the order cancelled', async () => {
    const { api, clock } = await start();
    const [mug, cup] = await mugAndCup(api);
    const order = await placeOrder(api, [
      { productId: mug.id, quantity: 4 },
      { productId: cup.id, quantity: 1 },
    ]);
    clock.advance(5 * MINUTE);
    const res = await api.post(`/orders/${order.id}/cancel`);
    expectStatus(res, 200);
    const cancelled = expectOrder(res);
    expect(cancelled, res.request).toEqual({ ...order, status: 'cancelled', cancelledAt: new Date(Date.parse(START) + 5 * MINUTE).toISOString() });
    expect(await stocks(api, mug.id, cup.id), 'stocks after the cancel: back to 5 and 2').toEqual([5, 2]);
    expect(await getOrder(api, order.id), `GET /orders/${order.id}`).toEqual(cancelled);
    expect((await getProduct(api, mug.id)).version, 'version of the mug: created, ordered, cancelled').toBe(3);
    await placeOrder(api, [{ productId: mug.id, quantity: 5 }]);
  });

  it('cancelling an order twice is 409 conflict and gives the stock back only once', async () => {
    const { api } = await start();
    const [mug] = await mugAndCup(api);
    const order = await placeOrder(api, [{ productId: mug.id, quantity: 3 }]);
    const answers = await Promise.all([api.post(`/orders/${order.id}/cancel`), api.post(`/orders/${order.id}/cancel`)]);
    expect(answers.map((res) => res.status).sort(), 'two cancels of one order sent at once').toEqual([200, 409]);
    expectApiError(answers.find((res) => res.status === 409)!, 409, 'conflict');
    const again = await api.post(`/orders/${order.id}/cancel`);
    expectApiError(again, 409, 'conflict');
    const details = (again.json as { error: { details?: Array<{ field?: string }> } }).error.details ?? [];
    expect(details.map((d) => d.field), `${again.request}: error.details names the field status`).toContain('status');
    expect(await stocks(api, mug.id), 'stock of the mug after one cancel and two refused ones').toEqual([5]);
  });

  it('opening the same file again (a restart) keeps products, versions and orders', async () => {
    const first = await start();
    const [mug, cup] = await mugAndCup(first.api);
    const order = await placeOrder(first.api, [{ productId: cup.id, quantity: 2 }]);
    const cancelled = await placeOrder(first.api, [{ productId: mug.id, quantity: 1 }]);
    expectStatus(await first.api.post(`/orders/${cancelled.id}/cancel`), 200);
    const mugAfter = await getProduct(first.api, mug.id);
    const cupAfter = await getProduct(first.api, cup.id);
    const cancelledAfter = await getOrder(first.api, cancelled.id);
    await first.api.close();
    const second = await start({ dbFile: first.dbFile, clock: first.clock });
    expect(await getProduct(second.api, mug.id), `GET /products/${mug.id} after the restart`).toEqual(mugAfter);
    expect(await getProduct(second.api, cup.id), `GET /products/${cup.id} after the restart`).toEqual(cupAfter);
    expect(await getOrder(second.api, order.id), `GET /orders/${order.id} after the restart`).toEqual(order);
    expect(await getOrder(second.api, cancelled.id), `GET /orders/${cancelled.id} (cancelled) after the restart`).toEqual(cancelledAfter);
  });

  it('reading or cancelling an unknown order is 404 not_found', async () => {
    const { api } = await start();
    const [mug] = await mugAndCup(api);
    await placeOrder(api, [{ productId: mug.id, quantity: 1 }]);
    for (const id of ['999', '0', 'abc', '1.5']) {
      expectApiError(await api.get(`/orders/${id}`), 404, 'not_found');
      expectApiError(await api.post(`/orders/${id}/cancel`), 404, 'not_found');
    }
    expect(await stocks(api, mug.id), 'stock of the mug after the refused cancels').toEqual([4]);
  });
});

const INJECTIONS = ["' OR 1=1 --", "Robert'); DROP TABLE products;--", '"; DELETE FROM orders; --', '1; UPDATE products SET stock = 0'];

describe('Task 6: Survive bad input and SQL injection', () => {
  it('SQL in a product name is stored as plain text and changes nothing else', async () => {
    const { api } = await start();
    const [mug, cup] = await mugAndCup(api);
    for (const [i, name] of INJECTIONS.entries()) {
      const product = await createProduct(api, { sku: `INJ-${i}`, name, stock: 1 });
      expect((await getProduct(api, product.id)).name, `the name ${JSON.stringify(name)} read back`).toBe(name);
    }
    const patched = await api.patch(`/products/${mug.id}`, { json: { version: 1, name: INJECTIONS[1] } });
    expect(expectProduct(patched).name, patched.request).toBe(INJECTIONS[1]);
    expect(await stocks(api, mug.id, cup.id), 'stocks after the hostile names').toEqual([5, 2]);
    expect((await listPage(api, '/products')).total, 'products after the hostile names').toBe(2 + INJECTIONS.length);
  });

  it('SQL in a SKU, an id or a query parameter is a 400 or 404, and the data is intact', async () => {
    const { api } = await start();
    const [mug, cup] = await mugAndCup(api);
    await placeOrder(api, [{ productId: mug.id, quantity: 1 }]);
    for (const text of INJECTIONS) {
      expectInvalid(await api.post('/products', { json: { sku: text, name: 'x', priceCents: 1, stock: 1 } }), 'sku');
      const encoded = encodeURIComponent(text);
      expectApiError(await api.get(`/products/${encoded}`), 404, 'not_found');
      expectApiError(await api.patch(`/products/${encoded}`, { json: { version: 1, stock: 0 } }), 404, 'not_found');
      expectApiError(await api.post(`/orders/${encoded}/cancel`), 404, 'not_found');
      expectInvalid(await api.get(`/products?limit=${encoded}`), 'limit');
      expectInvalid(await api.get(`/orders?offset=${encoded}`), 'offset');
      expectInvalid(await api.post('/orders', { json: { lines: [{ productId: text, quantity: 1 }] } }), 'lines.0.productId');
    }
    expect(await stocks(api, mug.id, cup.id), 'stocks after the hostile requests').toEqual([4, 2]);
    expect((await listPage(api, '/orders')).total, 'orders after the hostile requests').toBe(1);
  });

  it('limit and offset outside their ranges are 400 validation_failed naming the parameter', async () => {
    const { api } = await start();
    for (const path of ['/products', '/orders']) {
      for (const query of ['limit=0', 'limit=101', 'limit=-1', 'limit=1.5', 'limit=abc', 'limit=1e2']) expectInvalid(await api.get(`${path}?${query}`), 'limit');
      for (const query of ['offset=-1', 'offset=x', 'offset=2.5']) expectInvalid(await api.get(`${path}?${query}`), 'offset');
    }
  });

  it('hostile input on every route (corrupt bodies, malformed URLs, repeated parameters) answers 4xx JSON, never 5xx', async () => {
    const { api } = await start();
    const [mug, cup] = await mugAndCup(api);
    const order = await placeOrder(api, [{ productId: cup.id, quantity: 1 }]);
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/products', body: { sku: 'HOSTILE-1', name: 'Probe', priceCents: 100, stock: 1 } },
        { method: 'GET', path: '/products', query: ['limit', 'offset'] },
        { method: 'GET', path: '/products/:id' },
        { method: 'PATCH', path: '/products/:id', body: { version: mug.version, name: 'Renamed' } },
        { method: 'POST', path: '/products/:id/restock', body: { quantity: 1 } },
        { method: 'POST', path: '/orders', body: { lines: [{ productId: mug.id, quantity: 1 }] } },
        { method: 'GET', path: '/orders', query: ['limit', 'offset'] },
        { method: 'GET', path: '/orders/:orderId' },
        { method: 'POST', path: '/orders/:orderId/cancel' },
      ],
      { params: { id: String(mug.id), orderId: String(order.id) } },
    );
  });

  it('no bad request gets a 5xx or leaks a stack trace', async () => {
    const { api } = await start();
    const [mug] = await mugAndCup(api);
    const answers: HttpResponse[] = [
      await api.post('/orders', { json: { lines: [{ productId: Number.MAX_SAFE_INTEGER, quantity: 1 }] } }),
      await api.post('/orders', { json: { lines: [{ productId: 1e300, quantity: 1 }] } }),
      await api.post('/orders', { json: { lines: [null] } }),
      await api.post('/orders', { json: null }),
      await api.patch(`/products/${mug.id}`, { json: { version: Number.MAX_SAFE_INTEGER + 2, stock: 1 } }),
      await api.get('/products/99999999999999999999999'),
      await api.post(`/products/${mug.id}/restock`, { json: { quantity: 1e300 } }),
      await api.post('/products', { json: { sku: 'BIG-1', name: 'Big', priceCents: 1e20, stock: 1 } }),
    ];
    for (const res of answers) {
      expectNo5xx(res);
      expect(res.text, `${res.request}: the body should not show a stack trace or SQL`).not.toMatch(/at .+\.(ts|js):\d+|SQLITE_|\bSELECT\b|\bINSERT INTO\b/);
    }
    expect(await stocks(api, mug.id), 'stock of the mug after the bad requests').toEqual([5]);
  });
});
