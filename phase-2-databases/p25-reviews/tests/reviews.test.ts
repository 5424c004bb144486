// The hidden suite of p25 reviews. It reaches the app only through what SPEC.md's Interface
// promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), and the
// drizzle/ migrations folder. Table and column names are the learner's design: checks that look
// inside the database file find rows by their content, never by a name.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  expectAllow,
  expectApiError,
  expectHostileInputRefused,
  expectInvalid,
  expectMigrationsApplied,
  expectNo5xx,
  expectStatus,
  findRow,
  hasText,
  load,
  serve,
  tempDbFile,
  tryInsertCopy,
  withRawDb,
  type HttpResponse,
  type Row,
  type TestServer,
} from '#testkit';
import {
  MINUTE,
  START,
  breakWritesOutsideReviews,
  createProduct,
  createReview,
  expectAggregatesRight,
  expectProductShape,
  expectReviewShape,
  fourProcesses,
  getProduct,
  getReview,
  listReviews,
  review,
  start,
  statusCounts,
  type AppModule,
  type ProductJson,
  type ReviewJson,
} from './helpers.js';

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next (and mutation testing sees each check run that code).
beforeEach(() => {
  vi.resetModules();
});

const EMPTY = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
const JSON_HEADERS = { 'content-type': 'application/json' };

/** The conflict's details name the product and the (lower-cased) author. */
function expectConflictDetails(res: HttpResponse, productId: number, author: string): void {
  expectApiError(res, 409, 'conflict');
  const details = (res.json as { error: { details?: unknown } }).error.details;
  expect(details, `${res.request}: error.details should be { productId, author }`).toEqual({ productId, author });
}

/** A product with reviews by ann (4), bob (2) and cy (5), created a minute apart from START. */
async function productWithThreeReviews(started: { api: TestServer; clock: { advance: (ms: number) => void } }, name = 'Widget') {
  const product = await createProduct(started.api, name);
  const reviews: ReviewJson[] = [];
  for (const [author, rating] of [['ann', 4], ['bob', 2], ['cy_3', 5]] as const) {
    reviews.push(await createReview(started.api, product.id, review(author, rating)));
    started.clock.advance(MINUTE);
  }
  return { product, reviews: reviews as [ReviewJson, ReviewJson, ReviewJson] };
}

/** The columns of a row copy whose value is `value`, set to `to`; every other column kept. */
function replaceValue(row: Row, value: unknown, to: unknown): Row {
  return Object.fromEntries(Object.entries(row).map(([column, v]) => [column, v === value ? to : v]));
}

describe('Task 1: Create and read products', () => {
  it('createApp({ dbFile, now }) applies the migrations drizzle-kit generated in drizzle/', async () => {
    const { api, dbFile } = await start();
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('POST /products answers 201 with Location and a product without reviews; GET /products/:id reads it', async () => {
    const { api } = await start();
    const res = await api.post('/products', { json: { name: 'Widget' } });
    expectStatus(res, 201);
    const product = expectProductShape(res);
    expect(product, res.request).toEqual({ id: product.id, name: 'Widget', reviewCount: 0, averageRating: null, histogram: EMPTY });
    expect(Number.isInteger(product.id) && product.id > 0, `${res.request}: id is a positive integer`).toBe(true);
    const location = res.headers.get('location') ?? '';
    expect(location.endsWith(`/products/${product.id}`), `${res.request}: Location should be /products/${product.id}, got "${location}"`).toBe(true);
    expect(await getProduct(api, product.id), `GET /products/${product.id}`).toEqual(product);
    const other = await createProduct(api, "Gadget's \"deluxe\"; edition");
    expect(other.id, 'the second product gets its own id').not.toBe(product.id);
    expect(await getProduct(api, other.id), `GET /products/${other.id}`).toEqual(other);
  });

  it('a product name must be a non-blank string of at most 100 characters, and nothing else is accepted', async () => {
    const { api } = await start();
    for (const json of [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(101) }, { name: 42 }, { name: null }, { name: ['Widget'] }]) {
      expectInvalid(await api.post('/products', { json }), 'name');
    }
    expectInvalid(await api.post('/products', { json: { name: 'Widget', reviewCount: 5 } }), 'reviewCount');
    expectInvalid(await api.post('/products', { json: { name: 'Widget', id: 1 } }), 'id');
    expectApiError(await api.post('/products', { json: ['Widget'] }), 400, 'validation_failed');
    expectApiError(await api.post('/products', { body: '{"name": "Widget"', headers: JSON_HEADERS }), 400, 'invalid_json');
    expectApiError(await api.post('/products', { body: 'name=Widget', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/products', { body: JSON.stringify({ name: 'x'.repeat(20_000) }), headers: JSON_HEADERS }), 413, 'payload_too_large');
    expectApiError(await api.post('/products', { body: '{"name":"Widget"}', headers: { 'content-type': 'application/json; charset=latin1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/products', { body: '{"name":"Widget"}', headers: { ...JSON_HEADERS, 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    const longest = await createProduct(api, 'x'.repeat(100));
    expect(longest.id, 'the first product accepted after the refused ones').toBe(1);
    const res = await api.post('/products', { body: '{"name":"Widget"}', headers: { 'content-type': 'application/json; charset=utf-8' } });
    expectStatus(res, 201);
  });

  it('an unknown product, or an id not written in digits, answers 404 not_found', async () => {
    const { api } = await start();
    const product = await createProduct(api, 'Widget');
    for (const raw of ['999999', 'abc', `${product.id}e0`, `0x${product.id}`, `${product.id}.0`, '-1', '99999999999999999999']) {
      expectApiError(await api.get(`/products/${raw}`), 404, 'not_found');
    }
  });

  it('unknown routes answer 404, wrong methods 405 with an Allow header', async () => {
    const { api } = await start();
    expectApiError(await api.get('/nope'), 404, 'not_found');
    expectApiError(await api.get('/reviews/1/votes/ann/extra'), 404, 'not_found');
    const cases: Array<[string, string, string[]]> = [
      ['GET', '/products', ['POST']],
      ['DELETE', '/products/1', ['GET', 'HEAD']],
      ['POST', '/products/1', ['GET', 'HEAD']],
      ['PUT', '/products/1/reviews', ['GET', 'HEAD', 'POST']],
      ['PUT', '/reviews/1', ['GET', 'HEAD', 'PATCH', 'DELETE']],
      ['POST', '/reviews/1', ['GET', 'HEAD', 'PATCH', 'DELETE']],
      ['GET', '/reviews/1/votes', ['POST']],
      ['GET', '/reviews/1/votes/ann', ['DELETE']],
    ];
    for (const [method, path, allowed] of cases) {
      const res = await api.request(method, path, method === 'GET' ? {} : { json: { name: 'x' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, allowed);
    }
  });

  it('two apps on two database files do not share data (no module-level state)', async () => {
    const one = await start();
    const two = await start();
    const widget = await createProduct(one.api, 'Widget');
    expectApiError(await two.api.get(`/products/${widget.id}`), 404, 'not_found');
    const gadget = await createProduct(two.api, 'Gadget');
    expect(await getProduct(two.api, gadget.id), 'the second app reads its own product').toEqual(gadget);
    expect((await getProduct(one.api, widget.id)).name, 'the first app after writes to the second').toBe('Widget');
  });
});

describe('Task 2: Write reviews', () => {
  it('POST /products/:id/reviews answers 201 with Location and the review; GET /reviews/:id reads it', async () => {
    const { api } = await start();
    const product = await createProduct(api, 'Widget');
    const res = await api.post(`/products/${product.id}/reviews`, { json: { author: 'Ann_Lee', rating: 4, title: 'Solid', body: 'Does what it says.' } });
    expectStatus(res, 201);
    const created = expectReviewShape(res);
    expect(created, res.request).toEqual({
      id: created.id,
      productId: product.id,
      author: 'ann_lee',
      rating: 4,
      title: 'Solid',
      body: 'Does what it says.',
      helpfulCount: 0,
      createdAt: START,
      updatedAt: START,
    });
    const location = res.headers.get('location') ?? '';
    expect(location.endsWith(`/reviews/${created.id}`), `${res.request}: Location should be /reviews/${created.id}, got "${location}"`).toBe(true);
    expect(await getReview(api, created.id), `GET /reviews/${created.id}`).toEqual(created);
  });

  it('a review of an unknown product answers 404 and writes nothing', async () => {
    const { api, dbFile } = await start();
    const product = await createProduct(api, 'Widget');
    for (const raw of ['999', 'abc', `${product.id}e0`]) {
      expectApiError(await api.post(`/products/${raw}/reviews`, { json: review('ann', 4, 'Lost review') }), 404, 'not_found');
    }
    expectApiError(await api.get('/reviews/1'), 404, 'not_found');
    expect(withRawDb(dbFile, (db) => findRow(db, hasText('Lost review'))), 'a row holding the refused review').toBeUndefined();
    expect(await getProduct(api, product.id), 'the product after reviews of unknown products').toEqual(product);
  });

  it('a rating must be a whole number from 1 to 5: 0, 6, 3.5, "5", null and the like answer 400', async () => {
    const { api } = await start();
    const product = await createProduct(api, 'Widget');
    for (const rating of [0, 6, -1, 3.5, '5', null, true, [5], 10_000_000_000]) {
      expectInvalid(await api.post(`/products/${product.id}/reviews`, { json: { ...review('ann', 1), rating } }), 'rating');
    }
    const { rating: _, ...withoutRating } = review('ann', 1);
    expectInvalid(await api.post(`/products/${product.id}/reviews`, { json: withoutRating }), 'rating');
    expect(await getProduct(api, product.id), 'the product after the refused reviews').toEqual(product);
    expect((await createReview(api, product.id, review('ann', 1))).rating, 'rating 1').toBe(1);
    expect((await createReview(api, product.id, review('bob', 5))).rating, 'rating 5').toBe(5);
  });

  it('an author is 3 to 20 of a-z, 0-9 and _, lower-cased first', async () => {
    const { api } = await start();
    const product = await createProduct(api, 'Widget');
    for (const author of ['ab', 'a'.repeat(21), 'ann smith', 'ann-lee', 'ann.lee', 'ánn', '', ' ann', 42, null, ['ann']]) {
      expectInvalid(await api.post(`/products/${product.id}/reviews`, { json: { ...review('x', 3), author } }), 'author');
    }
    const { author: _, ...withoutAuthor } = review('ann', 3);
    expectInvalid(await api.post(`/products/${product.id}/reviews`, { json: withoutAuthor }), 'author');
    expect((await createReview(api, product.id, review('ABC_123', 3))).author, 'author ABC_123').toBe('abc_123');
    expect((await createReview(api, product.id, review('Z'.repeat(20), 3))).author, 'an author of 20 characters').toBe('z'.repeat(20));
    expect((await createReview(api, product.id, review('abc', 3))).author, 'an author of 3 characters').toBe('abc');
  });

  it('title (at most 100) and body (at most 2000) are required non-blank strings; other fields are refused', async () => {
    const { api } = await start();
    const product = await createProduct(api, 'Widget');
    const path = `/products/${product.id}/reviews`;
    const base = review('ann', 3);
    for (const [field, value] of [['title', ''], ['title', '  '], ['title', 'x'.repeat(101)], ['title', 7], ['title', null], ['body', ''], ['body', '\n'], ['body', 'x'.repeat(2001)], ['body', {}]] as const) {
      expectInvalid(await api.post(path, { json: { ...base, [field]: value } }), field);
    }
    const { title: _, ...withoutTitle } = base;
    expectInvalid(await api.post(path, { json: withoutTitle }), 'title');
    for (const extra of ['productId', 'helpfulCount', 'id', 'createdAt']) {
      expectInvalid(await api.post(path, { json: { ...base, [extra]: 1 } }), extra);
    }
    const both = await api.post(path, { json: { author: 'a', rating: 9 } });
    expectInvalid(both, 'author', 'rating', 'title', 'body');
    expectApiError(await api.post(path, { body: '{"author": "ann", ', headers: JSON_HEADERS }), 400, 'invalid_json');
    expectApiError(await api.post(path, { body: JSON.stringify(base), headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post(path, { body: JSON.stringify({ ...base, body: 'x'.repeat(17_000) }), headers: JSON_HEADERS }), 413, 'payload_too_large');
    expectApiError(await api.get('/reviews/1'), 404, 'not_found');
    const longest = await createReview(api, product.id, { author: 'ann', rating: 3, title: 't'.repeat(100), body: 'b'.repeat(2000) });
    expect([longest.title.length, longest.body.length], 'a title of 100 and a body of 2000 characters').toEqual([100, 2000]);
  });

  it('the database itself refuses a rating outside 1 to 5 (a CHECK constraint)', async () => {
    const { api, dbFile } = await start();
    const products = [await createProduct(api, 'Widget'), await createProduct(api, 'Gadget')];
    await createReview(api, products[1]!.id, { author: 'zed_checker', rating: 4, title: 'Checked', body: 'A review to copy.' });
    await api.close();
    // The copy gets another author (so that the unique rule stays out of the way) and a rating.
    const copyWith = (rating: number, author: string) => (row: Row) => replaceValue(replaceValue(row, 'zed_checker', author), 4, rating);
    expect(tryInsertCopy(dbFile, hasText('zed_checker'), copyWith(5, 'zed_valid')), 'INSERT of a copy of the review with rating 5 straight into the file').toBeNull();
    for (const [rating, author] of [[6, 'zed_six'], [0, 'zed_zero'], [-3, 'zed_minus']] as const) {
      expect(
        tryInsertCopy(dbFile, hasText('zed_checker'), copyWith(rating, author)) ?? 'accepted',
        `INSERT of a copy of the review with rating ${rating} straight into the file: SQLite should refuse it with a CHECK constraint in src/db/schema.ts`,
      ).toBe('SQLITE_CONSTRAINT_CHECK');
    }
  });

  it('the database itself refuses a review of a product that does not exist (a foreign key)', async () => {
    const { api, dbFile } = await start();
    await createProduct(api, 'Widget');
    const gadget = await createProduct(api, 'Gadget');
    await createReview(api, gadget.id, { author: 'zed_orphan', rating: 4, title: 'Orphan', body: 'A review to copy.' });
    await api.close();
    const code = tryInsertCopy(dbFile, hasText('zed_orphan'), (row) => replaceValue(replaceValue(row, 'zed_orphan', 'zed_other'), gadget.id, 987_654));
    expect(code ?? 'accepted', 'INSERT of a copy of the review for product 987654 straight into the file: a foreign key should refuse it').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  });

  it('GET /reviews/:id of an unknown review, or an id not in digits, answers 404', async () => {
    const { api } = await start();
    const product = await createProduct(api, 'Widget');
    const created = await createReview(api, product.id, review('ann', 4));
    for (const raw of ['999999', 'abc', `${created.id}e0`, `${created.id}.0`, `-${created.id}`]) {
      expectApiError(await api.get(`/reviews/${raw}`), 404, 'not_found');
    }
  });
});

describe('Task 3: One review per author per product', () => {
  it('a second review by the same author (in any case) answers 409 naming productId and author, and changes nothing', async () => {
    const started = await start();
    const { product, reviews } = await productWithThreeReviews(started);
    const before = await getProduct(started.api, product.id);
    expectConflictDetails(await started.api.post(`/products/${product.id}/reviews`, { json: review('ann', 1, 'Again') }), product.id, 'ann');
    expectConflictDetails(await started.api.post(`/products/${product.id}/reviews`, { json: review('ANN', 5, 'Again') }), product.id, 'ann');
    expectConflictDetails(await started.api.post(`/products/${product.id}/reviews`, { json: review('Cy_3', 1) }), product.id, 'cy_3');
    expect(await getProduct(started.api, product.id), 'the product after the refused duplicates: aggregates untouched').toEqual(before);
    for (const kept of reviews) expect(await getReview(started.api, kept.id), `GET /reviews/${kept.id} after the 409s`).toEqual(kept);
    expectApiError(await started.api.get(`/reviews/${reviews[2].id + 1}`), 404, 'not_found');
  });

  it('four processes at once: an author posting the same review to all four gets one 201 and three 409s', async () => {
    const started = await start();
    const product = await createProduct(started.api, 'Widget');
    const { apps, stderr } = await fourProcesses(started);
    const authors = Array.from({ length: 96 }, (_, i) => `racer_${i}`);
    // Each author's four copies go to the four processes at the same moment: a SELECT before the
    // INSERT lets two of them through to the unique index, which must then answer the 409.
    const answers = await Promise.all(
      authors.map((author, i) => Promise.all(apps.map((app, k) => app.post(`/products/${product.id}/reviews`, { json: review(k % 2 === 0 ? author : author.toUpperCase(), (i % 5) + 1) })))),
    );
    for (const [i, responses] of answers.entries()) {
      expect(statusCounts(responses), `POST /products/${product.id}/reviews by ${authors[i]} sent to four processes at once: one 201, three 409 conflict, nothing else\n${stderr().slice(-600)}`).toEqual({ 201: 1, 409: 3 });
      for (const res of responses.filter((r) => r.status === 409)) expectConflictDetails(res, product.id, authors[i]!);
    }
    const ids = new Set(answers.flatMap((responses) => responses.filter((r) => r.status === 201).map((r) => (r.json as ReviewJson).id)));
    expect(ids.size, 'distinct ids of the 201 answers: one review per author').toBe(authors.length);
  }, 30_000);

  it('the same author may review another product, and another author the same product', async () => {
    const started = await start();
    const { product } = await productWithThreeReviews(started);
    const gadget = await createProduct(started.api, 'Gadget');
    const other = await createReview(started.api, gadget.id, review('ann', 1));
    expect(other.productId, 'productId of the review of the second product').toBe(gadget.id);
    const dan = await createReview(started.api, product.id, review('dan', 3));
    expect(dan.productId, 'productId of the review by another author').toBe(product.id);
    expect((await getReview(started.api, other.id)).author, `GET /reviews/${other.id}`).toBe('ann');
  });

  it('the database itself refuses a second (product, author) pair: a composite unique index', async () => {
    const { api, dbFile } = await start();
    const widget = await createProduct(api, 'Widget');
    const gadget = await createProduct(api, 'Gadget');
    await createReview(api, widget.id, { author: 'zed_unique', rating: 4, title: 'Unique', body: 'A review to copy.' });
    await api.close();
    expect(
      tryInsertCopy(dbFile, hasText('zed_unique')) ?? 'accepted',
      'INSERT of a copy of the review (same product, same author) straight into the file: a unique index on (product, author) should refuse it',
    ).toMatch(/^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/);
    expect(tryInsertCopy(dbFile, hasText('zed_unique'), (row) => replaceValue(row, 'zed_unique', 'zed_someone_else')), 'a copy by another author, same product: allowed').toBeNull();
    expect(tryInsertCopy(dbFile, hasText('zed_unique'), (row) => replaceValue(row, widget.id, gadget.id)), 'a copy by the same author for another product: allowed').toBeNull();
  });
});

describe('Task 4: List and sort reviews', () => {
  it('reviews are listed newest first by default (createdAt, then the higher id), with total, limit and offset', async () => {
    const started = await start();
    const product = await createProduct(started.api, 'Widget');
    const a = await createReview(started.api, product.id, review('ann', 3));
    started.clock.advance(10 * MINUTE);
    const b = await createReview(started.api, product.id, review('bob', 3));
    // The clock goes back: c is newer by id but older by createdAt.
    started.clock.advance(-5 * MINUTE);
    const c = await createReview(started.api, product.id, review('cy_3', 3));
    const d = await createReview(started.api, product.id, review('dan', 3));
    expect(await listReviews(started.api, product.id), `GET /products/${product.id}/reviews`).toEqual({ items: [b, d, c, a], total: 4, limit: 20, offset: 0 });
    expect((await listReviews(started.api, product.id, '?sort=newest')).items, 'sort=newest').toEqual([b, d, c, a]);
  });

  it('sort=rating is lowest first, sort=-rating highest first, ties by the lower id', async () => {
    const started = await start();
    const product = await createProduct(started.api, 'Widget');
    const made: ReviewJson[] = [];
    for (const [author, rating] of [['ann', 3], ['bob', 5], ['cy_3', 1], ['dan', 5], ['eve', 3], ['fay', 2]] as const) {
      made.push(await createReview(started.api, product.id, review(author, rating)));
    }
    const [ann, bob, cy, dan, eve, fay] = made as [ReviewJson, ReviewJson, ReviewJson, ReviewJson, ReviewJson, ReviewJson];
    expect((await listReviews(started.api, product.id, '?sort=rating')).items, 'sort=rating').toEqual([cy, fay, ann, eve, bob, dan]);
    expect((await listReviews(started.api, product.id, '?sort=-rating')).items, 'sort=-rating').toEqual([bob, dan, ann, eve, fay, cy]);
    expect((await listReviews(started.api, product.id, '?sort=-rating&limit=2&offset=1')).items, 'sort=-rating&limit=2&offset=1').toEqual([dan, ann]);
  });

  it('sort=helpful with no votes yet: every helpfulCount is 0, ties by the lower id', async () => {
    const started = await start();
    const product = await createProduct(started.api, 'Widget');
    const made: ReviewJson[] = [];
    for (const [author, rating] of [['ann', 3], ['bob', 5], ['cy_3', 1]] as const) {
      made.push(await createReview(started.api, product.id, review(author, rating)));
      started.clock.advance(MINUTE);
    }
    expect((await listReviews(started.api, product.id, '?sort=helpful')).items, 'sort=helpful with no votes').toEqual(made);
    expect((await listReviews(started.api, product.id, '?sort=helpful&offset=1&limit=1')).items, 'sort=helpful&offset=1&limit=1').toEqual([made[1]]);
  });

  it('limit and offset page through the list; total counts every review of the product', async () => {
    const started = await start();
    const product = await createProduct(started.api, 'Widget');
    const other = await createProduct(started.api, 'Gadget');
    await createReview(started.api, other.id, review('ann', 1));
    const made: ReviewJson[] = [];
    for (let i = 1; i <= 22; i++) {
      made.push(await createReview(started.api, product.id, review(`user_${i}`, (i % 5) + 1)));
      started.clock.advance(MINUTE);
    }
    const newest = [...made].reverse();
    const first = await listReviews(started.api, product.id);
    expect(first.items.map((r) => r.author), 'the first page: 20 by default').toEqual(newest.slice(0, 20).map((r) => r.author));
    expect(first.total, 'total: only the reviews of this product').toBe(22);
    expect(await listReviews(started.api, product.id, '?offset=20'), 'offset=20').toEqual({ items: newest.slice(20), total: 22, limit: 20, offset: 20 });
    expect(await listReviews(started.api, product.id, '?limit=3&offset=4'), 'limit=3&offset=4').toEqual({ items: newest.slice(4, 7), total: 22, limit: 3, offset: 4 });
    expect((await listReviews(started.api, product.id, '?limit=1')).items, 'limit=1').toEqual([newest[0]]);
    expect((await listReviews(started.api, product.id, '?limit=100')).items.length, 'limit=100').toBe(22);
    expect(await listReviews(started.api, product.id, '?offset=22&sort=rating'), 'offset=22 (past the end)').toEqual({ items: [], total: 22, limit: 20, offset: 22 });
  });

  it('sort, limit and offset outside their values answer 400 naming the parameter', async () => {
    const { api } = await start();
    const product = await createProduct(api, 'Widget');
    const path = `/products/${product.id}/reviews`;
    for (const sort of ['oldest', 'RATING', '+rating', 'rating desc', 'id', '', 'helpful,rating']) {
      expectInvalid(await api.get(`${path}?sort=${encodeURIComponent(sort)}`), 'sort');
    }
    expectInvalid(await api.get(`${path}?sort=rating&sort=helpful`), 'sort');
    expectInvalid(await api.get(`${path}?sort=rating&sort=rating`), 'sort');
    expectInvalid(await api.get(`${path}?limit=5&limit=5`), 'limit');
    expectInvalid(await api.get(`${path}?offset=0&offset=1`), 'offset');
    for (const limit of ['0', '101', '-1', 'abc', '1.5', '1e1']) expectInvalid(await api.get(`${path}?limit=${limit}`), 'limit');
    for (const offset of ['-1', 'abc', '1.5']) expectInvalid(await api.get(`${path}?offset=${offset}`), 'offset');
  });

  it('the reviews of an unknown product answer 404', async () => {
    const { api } = await start();
    await createProduct(api, 'Widget');
    for (const raw of ['999', 'abc', '1e0']) expectApiError(await api.get(`/products/${raw}/reviews`), 404, 'not_found');
  });
});

describe('Task 5: Keep aggregates right through updates and deletes', () => {
  it('reviewCount, averageRating and histogram stay exact through a script of creates, rating changes and deletes', async () => {
    const started = await start();
    const { api } = started;
    const product = await createProduct(api, 'Widget');
    const other = await createProduct(api, 'Gadget');
    const ids: Record<string, number> = {};
    const write = async (author: string, rating: number) => {
      ids[author] = (await createReview(api, product.id, review(author, rating))).id;
    };
    await write('ann', 5);
    await write('bob', 4);
    await write('cy_3', 4);
    expect(await expectAggregatesRight(api, product, 'after 5, 4, 4'), 'product after 5, 4, 4').toEqual({
      ...product,
      reviewCount: 3,
      averageRating: 4.33,
      histogram: { ...EMPTY, '4': 2, '5': 1 },
    });
    await createReview(api, other.id, review('ann', 1));
    await write('dan', 1);
    await write('eve', 2);
    await expectAggregatesRight(api, product, 'after 5, 4, 4, 1, 2');
    const steps: Array<[string, string, unknown]> = [
      ['PATCH', 'bob', { rating: 1 }],
      ['PATCH', 'dan', { rating: 5, title: 'Grew on me' }],
      ['PATCH', 'ann', { rating: 5 }],
      ['PATCH', 'eve', { title: 'Only the title' }],
      ['DELETE', 'cy_3', undefined],
      ['PATCH', 'bob', { rating: 3 }],
      ['DELETE', 'ann', undefined],
    ];
    for (const [method, author, json] of steps) {
      const res = await api.request(method, `/reviews/${ids[author]}`, json === undefined ? {} : { json });
      expectStatus(res, method === 'DELETE' ? 204 : 200);
      await expectAggregatesRight(api, product, `after ${res.request}`);
    }
    expect(await getProduct(api, product.id), 'product after the script (bob 3, dan 5, eve 2)').toEqual({
      ...product,
      reviewCount: 3,
      averageRating: 3.33,
      histogram: { ...EMPTY, '2': 1, '3': 1, '5': 1 },
    });
    for (const author of ['bob', 'dan', 'eve']) expectStatus(await api.delete(`/reviews/${ids[author]}`), 204);
    expect(await getProduct(api, product.id), 'product after deleting every review').toEqual({ ...product, reviewCount: 0, averageRating: null, histogram: EMPTY });
    expect(await getProduct(api, other.id), 'the other product, untouched').toEqual({ ...other, reviewCount: 1, averageRating: 1, histogram: { ...EMPTY, '1': 1 } });
  });

  it('four processes writing reviews, rating changes and deletes at once keep the aggregates exact', async () => {
    const started = await start();
    const product = await createProduct(started.api, 'Widget');
    const other = await createProduct(started.api, 'Gadget');
    const { apps, stderr } = await fourProcesses(started);
    const app = (i: number) => apps[i % apps.length]!;
    // 72 new reviews, spread over the four processes and sent at once.
    const created = await Promise.all(
      Array.from({ length: 72 }, (_, i) => app(i).post(`/products/${i % 6 === 5 ? other.id : product.id}/reviews`, { json: review(`writer_${i}`, (i % 5) + 1) })),
    );
    for (const res of created) expect(res.status, `${res.request} sent with 71 others to four processes: 201 (never a 500)\n${stderr().slice(-600)}`).toBe(201);
    const ids = created.map((res) => (res.json as ReviewJson).id);
    await expectAggregatesRight(app(0), product, 'after 60 reviews were written by four processes at once');
    await expectAggregatesRight(app(1), other, 'after 12 reviews were written by four processes at once');
    // Then every rating changes, and one review in four is deleted, all at once again.
    const changed = await Promise.all(
      ids.map((id, i) => (i % 4 === 3 ? app(i + 1).delete(`/reviews/${id}`) : app(i + 1).patch(`/reviews/${id}`, { json: { rating: 5 - (i % 5) } }))),
    );
    for (const [i, res] of changed.entries()) expect(res.status, `${res.request} sent with 71 others to four processes\n${stderr().slice(-600)}`).toBe(i % 4 === 3 ? 204 : 200);
    const expected = (productId: number) => {
      const ratings = ids.flatMap((_, i) => (i % 4 === 3 || (i % 6 === 5) !== (productId === other.id) ? [] : [5 - (i % 5)]));
      const histogram = { ...EMPTY };
      for (const rating of ratings) histogram[String(rating) as keyof typeof EMPTY] += 1;
      const sum = ratings.reduce((a, b) => a + b, 0);
      return { reviewCount: ratings.length, averageRating: Math.round((sum / ratings.length) * 100) / 100, histogram };
    };
    for (const target of [product, other]) {
      const actual = await expectAggregatesRight(app(2), target, 'after 72 rating changes and deletes by four processes at once');
      expect(actual, `GET /products/${target.id} after the concurrent writes: every write counted exactly once`).toEqual({ ...target, ...expected(target.id) });
    }
  }, 30_000);

  it('once a review is deleted its author may review the product again, and the aggregates count the new review', async () => {
    const started = await start();
    const { product, reviews } = await productWithThreeReviews(started);
    expectStatus(await started.api.delete(`/reviews/${reviews[0].id}`), 204);
    const again = await createReview(started.api, product.id, review('Ann', 1, 'Changed my mind'));
    expect(again.author, 'author of the new review').toBe('ann');
    await expectAggregatesRight(started.api, product, 'after deleting and writing again');
  });

  it('averageRating is rounded to 2 decimals', async () => {
    const { api } = await start();
    const product = await createProduct(api, 'Widget');
    const expected: Array<[string, number, number]> = [['ann', 5, 5], ['bob', 5, 5], ['cy_3', 4, 4.67], ['dan', 2, 4], ['eve', 1, 3.4], ['fay', 2, 3.17], ['gus', 1, 2.86]];
    for (const [author, rating, average] of expected) {
      await createReview(api, product.id, review(author, rating));
      expect((await getProduct(api, product.id)).averageRating, `averageRating after ${author} rated ${rating}`).toBe(average);
    }
  });

  it('PATCH /reviews/:id changes only the fields sent and moves updatedAt', async () => {
    const started = await start();
    const { reviews } = await productWithThreeReviews(started);
    const [ann, bob] = reviews;
    started.clock.advance(10 * MINUTE);
    const res = await started.api.patch(`/reviews/${ann.id}`, { json: { title: 'Even better', rating: 5 } });
    expectStatus(res, 200);
    const expected = { ...ann, title: 'Even better', rating: 5, updatedAt: '2026-01-15T12:13:00.000Z' };
    expect(expectReviewShape(res), res.request).toEqual(expected);
    expect(await getReview(started.api, ann.id), `GET /reviews/${ann.id} after the PATCH`).toEqual(expected);
    const bodyOnly = await started.api.patch(`/reviews/${bob.id}`, { json: { body: 'Updated body.' } });
    expect(expectReviewShape(bodyOnly), bodyOnly.request).toEqual({ ...bob, body: 'Updated body.', updatedAt: '2026-01-15T12:13:00.000Z' });
  });

  it('a refused write (bad body, unknown review, duplicate) leaves the review and the aggregates untouched', async () => {
    const started = await start();
    const { product, reviews } = await productWithThreeReviews(started);
    const before = await getProduct(started.api, product.id);
    const path = `/reviews/${reviews[0].id}`;
    expectInvalid(await started.api.patch(path, { json: {} }), 'body');
    for (const rating of [0, 6, 3.5, '5', null]) expectInvalid(await started.api.patch(path, { json: { rating } }), 'rating');
    expectInvalid(await started.api.patch(path, { json: { rating: 1, title: '' } }), 'title');
    expectInvalid(await started.api.patch(path, { json: { rating: 1, body: 'x'.repeat(2001) } }), 'body');
    expectInvalid(await started.api.patch(path, { json: { rating: 1, author: 'bob' } }), 'author');
    expectInvalid(await started.api.patch(path, { json: { rating: 1, productId: 2 } }), 'productId');
    expectApiError(await started.api.patch(path, { body: '{"rating": 1', headers: JSON_HEADERS }), 400, 'invalid_json');
    expectApiError(await started.api.patch(path, { body: '{"rating": 1}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    for (const raw of ['999999', 'abc', `${reviews[0].id}e0`]) {
      expectApiError(await started.api.patch(`/reviews/${raw}`, { json: { rating: 1 } }), 404, 'not_found');
      expectApiError(await started.api.delete(`/reviews/${raw}`), 404, 'not_found');
    }
    expectApiError(await started.api.post(`/products/${product.id}/reviews`, { json: review('bob', 1) }), 409, 'conflict');
    expectInvalid(await started.api.post(`/products/${product.id}/reviews`, { json: review('zoe', 6) }), 'rating');
    expect(await getReview(started.api, reviews[0].id), `GET ${path} after the refused writes`).toEqual(reviews[0]);
    expect(await getProduct(started.api, product.id), 'the product after the refused writes').toEqual(before);
  });

  it('DELETE /reviews/:id answers 204 with no body, then 404; the review is gone from the list', async () => {
    const started = await start();
    const { product, reviews } = await productWithThreeReviews(started);
    const res = await started.api.delete(`/reviews/${reviews[1].id}`);
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expectApiError(await started.api.get(`/reviews/${reviews[1].id}`), 404, 'not_found');
    expectApiError(await started.api.delete(`/reviews/${reviews[1].id}`), 404, 'not_found');
    expectApiError(await started.api.patch(`/reviews/${reviews[1].id}`, { json: { rating: 3 } }), 404, 'not_found');
    expect(await listReviews(started.api, product.id), 'the list after the DELETE').toEqual({ items: [reviews[2], reviews[0]], total: 2, limit: 20, offset: 0 });
    expect(await getProduct(started.api, product.id), 'the product after the DELETE').toEqual({ ...product, reviewCount: 2, averageRating: 4.5, histogram: { ...EMPTY, '4': 1, '5': 1 } });
  });

  it('a review write and its aggregates stand or fall together (one transaction)', async () => {
    const started = await start();
    const { product, reviews } = await productWithThreeReviews(started);
    // From now on every write to any table but the reviews' fails, as a crash would between the
    // review write and the aggregates write.
    breakWritesOutsideReviews(started.dbFile, reviews[0].title);
    const attempts = [
      () => started.api.post(`/products/${product.id}/reviews`, { json: review('dan', 1, 'Half written') }),
      () => started.api.patch(`/reviews/${reviews[0].id}`, { json: { rating: 1 } }),
      () => started.api.delete(`/reviews/${reviews[2].id}`),
    ];
    for (const attempt of attempts) {
      const res = await attempt();
      expect(res.status < 300 || res.status >= 500, `${res.request} answered ${res.status}: a write the database refused is a 500 (or it succeeded)`).toBe(true);
      await expectAggregatesRight(started.api, product, `after ${res.request} while the aggregates could not be written`);
    }
  });
});

describe('Task 6: Helpful votes', () => {
  it('POST /reviews/:id/votes answers 201 and the review with its helpfulCount; voting again answers 200 and counts once', async () => {
    const started = await start();
    const { reviews } = await productWithThreeReviews(started);
    const target = reviews[0];
    const first = await started.api.post(`/reviews/${target.id}/votes`, { json: { voter: 'vic' } });
    expectStatus(first, 201);
    expect(expectReviewShape(first), first.request).toEqual({ ...target, helpfulCount: 1 });
    for (const voter of ['vic', 'VIC']) {
      const again = await started.api.post(`/reviews/${target.id}/votes`, { json: { voter } });
      expectStatus(again, 200);
      expect(expectReviewShape(again).helpfulCount, again.request).toBe(1);
    }
    const second = await started.api.post(`/reviews/${target.id}/votes`, { json: { voter: 'Bob' } });
    expectStatus(second, 201);
    expect(expectReviewShape(second).helpfulCount, second.request).toBe(2);
    expect(await getReview(started.api, target.id), `GET /reviews/${target.id}`).toEqual({ ...target, helpfulCount: 2 });
    expect(await getReview(started.api, reviews[1].id), 'another review of the product').toEqual(reviews[1]);
  });

  it('four processes at once: votes of many voters all count, and a voter sending the same vote four times counts once', async () => {
    const started = await start();
    const { reviews } = await productWithThreeReviews(started);
    const { apps, stderr } = await fourProcesses(started);
    const voters = Array.from({ length: 120 }, (_, i) => `voter_${i}`);
    const many = await Promise.all(voters.map((voter, i) => apps[i % 4]!.post(`/reviews/${reviews[0].id}/votes`, { json: { voter } })));
    for (const res of many) expect(res.status, `${res.request} sent with 119 other voters to four processes: 201\n${stderr().slice(-600)}`).toBe(201);
    expect((await getReview(apps[1]!, reviews[0].id)).helpfulCount, `helpfulCount of review ${reviews[0].id} after 120 voters voted at once`).toBe(120);
    const twins = Array.from({ length: 12 }, (_, i) => `twin_${i}`);
    const answers = await Promise.all(twins.map((voter) => Promise.all(apps.map((app, k) => app.post(`/reviews/${reviews[1].id}/votes`, { json: { voter: k % 2 === 0 ? voter : voter.toUpperCase() } })))));
    for (const [i, responses] of answers.entries()) {
      expect(statusCounts(responses), `POST /reviews/${reviews[1].id}/votes by ${twins[i]} sent to four processes at once: one 201 and three 200\n${stderr().slice(-600)}`).toEqual({ 200: 3, 201: 1 });
    }
    expect((await getReview(apps[2]!, reviews[1].id)).helpfulCount, `helpfulCount of review ${reviews[1].id}: 12 voters, each counted once`).toBe(12);
  }, 30_000);

  it('an author cannot vote for their own review: 403 own_review', async () => {
    const started = await start();
    const { reviews } = await productWithThreeReviews(started);
    for (const voter of ['ann', 'ANN']) expectApiError(await started.api.post(`/reviews/${reviews[0].id}/votes`, { json: { voter } }), 403, 'own_review');
    expect((await getReview(started.api, reviews[0].id)).helpfulCount, 'helpfulCount after the refused votes').toBe(0);
    expectStatus(await started.api.post(`/reviews/${reviews[1].id}/votes`, { json: { voter: 'ann' } }), 201);
  });

  it('a vote needs a valid voter and an existing review', async () => {
    const started = await start();
    const { reviews } = await productWithThreeReviews(started);
    const path = `/reviews/${reviews[0].id}/votes`;
    for (const json of [{}, { voter: 'ab' }, { voter: 'vic tor' }, { voter: 'a'.repeat(21) }, { voter: 42 }, { voter: null }, { voter: ['vic'] }]) {
      expectInvalid(await started.api.post(path, { json }), 'voter');
    }
    expectInvalid(await started.api.post(path, { json: { voter: 'vic', helpful: true } }), 'helpful');
    expectApiError(await started.api.post(path, { body: '{"voter":', headers: JSON_HEADERS }), 400, 'invalid_json');
    expectApiError(await started.api.post(path, { body: 'voter=vic', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    for (const raw of ['999999', 'abc', `${reviews[0].id}e0`]) {
      expectApiError(await started.api.post(`/reviews/${raw}/votes`, { json: { voter: 'vic' } }), 404, 'not_found');
    }
    expect((await getReview(started.api, reviews[0].id)).helpfulCount, 'helpfulCount after the refused votes').toBe(0);
  });

  it('DELETE /reviews/:id/votes/:voter removes one vote: 204, then 404', async () => {
    const started = await start();
    const { reviews } = await productWithThreeReviews(started);
    const id = reviews[0].id;
    for (const voter of ['vic', 'wes']) expectStatus(await started.api.post(`/reviews/${id}/votes`, { json: { voter } }), 201);
    expectStatus(await started.api.post(`/reviews/${reviews[1].id}/votes`, { json: { voter: 'vic' } }), 201);
    const res = await started.api.delete(`/reviews/${id}/votes/VIC`);
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expect((await getReview(started.api, id)).helpfulCount, `helpfulCount of review ${id} after the DELETE`).toBe(1);
    expect((await getReview(started.api, reviews[1].id)).helpfulCount, "vic's vote on another review stays").toBe(1);
    expectApiError(await started.api.delete(`/reviews/${id}/votes/vic`), 404, 'not_found');
    expectApiError(await started.api.delete(`/reviews/${id}/votes/nobody`), 404, 'not_found');
    expectApiError(await started.api.delete(`/reviews/999999/votes/wes`), 404, 'not_found');
    expectApiError(await started.api.delete(`/reviews/${id}/votes/${encodeURIComponent('w e s')}`), 404, 'not_found');
    expect((await getReview(started.api, id)).helpfulCount, 'helpfulCount after the refused DELETEs').toBe(1);
    expectStatus(await started.api.post(`/reviews/${id}/votes`, { json: { voter: 'vic' } }), 201);
  });

  it('GET /products/:id/reviews?sort=helpful orders by votes, most first, ties by the lower id', async () => {
    const started = await start();
    const product = await createProduct(started.api, 'Widget');
    const made: ReviewJson[] = [];
    for (const author of ['ann', 'bob', 'cy_3', 'dan', 'eve']) made.push(await createReview(started.api, product.id, review(author, 4)));
    // cy_3 gets 3 votes, bob and dan 2 each, ann and eve none.
    const votes: Array<[number, string]> = [[3, 'vic'], [3, 'wes'], [2, 'vic'], [2, 'wes'], [2, 'xan'], [1, 'wes'], [1, 'xan']];
    for (const [index, voter] of votes) expectStatus(await started.api.post(`/reviews/${made[index]!.id}/votes`, { json: { voter } }), 201);
    const items = (await listReviews(started.api, product.id, '?sort=helpful')).items;
    expect(items.map((r) => [r.author, r.helpfulCount]), 'sort=helpful: [author, helpfulCount]').toEqual([['cy_3', 3], ['bob', 2], ['dan', 2], ['ann', 0], ['eve', 0]]);
    expect((await listReviews(started.api, product.id, '?sort=helpful&offset=2&limit=2')).items.map((r) => r.author), 'sort=helpful&offset=2&limit=2').toEqual(['dan', 'ann']);
  });

  it('votes do not change the product aggregates', async () => {
    const started = await start();
    const { product, reviews } = await productWithThreeReviews(started);
    const before = await getProduct(started.api, product.id);
    for (const voter of ['vic', 'wes', 'xan']) expectStatus(await started.api.post(`/reviews/${reviews[1].id}/votes`, { json: { voter } }), 201);
    expectStatus(await started.api.delete(`/reviews/${reviews[1].id}/votes/wes`), 204);
    expect(await getProduct(started.api, product.id), 'the product after votes').toEqual(before);
  });

  it('the database itself refuses a second vote of the same voter for the same review (a composite key)', async () => {
    const { api, dbFile } = await start();
    const product = await createProduct(api, 'Widget');
    const one = await createReview(api, product.id, review('ann', 4));
    const two = await createReview(api, product.id, review('bob', 4));
    expectStatus(await api.post(`/reviews/${one.id}/votes`, { json: { voter: 'zed_voter' } }), 201);
    expectStatus(await api.post(`/reviews/${two.id}/votes`, { json: { voter: 'zed_voter' } }), 201);
    await api.close();
    const original = withRawDb(dbFile, (db) => findRow(db, hasText('zed_voter')));
    expect(original, 'a row holding the vote of zed_voter').toBeDefined();
    const keyColumns = withRawDb(dbFile, (db) => (db.prepare(`PRAGMA table_info("${original!.table.replace(/"/g, '""')}")`).all() as Array<{ pk: number }>).filter((c) => c.pk > 0).length);
    // A copy of the vote row as it is: when (review, voter) is the primary key, tryInsertCopy's
    // moved key is put back, so that only the pair decides.
    const code = tryInsertCopy(dbFile, hasText('zed_voter'), (copy) => (keyColumns > 1 ? { ...original!.row } : copy));
    expect(code ?? 'accepted', 'INSERT of a copy of a vote row straight into the file: the (review, voter) key should refuse it').toMatch(/^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/);
  });

  it('deleting a review deletes its votes from the database (ON DELETE CASCADE)', async () => {
    const started = await start();
    const { product, reviews } = await productWithThreeReviews(started);
    expectStatus(await started.api.post(`/reviews/${reviews[0].id}/votes`, { json: { voter: 'zed_cascade' } }), 201);
    expectStatus(await started.api.post(`/reviews/${reviews[1].id}/votes`, { json: { voter: 'zed_stays' } }), 201);
    expectStatus(await started.api.delete(`/reviews/${reviews[0].id}`), 204);
    await started.api.close();
    withRawDb(started.dbFile, (db) => {
      expect(findRow(db, hasText('zed_cascade')), 'a row holding the vote for the deleted review').toBeUndefined();
      expect(findRow(db, hasText('zed_stays')), 'the vote for another review').toBeDefined();
    });
    const again = await start({ dbFile: started.dbFile, clock: started.clock });
    expect((await getReview(again.api, reviews[1].id)).helpfulCount, 'helpfulCount of the other review').toBe(1);
    await expectAggregatesRight(again.api, product, 'after the review with votes was deleted');
  });
});

const INJECTIONS = ["' OR 1=1 --", "Robert'); DROP TABLE reviews;--", '"', ';', "x' UNION SELECT 1,2,3 --", '%_\\\'"`;'];

describe('Task 7: Survive restarts and SQL injection', () => {
  it('after a restart products, reviews, votes and aggregates are all there, and no migration ran twice', async () => {
    const first = await start();
    const { product, reviews } = await productWithThreeReviews(first);
    expectStatus(await first.api.post(`/reviews/${reviews[2].id}/votes`, { json: { voter: 'vic' } }), 201);
    const patched = expectReviewShape(await first.api.patch(`/reviews/${reviews[0].id}`, { json: { rating: 1 } }));
    expectStatus(await first.api.delete(`/reviews/${reviews[1].id}`), 204);
    const page = await listReviews(first.api, product.id);
    const aggregates = await getProduct(first.api, product.id);
    await first.api.close();

    const second = await start({ dbFile: first.dbFile, clock: first.clock });
    expect(await listReviews(second.api, product.id), 'the reviews after the restart').toEqual(page);
    expect(page.items, 'the reviews before the restart').toEqual([{ ...reviews[2], helpfulCount: 1 }, patched]);
    expect(await getProduct(second.api, product.id), 'the product after the restart').toEqual(aggregates);
    expectStatus(await second.api.post(`/reviews/${reviews[2].id}/votes`, { json: { voter: 'vic' } }), 200);
    expectApiError(await second.api.post(`/products/${product.id}/reviews`, { json: review('ann', 2) }), 409, 'conflict');
    const fresh = await createReview(second.api, product.id, review('bob', 3));
    expect(reviews.map((r) => r.id), 'ids in use before the restart').not.toContain(fresh.id);
    await second.api.close();
    expectMigrationsApplied(first.dbFile);
  });

  it('two apps open on the same file see each other and still refuse duplicates', async () => {
    const one = await start();
    const two = await start({ dbFile: one.dbFile, clock: one.clock });
    const product = await createProduct(one.api, 'Widget');
    await createReview(two.api, product.id, review('ann', 5));
    expectApiError(await one.api.post(`/products/${product.id}/reviews`, { json: review('Ann', 1) }), 409, 'conflict');
    await createReview(one.api, product.id, review('bob', 2));
    expect((await getProduct(two.api, product.id)).averageRating, 'averageRating seen by the second app').toBe(3.5);
  });

  it('titles, bodies and product names full of SQL are stored and returned exactly as sent', async () => {
    const started = await start();
    const products: ProductJson[] = [];
    for (const name of INJECTIONS) products.push(await createProduct(started.api, name));
    const target = products[0]!;
    const made: ReviewJson[] = [];
    for (const [i, text] of INJECTIONS.entries()) {
      const created = await createReview(started.api, target.id, { author: `user_${i}`, rating: (i % 5) + 1, title: text, body: `${text} ${text}` });
      expect([created.title, created.body], `the review written with title ${JSON.stringify(text)}`).toEqual([text, `${text} ${text}`]);
      made.push(created);
      started.clock.advance(MINUTE);
    }
    await started.api.close();
    const again = await start({ dbFile: started.dbFile, clock: started.clock });
    expect((await listReviews(again.api, target.id, '?sort=rating')).items.map((r) => r.title), 'titles after a restart').toEqual(
      [...made].sort((a, b) => a.rating - b.rating || a.id - b.id).map((r) => r.title),
    );
    for (const product of products) expect((await getProduct(again.api, product.id)).name, `GET /products/${product.id}`).toBe(product.name);
    await expectAggregatesRight(again.api, target, 'after the hostile reviews and a restart');
  });

  it('SQL in author, voter and sort answers 400; in a path it answers 404; nothing changes', async () => {
    const started = await start();
    const { product, reviews } = await productWithThreeReviews(started);
    expectStatus(await started.api.post(`/reviews/${reviews[0].id}/votes`, { json: { voter: 'vic' } }), 201);
    const page = await listReviews(started.api, product.id);
    const before = await getProduct(started.api, product.id);
    for (const text of INJECTIONS) {
      expectInvalid(await started.api.post(`/products/${product.id}/reviews`, { json: { ...review('x', 3), author: text } }), 'author');
      expectInvalid(await started.api.post(`/reviews/${reviews[1].id}/votes`, { json: { voter: text } }), 'voter');
      expectInvalid(await started.api.get(`/products/${product.id}/reviews?sort=${encodeURIComponent(text)}`), 'sort');
      const hostilePaths: Array<[string, string]> = [
        ['GET', `/products/${encodeURIComponent(`${product.id}${text}`)}`],
        ['GET', `/products/${encodeURIComponent(`${product.id}${text}`)}/reviews`],
        ['DELETE', `/reviews/${encodeURIComponent(`${reviews[0].id}${text}`)}`],
        ['DELETE', `/reviews/${reviews[0].id}/votes/${encodeURIComponent(`vic${text}`)}`],
      ];
      for (const [method, path] of hostilePaths) {
        const res = await started.api.request(method, path);
        expectNo5xx(res);
        expectApiError(res, 404, 'not_found');
      }
    }
    for (const sort of ['rating; DROP TABLE reviews', 'rating DESC', '(SELECT 1)', 'id--']) {
      expectInvalid(await started.api.get(`/products/${product.id}/reviews?sort=${encodeURIComponent(sort)}`), 'sort');
    }
    expect(await listReviews(started.api, product.id), 'the reviews after the hostile requests').toEqual(page);
    expect(await getProduct(started.api, product.id), 'the product after the hostile requests').toEqual(before);
  });

  it('hostile input on every route (broken encodings, corrupt bodies, repeated parameters) answers a 4xx JSON error, never a 5xx', async () => {
    const started = await start();
    const { product, reviews } = await productWithThreeReviews(started);
    expectStatus(await started.api.post(`/reviews/${reviews[1].id}/votes`, { json: { voter: 'vic' } }), 201);
    await expectHostileInputRefused(
      started.api,
      [
        { method: 'POST', path: '/products', body: { name: 'Widget' } },
        { method: 'GET', path: '/products/:productId' },
        { method: 'POST', path: '/products/:productId/reviews', body: review('zed', 4) as unknown as Record<string, unknown> },
        { method: 'GET', path: '/products/:productId/reviews', query: ['sort', 'limit', 'offset'] },
        { method: 'GET', path: '/reviews/:reviewId' },
        { method: 'PATCH', path: '/reviews/:reviewId', body: { rating: 3, title: 'Changed', body: 'Changed body.' } },
        { method: 'POST', path: '/reviews/:reviewId/votes', body: { voter: 'wes' } },
        { method: 'DELETE', path: '/reviews/:votedId/votes/:voter' },
        { method: 'DELETE', path: '/reviews/:reviewId' },
      ],
      { params: { productId: String(product.id), reviewId: String(reviews[0].id), votedId: String(reviews[1].id), voter: 'vic' } },
    );
  });

  it('app.locals.close() closes the database: later requests fail with the JSON 500 error', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: tempDbFile() }) as ReturnType<AppModule['createApp']> & { locals: { close?: () => unknown } };
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    // Served through a wrapper, so that the test closes the database itself, exactly once.
    const api = await serve((req, res) => app(req, res));
    const product = await createProduct(api, 'Widget');
    const created = await createReview(api, product.id, review('ann', 4));
    expect(created.createdAt, 'createdAt without a now option (the real clock)').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await app.locals.close?.();
    expectApiError(await api.get(`/products/${product.id}`), 500, 'internal');
    expectApiError(await api.post(`/products/${product.id}/reviews`, { json: review('bob', 4) }), 500, 'internal');
  });
});
