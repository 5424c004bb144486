// p47's API checks: the catalogue's query API of the Interface over HTTP.
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectStatus } from '#testkit';
import { CATALOGUE, addProduct, expectInvalidQuery, getPage, namesOf, seed, sortedBy, start, type ProductJson } from './helpers.js';

const ids = (products: readonly ProductJson[]) => products.map((p) => p.id);

describe('Task 1: Add products and page through them', () => {
  it('POST /api/products answers 201 with the product (name trimmed, markup kept); GET /api/products answers { items, page, pageSize, total }', async () => {
    const { api, dbFile } = await start();
    expect(await getPage(api), 'GET /api/products on a fresh database').toEqual({ items: [], page: 1, pageSize: 10, total: 0 });
    const res = await api.post('/api/products', { json: { name: '  Desk Lamp ', category: 'lighting', priceCents: 2500 } });
    expectStatus(res, 201);
    const lamp = res.json as ProductJson;
    expect(lamp, `${res.request}`).toEqual({ id: lamp.id, name: 'Desk Lamp', category: 'lighting', priceCents: 2500 });
    const odd = await addProduct(api, { name: '<b>Bold</b> & "quoted"', category: 'office', priceCents: 0 });
    expect(odd.name, 'a name is stored as sent (trimmed), markup and all').toBe('<b>Bold</b> & "quoted"');
    expect(await getPage(api), 'GET /api/products with two products').toEqual({ items: [odd, lamp], page: 1, pageSize: 10, total: 2 });
    await api.close();
    expectMigrationsApplied(dbFile);
    const again = await start({ dbFile });
    expect((await getPage(again.api)).total, 'GET /api/products after a restart on the same file').toBe(2);
  });

  it('refuses blank, too long, missing and wrongly typed fields, unknown categories, bad prices and unknown fields with 400 validation_failed', async () => {
    const { api } = await start();
    const ok = { name: 'Teapot', category: 'kitchen', priceCents: 1800 };
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ category: 'kitchen', priceCents: 1800 }, 'name'],
      [{ ...ok, name: '' }, 'name'],
      [{ ...ok, name: '   ' }, 'name'],
      [{ ...ok, name: 'x'.repeat(101) }, 'name'],
      [{ ...ok, name: 42 }, 'name'],
      [{ ...ok, category: 'Kitchen' }, 'category'],
      [{ ...ok, category: 'toys' }, 'category'],
      [{ name: 'Teapot', priceCents: 1800 }, 'category'],
      [{ ...ok, priceCents: -1 }, 'priceCents'],
      [{ ...ok, priceCents: 12.5 }, 'priceCents'],
      [{ ...ok, priceCents: '1800' }, 'priceCents'],
      [{ ...ok, priceCents: 100_000_001 }, 'priceCents'],
      [{ ...ok, colour: 'blue' }, 'colour'],
      [{ ...ok, id: 7 }, 'id'],
    ];
    for (const [body, field] of bad) expectInvalid(await api.post('/api/products', { json: body }), field);
    expectApiError(await api.post('/api/products', { json: [ok] }), 400, 'validation_failed');
    expectApiError(await api.post('/api/products', { body: 'name=Teapot', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expect((await addProduct(api, { ...ok, name: 'y'.repeat(100), priceCents: 100_000_000 })).priceCents, 'a 100-character name at the highest price').toBe(100_000_000);
    expect((await getPage(api)).total, 'GET /api/products after the refused ones').toBe(1);
  });

  it('orders by name ignoring the case of A-Z, then by id: equal names keep their ids in order', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    const all = await getPage(api, 'pageSize=100');
    expect(ids(all.items), 'GET /api/products?pageSize=100: by name (Armchair, bench, Bookshelf, Brass Kettle, cast iron pan...), then id').toEqual(ids(sortedBy(added, 'name', 'asc')));
    expect(all.items.slice(0, 4).map((p) => p.name), 'the first names: lower case "bench" sorts between "Armchair" and "Bookshelf"').toEqual(['Armchair', 'bench', 'Bookshelf', 'Brass Kettle']);
  });

  it('pages of pageSize products: every product exactly once, the same total on every page, and a page past the end is empty', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    const expected = ids(sortedBy(added));
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(await getPage(api, `page=${page}`));
    expect(pages.map((p) => [p.page, p.pageSize, p.total, p.items.length]), 'pages 1 to 3 of 25 products with the default pageSize (10)').toEqual([
      [1, 10, 25, 10],
      [2, 10, 25, 10],
      [3, 10, 25, 5],
    ]);
    expect(pages.flatMap((p) => ids(p.items)), 'pages 1, 2 and 3 one after the other: the whole order').toEqual(expected);
    const sevens = [];
    for (const page of [1, 2, 3, 4]) sevens.push(...ids((await getPage(api, `page=${page}&pageSize=7`)).items));
    expect(sevens, 'pages 1 to 4 with pageSize=7').toEqual(expected);
    expect(await getPage(api, 'page=4'), 'GET /api/products?page=4 (past the end)').toEqual({ items: [], page: 4, pageSize: 10, total: 25 });
    expect(await getPage(api, 'page=9007199254740991&pageSize=100'), 'the highest page number (2^53 - 1)').toEqual({ items: [], page: 9007199254740991, pageSize: 100, total: 25 });
    expect((await getPage(api, 'pageSize=1')).items.map((p) => p.id), 'pageSize=1').toEqual(expected.slice(0, 1));
    expect((await getPage(api, 'pageSize=100&page=1')).items.length, 'pageSize=100').toBe(25);
  });

  it('page and pageSize that are not whole numbers in range answer 400 invalid_query naming them', async () => {
    const { api } = await start();
    await seed(api, CATALOGUE.slice(0, 3));
    for (const value of ['0', '-1', '1.5', 'abc', '1e3', ' 2', '0x10', '9007199254740992']) expectInvalidQuery(await api.get(`/api/products?page=${encodeURIComponent(value)}`), 'page');
    for (const value of ['0', '101', '500', '-5', '2.0', 'ten']) expectInvalidQuery(await api.get(`/api/products?pageSize=${encodeURIComponent(value)}`), 'pageSize');
    expect((await getPage(api, 'page=1&pageSize=100')).total, 'page=1&pageSize=100 are fine').toBe(3);
  });
});

describe('Task 2: Sort and filter on the server', () => {
  it('sort=price, category and name, asc and desc: the column, then the id in the same direction (desc is the exact reverse of asc)', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    for (const sort of ['price', 'category', 'name'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        const query = `sort=${sort}&order=${order}&pageSize=100`;
        expect(ids((await getPage(api, query)).items), `GET /api/products?${query}: by ${sort} ${order}, ties by id ${order}`).toEqual(ids(sortedBy(added, sort, order)));
      }
    }
    expect(ids((await getPage(api, 'sort=price&pageSize=100')).items), 'sort=price without order: ascending').toEqual(ids(sortedBy(added, 'price', 'asc')));
    expect(ids((await getPage(api, 'order=desc&pageSize=100')).items), 'order=desc without sort: by name').toEqual(ids(sortedBy(added, 'name', 'desc')));
  });

  it('paging through a sort with many ties shows every product exactly once', async () => {
    const { api } = await start();
    const added = await seed(api, [...CATALOGUE, ...CATALOGUE.map((p) => ({ ...p, name: `${p.name} II`, priceCents: 2500 }))]);
    for (const [sort, order] of [['price', 'desc'], ['category', 'asc'], ['price', 'asc']] as const) {
      const seen: number[] = [];
      for (let page = 1; page <= 13; page += 1) seen.push(...ids((await getPage(api, `sort=${sort}&order=${order}&pageSize=4&page=${page}`)).items));
      expect(seen, `pages 1 to 13 of sort=${sort}&order=${order}&pageSize=4 (30 products cost 25.00)`).toEqual(ids(sortedBy(added, sort, order)));
    }
  });

  it('category, q, minPrice and maxPrice filter (all together too), and total counts the matches', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    const where = (test: (p: ProductJson) => boolean) => ids(sortedBy(added.filter(test)));
    const lighting = await getPage(api, 'category=lighting');
    expect([ids(lighting.items), lighting.total], 'category=lighting').toEqual([where((p) => p.category === 'lighting'), 6]);
    const lamps = await getPage(api, 'q=LAMP');
    expect([ids(lamps.items), lamps.total], 'q=LAMP: names containing "lamp", ignoring case').toEqual([where((p) => /lamp/i.test(p.name)), 5]);
    const range = await getPage(api, 'minPrice=1250&maxPrice=2500&pageSize=100');
    expect([ids(range.items), range.total], 'minPrice=1250&maxPrice=2500: both ends included').toEqual([where((p) => p.priceCents >= 1250 && p.priceCents <= 2500), 12]);
    expect((await getPage(api, 'minPrice=15900')).items.map((p) => p.name), 'minPrice=15900').toEqual(['Armchair', 'Filing Cabinet']);
    expect((await getPage(api, 'maxPrice=700')).items.map((p) => p.name), 'maxPrice=700').toEqual(['Plant Pot', 'Spatula']);
    expect((await getPage(api, 'minPrice=2500&maxPrice=2500')).total, 'minPrice=2500&maxPrice=2500').toBe(5);
    const all = await getPage(api, 'category=lighting&q=lamp&minPrice=2000&maxPrice=8000&sort=price&order=desc');
    expect(all.items.map((p) => p.name), 'category=lighting&q=lamp&minPrice=2000&maxPrice=8000&sort=price&order=desc').toEqual(['Floor lamp', 'Lava Lamp', 'Desk Lamp']);
    const paged = await getPage(api, 'category=garden&pageSize=2&page=3');
    expect([ids(paged.items), paged.total], 'category=garden&pageSize=2&page=3: total counts every match, not the page').toEqual([where((p) => p.category === 'garden').slice(4), 5]);
    expect(await getPage(api, 'category=office&page=2'), 'category=office&page=2 (past the end of 5 matches)').toEqual({ items: [], page: 2, pageSize: 10, total: 5 });
  });

  it('q is plain text: % and _ match themselves, quotes and SQL match nothing', async () => {
    const { api } = await start();
    await seed(api, [
      { name: '100% Cotton Throw', category: 'furniture', priceCents: 3000 },
      { name: '1000 Piece Puzzle', category: 'office', priceCents: 1500 },
      { name: 'Snake_case Mug', category: 'kitchen', priceCents: 900 },
      { name: 'Snakes Mug', category: 'kitchen', priceCents: 900 },
      { name: "O'Brien's Lamp", category: 'lighting', priceCents: 4000 },
    ]);
    expect(await namesOf(api, 'q=100%25'), 'q=100%').toEqual(['100% Cotton Throw']);
    expect(await namesOf(api, 'q=e_c'), 'q=e_c').toEqual(['Snake_case Mug']);
    expect(await namesOf(api, `q=${encodeURIComponent("o'brien")}`), "q=o'brien").toEqual(["O'Brien's Lamp"]);
    expect(await namesOf(api, `q=${encodeURIComponent("' OR 1=1 --")}`), "q=' OR 1=1 --").toEqual([]);
    expect(await namesOf(api, 'q=%5C'), 'q=\\').toEqual([]);
    expect((await getPage(api)).total, 'the table after those searches').toBe(5);
  });

  it('an unknown sort, order or category, a bad price or q answers 400 invalid_query naming it, never a 500', async () => {
    const { api } = await start();
    await seed(api, CATALOGUE.slice(0, 5));
    const bad: Array<[string, string]> = [
      ['sort=drop', 'sort'],
      ['sort=id', 'sort'],
      ['sort=Price', 'sort'],
      ['sort=priceCents', 'sort'],
      [`sort=${encodeURIComponent('price; DROP TABLE products')}`, 'sort'],
      ['sort=__proto__', 'sort'],
      ['order=up', 'order'],
      ['order=DESC', 'order'],
      ['category=Lighting', 'category'],
      ['category=toys', 'category'],
      [`category=${encodeURIComponent("' OR 1=1 --")}`, 'category'],
      ['minPrice=12.50', 'minPrice'],
      ['minPrice=-1', 'minPrice'],
      ['maxPrice=cheap', 'maxPrice'],
      ['maxPrice=1e4', 'maxPrice'],
      ['minPrice=3000&maxPrice=2000', 'minPrice'],
      [`q=${'x'.repeat(101)}`, 'q'],
    ];
    for (const [query, field] of bad) expectInvalidQuery(await api.get(`/api/products?${query}`), field);
    expect((await getPage(api, `q=${'x'.repeat(100)}&minPrice=0&maxPrice=0`)).total, 'a 100-character q, minPrice=0&maxPrice=0').toBe(0);
    expect((await getPage(api)).total, 'the table after those queries').toBe(5);
  });
});

describe('Task 3: Refuse every bad query', () => {
  it('an unknown parameter answers 400 invalid_query naming it (a typo is not silently ignored)', async () => {
    const { api } = await start();
    await seed(api, CATALOGUE.slice(0, 3));
    for (const name of ['maxprice', 'limit', 'offset', 'Sort', 'sort[]', 'colour']) expectInvalidQuery(await api.get(`/api/products?${name}=1`), name);
    expectInvalidQuery(await api.get('/api/products?page=1&pagesize=5'), 'pagesize');
  });

  it('a repeated parameter answers 400 invalid_query naming it', async () => {
    const { api } = await start();
    await seed(api, CATALOGUE.slice(0, 3));
    for (const query of ['page=1&page=2', 'pageSize=5&pageSize=5', 'sort=name&sort=price', 'order=asc&order=desc', 'category=garden&category=office', 'q=lamp&q=desk', 'minPrice=1&minPrice=2', 'maxPrice=9&maxPrice=9']) {
      expectInvalidQuery(await api.get(`/api/products?${query}`), query.split('=')[0]!);
    }
  });

  it('an empty value answers 400 invalid_query naming it', async () => {
    const { api } = await start();
    for (const name of ['page', 'pageSize', 'sort', 'order', 'category', 'q', 'minPrice', 'maxPrice']) {
      expectInvalidQuery(await api.get(`/api/products?${name}=`), name);
      expectInvalidQuery(await api.get(`/api/products?page=1&${name}`), name);
    }
  });

  it('every problem of a query is listed in details, one entry per bad parameter', async () => {
    const { api } = await start();
    const res = await api.get('/api/products?page=0&pageSize=500&sort=colour&order=up&category=toys&q=&minPrice=x&maxPrice=1.5&limit=3');
    expectInvalidQuery(res, 'page', 'pageSize', 'sort', 'order', 'category', 'q', 'minPrice', 'maxPrice', 'limit');
    const fine = await api.get('/api/products?page=1&pageSize=10&sort=name&order=asc&category=garden&q=a&minPrice=0&maxPrice=100');
    expectStatus(fine, 200);
  });

  it('wrong methods answer 405 with Allow, unknown paths 404 JSON, and hostile input never gets a 5xx', async () => {
    const { api } = await start();
    await seed(api, CATALOGUE.slice(0, 3));
    expectAllow(await api.put('/api/products', { json: {} }), ['GET', 'POST']);
    expectAllow(await api.delete('/api/products'), ['GET', 'POST']);
    expectApiError(await api.get('/api/products/1'), 404, 'not_found');
    expectApiError(await api.get('/api/nothing'), 404, 'not_found');
    await expectHostileInputRefused(api, [
      { method: 'GET', path: '/api/products', query: ['page', 'pageSize', 'sort', 'order', 'category', 'q', 'minPrice', 'maxPrice'] },
      { method: 'POST', path: '/api/products', body: { name: 'Probe', category: 'office', priceCents: 100 } },
    ]);
    expect((await getPage(api)).total, 'the table after the battery: only valid products were added').toBeGreaterThanOrEqual(3);
  });
});
