// The hidden suite of p27 catalog-query. It reaches the app only through what SPEC.md's
// Interface promises: createApp({ dbFile }) from src/app.ts, HTTP, app.locals.close(), the
// drizzle/ migrations folder, and the products table whose name and columns the spec fixes (the
// suite fills it with 10,000 seeded rows in plain SQL and runs EXPLAIN QUERY PLAN on it).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectStatus, expectInvalid, expectMigrationsApplied, expectNo5xx, implPath, migrationTags, queryPlan, serve, tempDbFile, tryInsertCopy, withRawDb, type Row } from '#testkit';
import {
  CATEGORIES,
  SORTS,
  expectProductShape,
  expected,
  generateProducts,
  getPage,
  ids,
  insertRows,
  loadApp,
  makeCursor,
  queryOf,
  sortValue,
  start,
  startSeeded,
  toJson,
  walk,
  type Filters,
  type ProductRow,
} from './helpers.js';

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next (and mutation testing sees each check run that code).
beforeEach(() => {
  vi.resetModules();
});

const INJECTIONS = ["' OR 1=1 --", "Robert'); DROP TABLE products;--", '"', ';'];

/** The number of rows in the products table, read straight from the file. */
function rowCount(dbFile: string): number {
  return withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM products').pluck().get() as number);
}

/** The first product of the seeded data: the row tryInsertCopy copies. */
const firstRow = (row: Row): boolean => row.id === 1 && typeof row.price_cents === 'number';

describe('Task 1: Create the products table', () => {
  it('createApp({ dbFile }) applies the migrations drizzle-kit generated in drizzle/', async () => {
    const { api, dbFile } = await start();
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('the products table has the columns the spec fixes', async () => {
    const { api, dbFile } = await start();
    await api.close();
    const columns = withRawDb(dbFile, (db) => db.prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_info('products') ORDER BY name").all()) as Array<{ name: string; type: string; notnull: number; pk: number }>;
    expect(columns.map((c) => c.name), 'columns of the products table').toEqual(['category', 'created_at', 'id', 'name', 'price_cents', 'rating']);
    for (const column of columns) {
      expect(column.notnull === 1 || column.pk === 1, `column ${column.name} should be NOT NULL`).toBe(true);
    }
    expect(columns.find((c) => c.name === 'id')?.pk, 'id is the primary key').toBe(1);
    expect(columns.find((c) => c.name === 'id')?.type.toLowerCase(), 'the type of id (INTEGER PRIMARY KEY is the rowid)').toBe('integer');
  });

  it('a new database answers GET /products with an empty page and GET /categories with []', async () => {
    const { api } = await start();
    expect(await getPage(api, ''), 'GET /products on an empty database').toEqual({ items: [], limit: 20, nextCursor: null });
    const res = await api.get('/categories');
    expect(res.status, `${res.request} answered ${res.status} with ${res.text.slice(0, 200)}`).toBe(200);
    expect(res.json, `${res.request} on an empty database`).toEqual([]);
  });

  it('the database itself refuses a negative price and a rating outside 0..5 (CHECK constraints)', async () => {
    const { api, dbFile } = await start();
    await api.close();
    insertRows(dbFile, generateProducts(20));
    expect(tryInsertCopy(dbFile, firstRow), 'INSERT of an unchanged copy of product 1: SQLite should accept it').toBeNull();
    const cases: Array<[string, Record<string, unknown>]> = [
      ['price_cents = -1', { price_cents: -1 }],
      ['rating = 5.1', { rating: 5.1 }],
      ['rating = -0.1', { rating: -0.1 }],
    ];
    for (const [label, change] of cases) {
      const code = tryInsertCopy(dbFile, firstRow, (row) => ({ ...row, ...change }));
      expect(code ?? 'accepted', `INSERT of a copy of product 1 with ${label} straight into the file: SQLite should refuse it with a CHECK constraint`).toMatch(/^SQLITE_CONSTRAINT/);
    }
    for (const [label, change] of [['price_cents = 0, rating = 0', { price_cents: 0, rating: 0 }], ['rating = 5', { rating: 5 }]] as const) {
      expect(tryInsertCopy(dbFile, firstRow, (row) => ({ ...row, ...change })), `INSERT of a copy of product 1 with ${label}: the bounds are allowed`).toBeNull();
    }
    for (const column of ['name', 'category', 'price_cents', 'rating', 'created_at']) {
      const code = tryInsertCopy(dbFile, firstRow, (row) => ({ ...row, [column]: null }));
      expect(code ?? 'accepted', `INSERT of a copy of product 1 with ${column} = NULL: SQLite should refuse it (NOT NULL)`).toMatch(/^SQLITE_CONSTRAINT/);
    }
  });

  it('a restart keeps the data and applies no migration twice; two databases share nothing', async () => {
    const seeded = await startSeeded(50);
    const before = await getPage(seeded.api, 'limit=100');
    await seeded.api.close();
    const second = await start({ dbFile: seeded.dbFile });
    expect(await getPage(second.api, 'limit=100'), 'GET /products?limit=100 after the restart').toEqual(before);
    await second.api.close();
    const applied = withRawDb(seeded.dbFile, (db) => db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get());
    expect(applied, 'rows in __drizzle_migrations after three starts').toBe(migrationTags().length);
    const other = await start();
    expect((await getPage(other.api, '')).items, 'GET /products of an app on another, new file').toEqual([]);
  });

  it('app.locals.close() closes the database: later requests fail with the JSON 500 error', async () => {
    const { createApp } = await loadApp();
    const app = createApp({ dbFile: tempDbFile() });
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    // Served through a wrapper, so that the test closes the database itself, exactly once.
    const api = await serve((req, res) => app(req, res));
    await getPage(api, '');
    await app.locals.close?.();
    expectApiError(await api.get('/products'), 500, 'internal');
    expectApiError(await api.get('/categories'), 500, 'internal');
  });

  it('unknown routes answer 404; other methods answer 405 with Allow: GET, HEAD, whatever the body', async () => {
    const { api } = await start();
    expectApiError(await api.get('/nope'), 404, 'not_found');
    expectApiError(await api.get('/products/1/reviews'), 404, 'not_found');
    for (const path of ['/products', '/products/1', '/categories']) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const res = await api.request(method, path, { json: { name: 'Lamp', priceCents: 100 } });
        expectApiError(res, 405, 'method_not_allowed');
        expectAllow(res, ['GET', 'HEAD']);
      }
    }
    const bodies = [
      { body: '{"name": ', headers: { 'content-type': 'application/json' } },
      { body: 'name=Lamp', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      { body: JSON.stringify({ name: 'x'.repeat(200_000) }), headers: { 'content-type': 'application/json' } },
    ];
    for (const options of bodies) expectApiError(await api.post('/products', options), 405, 'method_not_allowed');
    expect((await getPage(api, '')).items, 'GET /products after the refused writes').toEqual([]);
  });
});

describe('Task 2: Read products and categories', () => {
  it('GET /products/:id answers the product with exactly the documented fields', async () => {
    const { api, rows } = await startSeeded(600);
    for (const id of [1, 7, 8, 303, 404, 505, 600]) {
      const res = await api.get(`/products/${id}`);
      expect(res.status, `${res.request} answered ${res.status} with ${res.text.slice(0, 200)}`).toBe(200);
      expect(expectProductShape(res), `${res.request}`).toEqual(toJson(rows[id - 1]!));
    }
  });

  it('an unknown id, or one not written in digits, answers 404 not_found', async () => {
    const { api } = await startSeeded(50);
    for (const raw of ['51', '0', '999999', 'abc', '1.5', '-1', '1e0', '0x1', '1abc', '99999999999999999999', encodeURIComponent('1 OR 1=1'), encodeURIComponent("1' OR '1'='1")]) {
      expectApiError(await api.get(`/products/${raw}`), 404, 'not_found');
    }
  });

  it('GET /categories lists each category with its number of products, by name', async () => {
    const { api, rows } = await startSeeded();
    const res = await api.get('/categories');
    expect(res.status, `${res.request} answered ${res.status} with ${res.text.slice(0, 200)}`).toBe(200);
    const counts = CATEGORIES.map((category) => ({ category, count: rows.filter((row) => row.category === category).length }));
    expect(res.json, `${res.request} on the seeded catalogue`).toEqual(counts);
  });

  it('GET /categories leaves out categories without products and counts new ones', async () => {
    const { api, dbFile } = await startSeeded(30);
    const extra: ProductRow[] = [
      { id: 31, name: 'Zither', category: 'Zebra', price_cents: 100, rating: 1, created_at: 0 },
      { id: 32, name: 'Ant farm', category: 'ants', price_cents: 100, rating: 1, created_at: 0 },
      { id: 33, name: 'Ant hill', category: 'ants', price_cents: 100, rating: 1, created_at: 0 },
    ];
    insertRows(dbFile, extra);
    const rows = [...generateProducts(30), ...extra];
    const names = [...new Set(rows.map((row) => row.category))].sort();
    const res = await api.get('/categories');
    expect(res.json, `${res.request}: in byte order ("Zebra" before "ants")`).toEqual(names.map((category) => ({ category, count: rows.filter((row) => row.category === category).length })));
  });
});

describe('Task 3: Filter and page by offset', () => {
  it('GET /products pages by id with limit (default 20) and offset (default 0)', async () => {
    const { api, rows } = await startSeeded();
    const all = expected(rows);
    const first = await getPage(api, '');
    expect(first.items, 'GET /products: the first 20 products by id').toEqual(all.slice(0, 20));
    expect(first.limit, 'GET /products: limit').toBe(20);
    expect(typeof first.nextCursor, 'GET /products: nextCursor when more products follow').toBe('string');
    expect((await getPage(api, 'limit=100&offset=4950')).items, 'GET /products?limit=100&offset=4950').toEqual(all.slice(4950, 5050));
    const last = await getPage(api, 'limit=7&offset=9995');
    expect(last, 'GET /products?limit=7&offset=9995: the last 5 products and no next page').toEqual({ items: all.slice(9995), limit: 7, nextCursor: null });
    expect(await getPage(api, 'offset=20000'), 'GET /products?offset=20000: past the end').toEqual({ items: [], limit: 20, nextCursor: null });
  });

  it('nextCursor is null exactly when no matching product follows the page', async () => {
    const { api, rows } = await startSeeded();
    const filters = { category: 'music', minPrice: 1000, maxPrice: 1200 };
    const all = expected(rows, filters);
    expect(all.length, 'seeded music products priced 1000 to 1200').toBeGreaterThan(2);
    const query = queryOf(filters);
    expect((await getPage(api, `${query}&limit=${all.length}`)).nextCursor, `GET /products?${query}&limit=${all.length}: the page holds every match`).toBeNull();
    expect((await getPage(api, `${query}&limit=${all.length - 1}`)).nextCursor, `GET /products?${query}&limit=${all.length - 1}: one match is left`).not.toBeNull();
    expect((await getPage(api, `${query}&limit=1&offset=${all.length - 1}`)).nextCursor, `the last match by offset`).toBeNull();
  });

  it('category matches exactly; minPrice and maxPrice are inclusive at both ends', async () => {
    const { api, rows } = await startSeeded();
    const cases: Filters[] = [
      { category: 'garden', minPrice: 4000, maxPrice: 5000 },
      { minPrice: 19_950 },
      { maxPrice: 150 },
      { minPrice: 0, maxPrice: 0 },
      { minPrice: 2500, maxPrice: 2500 },
      { category: 'Garden' },
      { category: 'gard' },
    ];
    for (const filters of cases) {
      const want = expected(rows, filters);
      expect(want.length, `seeded matches of ${JSON.stringify(filters)}`).toBeLessThanOrEqual(100);
      // The seeded data has products priced exactly at each bound: they must be in.
      if (filters.minPrice !== undefined) expect(want.some((p) => p.priceCents === filters.minPrice), `a seeded match priced minPrice ${filters.minPrice}`).toBe(true);
      if (filters.maxPrice !== undefined) expect(want.some((p) => p.priceCents === filters.maxPrice), `a seeded match priced maxPrice ${filters.maxPrice}`).toBe(true);
      const page = await getPage(api, `${queryOf(filters)}&limit=100`);
      expect(ids(page.items), `GET /products?${queryOf(filters)}&limit=100`).toEqual(ids(want));
      expect(page.items, `GET /products?${queryOf(filters)}&limit=100`).toEqual(want);
    }
  });

  it('q matches part of the name, ignoring case, with % and _ taken literally', async () => {
    const { api, rows } = await startSeeded();
    for (const q of ['kettle 12', 'BLUE LAMP 9', '100%', '%', '_', "o'brien", 'Say "cheese";', 'DROP TABLE', '\\', 'c:\\t']) {
      const want = expected(rows, { q });
      expect(want.length, `seeded names containing ${q}`).toBeGreaterThan(0);
      const page = await getPage(api, `${queryOf({ q })}&limit=100`);
      expect(ids(page.items), `GET /products?${queryOf({ q })}&limit=100`).toEqual(ids(want));
    }
    expect((await getPage(api, queryOf({ q: 'no such product' }))).items, 'q that no name contains').toEqual([]);
    const both = { q: 'lamp', category: 'toys', maxPrice: 3000 };
    expect(ids((await getPage(api, `${queryOf(both)}&limit=100`)).items), `GET /products?${queryOf(both)}&limit=100`).toEqual(ids(expected(rows, both)));
  });

  it('limit and offset must be whole numbers in range: 400 validation_failed naming them', async () => {
    const { api } = await startSeeded(50);
    for (const raw of ['0', '101', '-1', '1.5', '1e1', 'abc', '', ' 5', '0x10']) {
      expectInvalid(await api.get(`/products?limit=${encodeURIComponent(raw)}`), 'limit');
    }
    for (const raw of ['-1', '1.5', 'abc', '', '1e3']) {
      expectInvalid(await api.get(`/products?offset=${encodeURIComponent(raw)}`), 'offset');
    }
    expect((await getPage(api, 'limit=100')).items.length, 'GET /products?limit=100').toBe(50);
    expect((await getPage(api, 'limit=1')).items.length, 'GET /products?limit=1').toBe(1);
  });

  it('bad filters answer 400 validation_failed naming the parameter', async () => {
    const { api } = await startSeeded(50);
    for (const raw of ['-1', '12.50', 'abc', '', '1e3', '9'.repeat(30)]) {
      expectInvalid(await api.get(`/products?minPrice=${encodeURIComponent(raw)}`), 'minPrice');
      expectInvalid(await api.get(`/products?maxPrice=${encodeURIComponent(raw)}`), 'maxPrice');
    }
    expectInvalid(await api.get('/products?minPrice=500&maxPrice=499'), 'minPrice');
    expectInvalid(await api.get('/products?category='), 'category');
    expectInvalid(await api.get('/products?q='), 'q');
    expectInvalid(await api.get(`/products?q=${'x'.repeat(101)}`), 'q');
    expectInvalid(await api.get(`/products?category=${'x'.repeat(101)}`), 'category');
    expect((await getPage(api, `q=${'x'.repeat(100)}&category=${'y'.repeat(100)}`)).items, '100 characters are allowed').toEqual([]);
  });

  it('unknown and repeated parameters answer 400 validation_failed naming them', async () => {
    const { api } = await startSeeded(50);
    expectInvalid(await api.get('/products?maxprice=100'), 'maxprice');
    expectInvalid(await api.get('/products?page=2'), 'page');
    expectInvalid(await api.get('/products?category=books&category=toys'), 'category');
    expectInvalid(await api.get('/products?limit=5&limit=6'), 'limit');
  });

  it('SQL in any filter or paging parameter is a value: an honest answer or a 400, and the data is intact', async () => {
    const { api, dbFile, rows } = await startSeeded();
    for (const text of INJECTIONS) {
      const value = encodeURIComponent(text);
      expect((await getPage(api, `category=${value}`)).items, `category=${text}: no product has that category`).toEqual([]);
      expect(ids((await getPage(api, `q=${value}&limit=100`)).items), `q=${text}: the products whose name contains it`).toEqual(ids(expected(rows, { q: text })));
      for (const name of ['minPrice', 'maxPrice', 'limit', 'offset', 'sort', 'cursor']) {
        const res = await api.get(`/products?${name}=${value}`);
        expectNo5xx(res);
        expectInvalid(res, name);
      }
      expectApiError(await api.get(`/products/${value}`), 404, 'not_found');
    }
    expect(rowCount(dbFile), 'rows in products after the injection attempts').toBe(10_000);
    const res = await api.get('/categories');
    expect((res.json as Array<{ count: number }>).reduce((sum, entry) => sum + entry.count, 0), 'GET /categories: products counted').toBe(10_000);
  });
});

describe('Task 4: Sort with a whitelist', () => {
  it('each sort orders by its value, then by id in the same direction', async () => {
    const { api, rows } = await startSeeded();
    for (const sort of SORTS) {
      const all = expected(rows, {}, sort);
      expect((await getPage(api, `sort=${sort}&limit=100`)).items, `GET /products?sort=${sort}&limit=100`).toEqual(all.slice(0, 100));
      expect((await getPage(api, `sort=${sort}&limit=50&offset=5000`)).items, `GET /products?sort=${sort}&limit=50&offset=5000`).toEqual(all.slice(5000, 5050));
    }
  });

  it('sorting combines with filters, and offset pages cut through ties consistently', async () => {
    const { api, rows } = await startSeeded();
    const filters = { category: 'toys', minPrice: 2000, maxPrice: 5000 };
    for (const sort of SORTS) {
      const all = expected(rows, filters, sort);
      const got = [];
      for (let offset = 0; offset < all.length; offset += 13) got.push(...(await getPage(api, `${queryOf(filters, sort)}&limit=13&offset=${offset}`)).items);
      expect(ids(got), `GET /products?${queryOf(filters, sort)} in pages of 13 by offset`).toEqual(ids(all));
    }
  });

  it('a sort outside the whitelist answers 400 validation_failed naming sort', async () => {
    const { api, dbFile } = await startSeeded(50);
    for (const sort of ['name', 'price_cents', 'PRICE', '-id', '-newest', 'oldest', 'price desc', 'price,id', '', 'rating; DROP TABLE products', '(SELECT 1)', 'random()']) {
      expectInvalid(await api.get(`/products?sort=${encodeURIComponent(sort)}`), 'sort');
    }
    // What an attacker tries on a lookup table: names every object has, other cases, padding.
    const probes = ['price;DROP', 'price;DROP TABLE products', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'Price', '-Price', 'NEWEST', ' price', 'price ', 'price\u0000', 'pric\u0435'];
    for (const sort of probes) {
      const res = await api.get(`/products?sort=${encodeURIComponent(sort)}`);
      expectNo5xx(res);
      expectInvalid(res, 'sort');
    }
    expectInvalid(await api.get('/products?sort=price&sort=rating'), 'sort');
    expect(rowCount(dbFile), 'rows after the refused sorts').toBe(50);
  });
});

describe('Task 5: Page with a cursor', () => {
  it('following nextCursor through all 10,000 products by price gives each exactly once, in order', async () => {
    const { api, rows } = await startSeeded();
    const { items, pages } = await walk(api, 'sort=price&limit=100', 101);
    expect(pages, 'pages of 100 for 10,000 products').toBe(100);
    expect(new Set(ids(items)).size, 'distinct ids seen').toBe(10_000);
    expect(ids(items), 'ids in the order of GET /products?sort=price pages').toEqual(ids(expected(rows, {}, 'price')));
  });

  it.each(SORTS)('cursor pages follow sort=%s with filters, ties included', async (sort) => {
    const { api, rows } = await startSeeded();
    const filters = { category: 'kitchen', minPrice: 1000, maxPrice: 4500 };
    const want = expected(rows, filters, sort);
    const { items } = await walk(api, `${queryOf(filters, sort)}&limit=9`, 60);
    expect(ids(items), `following nextCursor of GET /products?${queryOf(filters, sort)}&limit=9`).toEqual(ids(want));
    expect(items, 'the products of the walk').toEqual(want);
  });

  it('offset pages and cursor pages agree', async () => {
    const { api } = await startSeeded();
    const query = 'sort=-rating&category=outdoor&limit=25';
    let cursor: string | null = null;
    for (let page = 0; page < 6; page += 1) {
      const byCursor = await getPage(api, cursor === null ? query : `${query}&cursor=${cursor}`);
      const byOffset = await getPage(api, `${query}&offset=${page * 25}`);
      expect(byCursor.items, `page ${page + 1} of GET /products?${query}: by cursor and by offset=${page * 25}`).toEqual(byOffset.items);
      cursor = byCursor.nextCursor;
    }
  });

  it('the cursor has the documented format and a crafted one starts right after its position', async () => {
    const { api, rows } = await startSeeded();
    const page = await getPage(api, 'sort=price&limit=20&offset=3000');
    const all = expected(rows, {}, 'price');
    const last = all[3019]!;
    const decoded = JSON.parse(Buffer.from(page.nextCursor ?? '', 'base64url').toString('utf8')) as unknown;
    expect(decoded, 'nextCursor of GET /products?sort=price&limit=20&offset=3000, decoded').toEqual({ sort: 'price', v: last.priceCents, id: last.id });
    for (const sort of SORTS) {
      const order = expected(rows, {}, sort);
      const at = order[4321]!;
      const cursor = makeCursor({ sort, v: sortValue(sort, rows[at.id - 1]!), id: at.id });
      expect((await getPage(api, `sort=${sort}&limit=30&cursor=${cursor}`)).items, `GET /products?sort=${sort} after the product at position 4321`).toEqual(order.slice(4322, 4352));
    }
  });

  it('a product added between two pages is neither repeated nor skipped', async () => {
    const { api, dbFile, rows } = await startSeeded();
    const filters = { category: 'garden', maxPrice: 2000 };
    const query = `${queryOf(filters, 'price')}&limit=10`;
    const page1 = await getPage(api, query);
    const page2 = await getPage(api, `${query}&cursor=${page1.nextCursor}`);
    const lastSeen = page2.items.at(-1)!;
    const added: ProductRow[] = [
      // Cheaper than anything seen: it belongs to the pages already read, so the walk never shows it.
      { id: 10_001, name: 'Early Bird Seeds', category: 'garden', price_cents: 0, rating: 3, created_at: 0 },
      // The same price as the last product seen, and a higher id: it comes right after it.
      { id: 10_002, name: 'Twin Trowel', category: 'garden', price_cents: lastSeen.priceCents, rating: 3, created_at: 0 },
      // Another category: filtered out.
      { id: 10_003, name: 'Twin Kettle', category: 'kitchen', price_cents: lastSeen.priceCents, rating: 3, created_at: 0 },
    ];
    insertRows(dbFile, added);
    const rest = await walk(api, query, 30, page2.nextCursor);
    const seen = [...page1.items, ...page2.items, ...rest.items];
    const want = expected([...rows, ...added], filters, 'price').filter((item) => item.id !== 10_001);
    expect(ids(seen), `pages of GET /products?${query} with products added after page 2`).toEqual(ids(want));
  });

  it('a broken, truncated or foreign cursor answers 400 validation_failed naming cursor', async () => {
    const { api, dbFile } = await startSeeded(300);
    const good = (await getPage(api, 'sort=price&limit=10')).nextCursor!;
    const bad = [
      'not a cursor!',
      '!!!!',
      good.slice(0, Math.floor(good.length / 2)),
      good.slice(0, -1),
      `${good}!`,
      `!${good}`,
      `${good}.`,
      makeCursor('hello'),
      makeCursor('[1, 2]'),
      makeCursor('null'),
      makeCursor({ sort: 'price', v: '1000', id: 5 }),
      makeCursor({ sort: 'price', v: 1000 }),
      makeCursor({ sort: 'price', v: 1000, id: 'x' }),
      makeCursor({ sort: 'price', v: 1000, id: 0 }),
      makeCursor({ sort: 'price', v: 1000, id: 2.5 }),
      makeCursor({ sort: 'price', v: 10.5, id: 5 }),
      makeCursor({ sort: 'price', v: null, id: 5 }),
      makeCursor({ v: 1000, id: 5 }),
      makeCursor({ sort: 'price', v: "0) OR 1=1 --", id: 5 }),
      makeCursor({ sort: 'price', v: 1000, id: '5); DROP TABLE products;--' }),
      // Padding and the two characters of standard base64 are not base64url.
      `${good}=`,
      `${good}==`,
      makeCursor({ sort: 'price', v: 1000, id: 5 }).replace(/^./, '+'),
      makeCursor({ sort: 'price', v: 1000, id: 5 }).replace(/^./, '/'),
      // Numbers JSON can write but no product has, and a sort hidden behind __proto__.
      makeCursor('{"sort":"price","v":1e400,"id":5}'),
      makeCursor('{"sort":"price","v":1000,"id":1e400}'),
      makeCursor({ sort: 'price', v: 1000, id: -5 }),
      makeCursor('{"__proto__":{"sort":"price","v":1000,"id":5}}'),
      makeCursor({ sort: '__proto__', v: 1000, id: 5 }),
    ];
    for (const cursor of bad) {
      const res = await api.get(`/products?sort=price&cursor=${encodeURIComponent(cursor)}`);
      expectNo5xx(res);
      expectInvalid(res, 'cursor');
    }
    for (const sort of ['-price', 'rating', 'newest']) {
      expectInvalid(await api.get(`/products?sort=${sort}&cursor=${good}`), 'cursor');
    }
    expectInvalid(await api.get(`/products?cursor=${good}`), 'cursor');
    expectInvalid(await api.get(`/products?sort=rating&cursor=${makeCursor({ sort: 'rating', v: 5.5, id: 3 })}`), 'cursor');
    expectInvalid(await api.get(`/products?sort=rating&cursor=${makeCursor({ sort: 'rating', v: -0.5, id: 3 })}`), 'cursor');
    expectInvalid(await api.get(`/products?sort=-rating&cursor=${makeCursor({ sort: '-rating', v: '4', id: 3 })}`), 'cursor');
    for (const [v, id] of [[4.5, 3], [5, 1], [0, 1]] as const) {
      const cursor = makeCursor({ sort: 'rating', v, id });
      expectStatus(await api.get(`/products?sort=rating&cursor=${cursor}`), 200);
    }
    expectInvalid(await api.get('/products?cursor='), 'cursor');
    expect(rowCount(dbFile), 'rows after the broken cursors').toBe(300);
  });

  it('hostile input on every route (broken encodings, repeated and malformed parameters) answers a 4xx JSON error, never a 5xx', async () => {
    const { api } = await startSeeded(300);
    await expectHostileInputRefused(
      api,
      [
        { method: 'GET', path: '/products', query: ['category', 'minPrice', 'maxPrice', 'q', 'sort', 'limit', 'offset', 'cursor'] },
        { method: 'GET', path: '/products/:id' },
        { method: 'GET', path: '/categories' },
      ],
      { params: { id: '42' } },
    );
    // The battery's own values, on a cursor page with a sort: every parameter repeated there too.
    const good = (await getPage(api, 'sort=-price&limit=5')).nextCursor!;
    for (const name of ['category', 'minPrice', 'maxPrice', 'q', 'sort', 'limit', 'cursor']) {
      const res = await api.get(`/products?sort=-price&cursor=${good}&${name}=1&${name}=2`);
      expectNo5xx(res);
      expectInvalid(res, name);
    }
  });

  it('offset and cursor together answer 400 validation_failed naming cursor', async () => {
    const { api } = await startSeeded(300);
    const good = (await getPage(api, 'limit=10')).nextCursor!;
    expectInvalid(await api.get(`/products?offset=10&cursor=${good}`), 'cursor');
    expectInvalid(await api.get(`/products?offset=0&cursor=${good}`), 'cursor');
    expect(ids((await getPage(api, `limit=10&cursor=${good}`)).items), 'the page after the first, by cursor').toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  });
});

describe('Task 6: Index the queries', () => {
  /** The canonical queries of SPEC.md, Task 6, with their parameters. */
  const CANONICAL: Array<{ sql: string; params: unknown[]; search?: RegExp }> = [
    { sql: 'SELECT * FROM products ORDER BY id LIMIT 20', params: [] },
    { sql: 'SELECT * FROM products ORDER BY price_cents, id LIMIT 20', params: [] },
    { sql: 'SELECT * FROM products ORDER BY price_cents DESC, id DESC LIMIT 20', params: [] },
    { sql: 'SELECT * FROM products ORDER BY rating, id LIMIT 20', params: [] },
    { sql: 'SELECT * FROM products ORDER BY rating DESC, id DESC LIMIT 20', params: [] },
    { sql: 'SELECT * FROM products ORDER BY created_at DESC, id DESC LIMIT 20', params: [] },
    { sql: 'SELECT * FROM products WHERE category = ? ORDER BY price_cents, id LIMIT 20', params: ['books'], search: /category=\?/ },
    { sql: 'SELECT * FROM products WHERE category = ? ORDER BY price_cents DESC, id DESC LIMIT 20', params: ['books'], search: /category=\?/ },
    { sql: 'SELECT * FROM products WHERE price_cents BETWEEN ? AND ? ORDER BY price_cents, id LIMIT 20', params: [1000, 2000], search: /price_cents>\? AND price_cents<\?/ },
    { sql: 'SELECT * FROM products WHERE (price_cents, id) > (?, ?) ORDER BY price_cents, id LIMIT 21', params: [1000, 500], search: /price_cents>\?/ },
    { sql: 'SELECT * FROM products WHERE (rating, id) < (?, ?) ORDER BY rating DESC, id DESC LIMIT 21', params: [3.5, 500], search: /rating<\?/ },
    { sql: 'SELECT * FROM products WHERE category = ? AND (price_cents, id) > (?, ?) ORDER BY price_cents, id LIMIT 21', params: ['books', 1000, 500], search: /category=\? AND price_cents>\?/ },
  ];

  it.each(CANONICAL.map((query) => [query.sql, query] as const))('%s uses an index and no temporary sort', async (_label, query) => {
    const { api, dbFile } = await startSeeded();
    await api.close();
    const plan = withRawDb(dbFile, (db) => queryPlan(db, query.sql, query.params));
    const shown = plan.join(' | ');
    expect(plan.some((step) => /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY|^SCAN products$/.test(step)), `EXPLAIN QUERY PLAN ${query.sql}: ${shown}`).toBe(true);
    expect(plan.some((step) => /TEMP B-TREE/.test(step)), `EXPLAIN QUERY PLAN ${query.sql} should not sort in a temporary b-tree: ${shown}`).toBe(false);
    if (query.search) {
      expect(plan.some((step) => /^SEARCH products USING (COVERING )?INDEX /.test(step) && query.search!.test(step)), `EXPLAIN QUERY PLAN ${query.sql} should SEARCH an index on ${query.search.source.replace(/\\/g, '')}: ${shown}`).toBe(true);
    } else if (!/ORDER BY id/.test(query.sql)) {
      expect(plan.some((step) => /USING (COVERING )?INDEX/.test(step)), `EXPLAIN QUERY PLAN ${query.sql} should read an index in order: ${shown}`).toBe(true);
    }
  });

  it('counting by category reads an index, without a temporary b-tree', async () => {
    const { api, dbFile } = await startSeeded();
    await api.close();
    const sql = 'SELECT category, count(*) FROM products GROUP BY category ORDER BY category';
    const plan = withRawDb(dbFile, (db) => queryPlan(db, sql));
    expect(plan.some((step) => /USING COVERING INDEX/.test(step)), `EXPLAIN QUERY PLAN ${sql}: ${plan.join(' | ')}`).toBe(true);
    expect(plan.some((step) => /TEMP B-TREE/.test(step)), `EXPLAIN QUERY PLAN ${sql}: ${plan.join(' | ')}`).toBe(false);
  });

  it('the indexes come from the migrations in drizzle/, not from code run at start', async () => {
    const tags = migrationTags();
    expect(tags.length, 'migrations listed in drizzle/meta/_journal.json').toBeGreaterThan(0);
    const migrationSql = tags.map((tag) => readFileSync(implPath(`drizzle/${tag}.sql`), 'utf8')).join('\n');
    const created = migrationSql.match(/CREATE\s+(UNIQUE\s+)?INDEX[^;]+ON\s+[`"]?products[`"]?/gi) ?? [];
    expect(created.length, 'CREATE INDEX ... ON products statements in the migrations (sort by price, rating, newest, and category with price)').toBeGreaterThanOrEqual(4);
  });
});
