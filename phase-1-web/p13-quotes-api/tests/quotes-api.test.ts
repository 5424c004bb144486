// Hidden suite for p13 Quotes API. It drives the app over real HTTP on a loopback port and uses
// only what SPEC.md's Interface section promises: createApp(options) in src/app.ts, the data file
// data/quotes.json, the routes, status codes, body shapes and error codes. Message wording is never
// checked, and neither is which quote a seed picks: only that the choice is deterministic.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectJson, expectStatus, fakeClock, implPath, OTHER_ZONES, withTimeZone, load, serve, tempDir, type AppLike, type HttpResponse, type TestServer } from '#testkit';

interface Quote {
  id: number;
  text: string;
  author: string;
  tags: string[];
}

interface AppOptions {
  quotes?: unknown[];
  dataFile?: string;
  random?: () => number;
  now?: () => Date;
}

interface AppModule {
  createApp: (options?: AppOptions) => AppLike;
}

interface Page {
  items: Quote[];
  page: number;
  limit: number;
  total: number;
  totalPages: number;
}

const AUTHORS = ['Alan Turing', 'Ada Lovelace', 'Grace Hopper'];

/**
 * 25 quotes with the even ids 2 to 50, stored in reverse order: an app must sort by id, and an
 * app that finds quote N at index N - 1 is caught by the gaps.
 */
function fixture(): Quote[] {
  const quotes: Quote[] = [];
  for (let n = 25; n >= 1; n--) {
    const tags = [n % 2 === 0 ? 'even' : 'odd'];
    if (n % 5 === 0) tags.push('rare');
    let text = `Saying number ${n} about machines.`;
    if (n % 4 === 0) text += ' The Engine hums.';
    if (n === 13) text += ' Find the NeEdLe here.';
    if (n === 17) text += ' It costs $5 (roughly).';
    quotes.push({ id: 2 * n, text, author: AUTHORS[n % 3]!, tags });
  }
  return quotes;
}

function sortedFixture(): Quote[] {
  return fixture().sort((a, b) => a.id - b.id);
}

function idsOf(quotes: Quote[]): number[] {
  return quotes.map((quote) => quote.id);
}

async function makeApp(options: AppOptions = {}): Promise<AppLike> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  return createApp({ quotes: fixture(), ...options });
}

/** A fresh app on the fixture quotes (unless options say otherwise), served for this check. */
async function start(options: AppOptions = {}): Promise<TestServer> {
  return serve(await makeApp(options));
}

function pageOf(res: HttpResponse): Page {
  expectStatus(res, 200);
  expectJson(res);
  return res.json as Page;
}

function quoteOf(res: HttpResponse): Quote {
  expectStatus(res, 200);
  expectJson(res);
  return res.json as Quote;
}

/** The ids of a page and its numbers, in one object so a failure shows them all. */
function summary(page: Page): { ids: number[]; page: number; limit: number; total: number; totalPages: number } {
  return { ids: idsOf(page.items ?? []), page: page.page, limit: page.limit, total: page.total, totalPages: page.totalPages };
}

/** A random() that returns the given numbers in turn, again and again. */
function sequence(...values: number[]): () => number {
  let next = 0;
  return () => values[next++ % values.length]!;
}

function writeJson(dir: string, name: string, data: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

/** What createApp throws, or undefined when it does not throw. */
async function creationError(options: AppOptions): Promise<Error | undefined> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  try {
    createApp(options);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
  return undefined;
}

const q = encodeURIComponent;

describe('Task 1: Load the quotes', () => {
  it('GET /quotes/:id answers the quote with that id from options.quotes', async () => {
    const server = await start();
    const byId = new Map(fixture().map((quote) => [quote.id, quote]));
    for (const id of [2, 26, 50]) {
      expect(quoteOf(await server.get(`/quotes/${id}`)), `GET /quotes/${id}`).toEqual(byId.get(id));
    }
  });

  it('an id no quote has is a 404 not_found', async () => {
    const server = await start();
    for (const id of ['1', '3', '25', '52', '0', '1000']) {
      expectApiError(await server.get(`/quotes/${id}`), 404, 'not_found');
    }
  });

  it('an id that is not a whole number is a 400 validation_failed about "id"', async () => {
    const server = await start();
    for (const id of ['abc', '1.5', '-2', '2abc', '1e1', '%20', '0x10', "1'%20OR%20'1'='1"]) {
      expectInvalid(await server.get(`/quotes/${id}`), 'id');
    }
  });

  it('options.dataFile: the quotes come from a JSON file', async () => {
    const dir = tempDir();
    const quotes = [
      { id: 7, text: 'From a file.', author: 'File Author', tags: ['file'] },
      { id: 3, text: 'Also from a file.', author: 'File Author', tags: [] },
    ];
    const dataFile = writeJson(dir, 'quotes.json', quotes);
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const server = await serve(createApp({ dataFile }));
    expect(quoteOf(await server.get('/quotes/7')), 'GET /quotes/7 with dataFile').toEqual(quotes[0]);
    expect(summary(pageOf(await server.get('/quotes'))), 'GET /quotes with a data file of 2 quotes').toEqual({ ids: [3, 7], page: 1, limit: 10, total: 2, totalPages: 1 });
  });

  it('without options, the quotes of data/quotes.json are served, sorted by id', async () => {
    const data = JSON.parse(readFileSync(implPath('data/quotes.json'), 'utf8')) as Quote[];
    expect(data.length, 'data/quotes.json should hold at least 30 quotes').toBeGreaterThanOrEqual(30);
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const server = await serve(createApp());
    const page = pageOf(await server.get('/quotes?limit=50'));
    expect(page.total, 'GET /quotes?limit=50 on createApp(): total').toBe(data.length);
    const expected = [...data].sort((a, b) => a.id - b.id).slice(0, 50);
    expect(page.items, 'GET /quotes?limit=50 on createApp(): items').toEqual(expected);
  });

  it('a broken data file makes createApp throw an error that names the file', async () => {
    const dir = tempDir();
    const good = { id: 1, text: 'Fine.', author: 'Someone', tags: ['x'] };
    const broken: Record<string, unknown> = {
      'not-json.json': '[{"id": 1, "text": "Fine."',
      'empty.json': '',
      'object.json': { quotes: [good] },
      'no-text.json': [{ id: 1, author: 'Someone', tags: [] }],
      'blank-author.json': [{ ...good, author: '   ' }],
      'string-id.json': [{ ...good, id: '1' }],
      'fraction-id.json': [{ ...good, id: 1.5 }],
      'zero-id.json': [{ ...good, id: 0 }],
      'tags-string.json': [{ ...good, tags: 'x' }],
      'duplicate-ids.json': [good, { ...good, text: 'Another.' }],
      'null-entry.json': [good, null],
    };
    for (const [name, content] of Object.entries(broken)) {
      const dataFile = writeJson(dir, name, content);
      const error = await creationError({ dataFile });
      expect(error, `createApp({ dataFile }) with ${name} (${JSON.stringify(content).slice(0, 80)}) should throw`).toBeInstanceOf(Error);
      expect(error?.message, `createApp({ dataFile }) with ${name}: the error message should name the file`).toContain(dataFile);
    }
  });

  it('a missing data file makes createApp throw an error that names the file', async () => {
    const dataFile = path.join(tempDir(), 'nowhere.json');
    const error = await creationError({ dataFile });
    expect(error, 'createApp({ dataFile }) with a file that does not exist should throw').toBeInstanceOf(Error);
    expect(error?.message, 'createApp({ dataFile }) with a missing file: the error message').toContain(dataFile);
  });

  it('invalid options.quotes make createApp throw too', async () => {
    const good = { id: 1, text: 'Fine.', author: 'Someone', tags: [] };
    for (const quotes of [[good, { ...good }], [{ ...good, text: 42 }], [{ id: 2, text: 'No author', tags: [] }]]) {
      const error = await creationError({ quotes });
      expect(error, `createApp({ quotes: ${JSON.stringify(quotes)} }) should throw`).toBeInstanceOf(Error);
    }
  });

  it('options.quotes wins over options.dataFile', async () => {
    const dataFile = path.join(tempDir(), 'missing.json');
    const server = await start({ quotes: fixture(), dataFile });
    expect(pageOf(await server.get('/quotes')).total, 'GET /quotes with quotes and a missing dataFile: total').toBe(25);
  });

  it('the file is read once, by createApp: each app keeps its own quotes', async () => {
    const dir = tempDir();
    const dataFile = writeJson(dir, 'quotes.json', [{ id: 1, text: 'First version.', author: 'A', tags: [] }]);
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const first = await serve(createApp({ dataFile }));
    writeJson(dir, 'quotes.json', [{ id: 2, text: 'Second version.', author: 'B', tags: [] }]);
    const second = await serve(createApp({ dataFile }));
    expect(idsOf(pageOf(await first.get('/quotes')).items), 'GET /quotes on the app created before the file changed').toEqual([1]);
    expect(idsOf(pageOf(await second.get('/quotes')).items), 'GET /quotes on the app created after the file changed').toEqual([2]);
    expectApiError(await first.get('/quotes/2'), 404, 'not_found');
  });

  it('unknown paths are 404 not_found, wrong methods 405 with Allow: GET, HEAD', async () => {
    const server = await start();
    for (const p of ['/', '/quote', '/quotes/2/author', '/api/quotes']) {
      expectApiError(await server.get(p), 404, 'not_found');
    }
    for (const [method, p] of [['POST', '/quotes'], ['DELETE', '/quotes/2'], ['PUT', '/quotes/2'], ['POST', '/quotes/random'], ['PATCH', '/quotes/today']] as const) {
      const res = await server.request(method, p);
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['GET', 'HEAD']);
    }
  });

  it('a body sent to this API is never read: a wrong method stays a 405', async () => {
    const server = await start();
    const malformed = await server.post('/quotes', { body: '{"text": ', headers: { 'content-type': 'application/json' } });
    expectApiError(malformed, 405, 'method_not_allowed');
    const large = await server.post('/quotes', { json: { text: 'x'.repeat(100_000) } });
    expectApiError(large, 405, 'method_not_allowed');
    const withBody = await server.request('GET', '/quotes/2', { headers: { 'content-type': 'text/plain' } });
    expectStatus(withBody, 200);
  });

  it('a path with malformed percent-encoding (/quotes/%ZZ) is a 400 bad_request, never a 5xx', async () => {
    const server = await start();
    for (const p of ['/quotes/%ZZ', '/quotes/%E0%A4%A', '/quotes/%']) {
      expectApiError(await server.get(p), 400, 'bad_request');
    }
  });

  it('HEAD /quotes/2 answers 200 with no body', async () => {
    const server = await start();
    const res = await server.request('HEAD', '/quotes/2');
    expectStatus(res, 200);
    expectJson(res);
    expect(res.text, 'HEAD /quotes/2: the body should be empty').toBe('');
  });
});

describe('Task 2: List and paginate', () => {
  it('GET /quotes is page 1 of 10 quotes, sorted by id, with the totals', async () => {
    const server = await start();
    const page = pageOf(await server.get('/quotes'));
    expect(summary(page), 'GET /quotes').toEqual({ ids: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20], page: 1, limit: 10, total: 25, totalPages: 3 });
    expect(page.items[0], 'GET /quotes: the first item is a whole quote').toEqual(sortedFixture()[0]);
  });

  it('page and limit choose the slice: page 2 of 7 is items 8 to 14', async () => {
    const server = await start();
    expect(summary(pageOf(await server.get('/quotes?page=2&limit=7'))), 'GET /quotes?page=2&limit=7').toEqual({ ids: [16, 18, 20, 22, 24, 26, 28], page: 2, limit: 7, total: 25, totalPages: 4 });
    expect(summary(pageOf(await server.get('/quotes?limit=7&page=4'))), 'GET /quotes?limit=7&page=4').toEqual({ ids: [44, 46, 48, 50], page: 4, limit: 7, total: 25, totalPages: 4 });
  });

  it('the last page can be partial; limit 1 pages through every quote', async () => {
    const server = await start();
    expect(summary(pageOf(await server.get('/quotes?page=3'))), 'GET /quotes?page=3').toEqual({ ids: [42, 44, 46, 48, 50], page: 3, limit: 10, total: 25, totalPages: 3 });
    expect(summary(pageOf(await server.get('/quotes?limit=1&page=25'))), 'GET /quotes?limit=1&page=25').toEqual({ ids: [50], page: 25, limit: 1, total: 25, totalPages: 25 });
    expect(summary(pageOf(await server.get('/quotes?limit=1&page=1'))), 'GET /quotes?limit=1&page=1').toEqual({ ids: [2], page: 1, limit: 1, total: 25, totalPages: 25 });
  });

  it('limit may be 50, and a limit that fits all quotes makes one page', async () => {
    const server = await start();
    expect(summary(pageOf(await server.get('/quotes?limit=50'))), 'GET /quotes?limit=50').toEqual({ ids: idsOf(sortedFixture()), page: 1, limit: 50, total: 25, totalPages: 1 });
    expect(summary(pageOf(await server.get('/quotes?limit=25'))), 'GET /quotes?limit=25').toEqual({ ids: idsOf(sortedFixture()), page: 1, limit: 25, total: 25, totalPages: 1 });
    expect(pageOf(await server.get('/quotes?limit=24')).totalPages, 'GET /quotes?limit=24: totalPages').toBe(2);
  });

  it('a page past the end is 200 with an empty list', async () => {
    const server = await start();
    expect(summary(pageOf(await server.get('/quotes?page=4'))), 'GET /quotes?page=4').toEqual({ ids: [], page: 4, limit: 10, total: 25, totalPages: 3 });
    expect(summary(pageOf(await server.get('/quotes?page=1000&limit=50'))), 'GET /quotes?page=1000&limit=50').toEqual({ ids: [], page: 1000, limit: 50, total: 25, totalPages: 1 });
  });

  it('no quotes at all: an empty page 1 with 0 pages', async () => {
    const server = await start({ quotes: [] });
    expect(summary(pageOf(await server.get('/quotes'))), 'GET /quotes with no quotes').toEqual({ ids: [], page: 1, limit: 10, total: 0, totalPages: 0 });
  });

  it('a limit out of 1 to 50, or not a whole number, is a 400 about "limit"', async () => {
    const server = await start();
    for (const limit of ['0', '51', '-1', '1.5', 'abc', '', '10abc', '1e1', '%205', '100000000000000000000']) {
      expectInvalid(await server.get(`/quotes?limit=${limit}`), 'limit');
    }
  });

  it('a page below 1, or not a whole number, is a 400 about "page"', async () => {
    const server = await start();
    for (const page of ['0', '-1', '1.5', 'abc', '', 'two', '%2B2', 'Infinity']) {
      expectInvalid(await server.get(`/quotes?page=${page}`), 'page');
    }
  });

  it('a repeated page or limit is a 400; two bad parameters are both in details', async () => {
    const server = await start();
    expectInvalid(await server.get('/quotes?page=1&page=2'), 'page');
    expectInvalid(await server.get('/quotes?limit=5&limit=5'), 'limit');
    expectInvalid(await server.get('/quotes?page=0&limit=0'), 'page', 'limit');
  });

  it('unknown query parameters are ignored', async () => {
    const server = await start();
    expect(summary(pageOf(await server.get('/quotes?sort=desc&PAGE=3&offset=5'))), 'GET /quotes?sort=desc&PAGE=3&offset=5').toEqual({ ids: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20], page: 1, limit: 10, total: 25, totalPages: 3 });
  });
});

/** The fixture quotes that a predicate keeps, sorted by id. */
function expectedIds(keep: (quote: Quote) => boolean): number[] {
  return idsOf(sortedFixture().filter(keep));
}

describe('Task 3: Filter and search', () => {
  it('author matches the whole name, ignoring case', async () => {
    const server = await start();
    const grace = expectedIds((quote) => quote.author === 'Grace Hopper');
    expect(idsOf(pageOf(await server.get('/quotes?author=Grace%20Hopper&limit=50')).items), 'GET /quotes?author=Grace Hopper').toEqual(grace);
    expect(idsOf(pageOf(await server.get('/quotes?author=grace+HOPPER&limit=50')).items), 'GET /quotes?author=grace+HOPPER').toEqual(grace);
    expect(pageOf(await server.get('/quotes?author=Grace')).total, 'GET /quotes?author=Grace (part of a name): total').toBe(0);
  });

  it('tag keeps the quotes that have that tag, ignoring case', async () => {
    const server = await start();
    const rare = expectedIds((quote) => quote.tags.includes('rare'));
    expect(summary(pageOf(await server.get('/quotes?tag=rare'))), 'GET /quotes?tag=rare').toEqual({ ids: rare, page: 1, limit: 10, total: 5, totalPages: 1 });
    expect(idsOf(pageOf(await server.get('/quotes?tag=RARE')).items), 'GET /quotes?tag=RARE').toEqual(rare);
    expect(pageOf(await server.get('/quotes?tag=rar')).total, 'GET /quotes?tag=rar (part of a tag): total').toBe(0);
  });

  it('q searches the text and the author, ignoring case', async () => {
    const server = await start();
    expect(idsOf(pageOf(await server.get('/quotes?q=needle')).items), 'GET /quotes?q=needle').toEqual([26]);
    expect(idsOf(pageOf(await server.get('/quotes?q=engine&limit=50')).items), 'GET /quotes?q=engine').toEqual(expectedIds((quote) => quote.text.includes('Engine')));
    expect(idsOf(pageOf(await server.get('/quotes?q=TURING&limit=50')).items), 'GET /quotes?q=TURING (in the author)').toEqual(expectedIds((quote) => quote.author === 'Alan Turing'));
    expect(idsOf(pageOf(await server.get('/quotes?q=lace%20Hop&limit=50')).items), 'GET /quotes?q=lace Hop (matches nothing)').toEqual([]);
  });

  it('filters combine, and total and totalPages count the filtered quotes', async () => {
    const server = await start();
    const evenAda = expectedIds((quote) => quote.author === 'Ada Lovelace' && quote.tags.includes('even'));
    const res = await server.get('/quotes?author=Ada%20Lovelace&tag=even&limit=2');
    expect(summary(pageOf(res)), 'GET /quotes?author=Ada Lovelace&tag=even&limit=2').toEqual({ ids: evenAda.slice(0, 2), page: 1, limit: 2, total: evenAda.length, totalPages: Math.ceil(evenAda.length / 2) });
    const all = expectedIds((quote) => quote.author === 'Alan Turing' && quote.tags.includes('odd') && quote.text.toLowerCase().includes('machines'));
    expect(idsOf(pageOf(await server.get('/quotes?author=alan%20turing&tag=odd&q=MACHINES&limit=50')).items), 'GET /quotes?author=alan turing&tag=odd&q=MACHINES').toEqual(all);
    expect(pageOf(await server.get('/quotes?author=Ada%20Lovelace&tag=rare&q=needle')).total, 'GET /quotes?author=Ada Lovelace&tag=rare&q=needle: total').toBe(0);
  });

  it('filters that match nothing are 200 with an empty list and 0 pages', async () => {
    const server = await start();
    expect(summary(pageOf(await server.get('/quotes?author=Nobody'))), 'GET /quotes?author=Nobody').toEqual({ ids: [], page: 1, limit: 10, total: 0, totalPages: 0 });
    expect(summary(pageOf(await server.get('/quotes?tag=missing&page=3'))), 'GET /quotes?tag=missing&page=3').toEqual({ ids: [], page: 3, limit: 10, total: 0, totalPages: 0 });
  });

  it('filter values are trimmed', async () => {
    const server = await start();
    expect(idsOf(pageOf(await server.get('/quotes?q=%20needle%20')).items), 'GET /quotes?q=%20needle%20').toEqual([26]);
    expect(pageOf(await server.get('/quotes?tag=%20rare%20')).total, 'GET /quotes?tag=%20rare%20: total').toBe(5);
  });

  it('an empty, blank, repeated or too long filter is a 400 naming it', async () => {
    const server = await start();
    expectInvalid(await server.get('/quotes?author='), 'author');
    expectInvalid(await server.get('/quotes?tag=%20%20'), 'tag');
    expectInvalid(await server.get('/quotes?q'), 'q');
    expectInvalid(await server.get('/quotes?tag=rare&tag=even'), 'tag');
    expectInvalid(await server.get(`/quotes?q=${'x'.repeat(101)}`), 'q');
    expect(pageOf(await server.get(`/quotes?q=${'x'.repeat(100)}`)).total, 'GET /quotes?q=<100 x>: total').toBe(0);
  });

  it('search text is plain text: regex characters and injection strings are harmless', async () => {
    const server = await start();
    expect(idsOf(pageOf(await server.get(`/quotes?q=${q('$5 (roughly)')}`)).items), 'GET /quotes?q=$5 (roughly)').toEqual([34]);
    expect(idsOf(pageOf(await server.get(`/quotes?q=${q('$5 (')}`)).items), 'GET /quotes?q=$5 (').toEqual([34]);
    for (const text of ['.*', '[', 'r+', "' OR 1=1 --", '<script>alert(1)</script>', '\\', '${author}']) {
      const page = pageOf(await server.get(`/quotes?q=${q(text)}`));
      expect(page.total, `GET /quotes?q=${text}: total`).toBe(0);
    }
  });
});

describe('Task 4: Random quote', () => {
  it('without a seed, options.random picks the index Math.floor(random() * count)', async () => {
    for (const [value, id] of [[0, 2], [0.5, 26], [0.9999, 50], [0.3, 16]] as const) {
      const server = await start({ random: () => value });
      expect(quoteOf(await server.get('/quotes/random')), `GET /quotes/random with random() = ${value}`).toEqual(fixture().find((quote) => quote.id === id));
    }
  });

  it('random() is called for each request', async () => {
    const server = await start({ random: sequence(0, 0.5, 0.9999) });
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push(quoteOf(await server.get('/quotes/random')).id);
    expect(ids, 'three GET /quotes/random with random() giving 0, 0.5, 0.9999').toEqual([2, 26, 50]);
  });

  it('tag draws among the quotes with that tag, in id order', async () => {
    const server = await start({ random: sequence(0, 0.9999, 0.5) });
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push(quoteOf(await server.get('/quotes/random?tag=RARE')).id);
    expect(ids, 'three GET /quotes/random?tag=RARE with random() giving 0, 0.9999, 0.5').toEqual([10, 50, 30]);
  });

  it('a tag no quote has, or no quotes at all, is a 404 not_found', async () => {
    const server = await start({ random: () => 0 });
    expectApiError(await server.get('/quotes/random?tag=missing'), 404, 'not_found');
    expectApiError(await server.get('/quotes/random?tag=missing&seed=abc'), 404, 'not_found');
    const empty = await start({ quotes: [], random: () => 0 });
    expectApiError(await empty.get('/quotes/random'), 404, 'not_found');
    expectApiError(await empty.get('/quotes/random?seed=abc'), 404, 'not_found');
  });

  it('the same seed gives the same quote, in any app, whatever options.random says', async () => {
    const first = await start({ random: sequence(0.1, 0.7, 0.4) });
    const second = await start({ random: sequence(0.95, 0.2) });
    for (const seed of ['hello', 'Ada Lovelace', '2026-01-15', 'ä👋']) {
      const a = quoteOf(await first.get(`/quotes/random?seed=${q(seed)}`));
      const b = quoteOf(await first.get(`/quotes/random?seed=${q(seed)}`));
      const c = quoteOf(await second.get(`/quotes/random?seed=${q(seed)}`));
      expect(fixture(), `GET /quotes/random?seed=${seed}: a quote of the app`).toContainEqual(a);
      expect(b, `GET /quotes/random?seed=${seed} twice in one app`).toEqual(a);
      expect(c, `GET /quotes/random?seed=${seed} in two apps with different random()`).toEqual(a);
    }
  });

  it('different seeds spread over the quotes: 30 seeds give at least 5 different ones', async () => {
    const server = await start({ random: () => 0 });
    const ids = new Set<number>();
    for (let i = 0; i < 30; i++) ids.add(quoteOf(await server.get(`/quotes/random?seed=seed-${i}`)).id);
    expect(ids.size, `GET /quotes/random?seed=seed-0 ... seed-29 gave only the ids ${[...ids].join(', ')}`).toBeGreaterThanOrEqual(5);
  });

  it('seed and tag together: a quote with the tag, the same each time', async () => {
    const server = await start({ random: sequence(0.2, 0.8) });
    const seen = new Set<number>();
    for (let i = 0; i < 10; i++) {
      const seed = `tagged-${i}`;
      const quote = quoteOf(await server.get(`/quotes/random?tag=rare&seed=${seed}`));
      expect(quote.tags, `GET /quotes/random?tag=rare&seed=${seed}: tags`).toContain('rare');
      expect(quoteOf(await server.get(`/quotes/random?seed=${seed}&tag=rare`)), `GET /quotes/random?seed=${seed}&tag=rare again`).toEqual(quote);
      seen.add(quote.id);
    }
    expect(seen.size, 'GET /quotes/random?tag=rare with 10 seeds: different quotes').toBeGreaterThanOrEqual(2);
  });

  it('a seed must be 1 to 64 characters, given once', async () => {
    const server = await start();
    expectInvalid(await server.get('/quotes/random?seed='), 'seed');
    expectInvalid(await server.get(`/quotes/random?seed=${'s'.repeat(65)}`), 'seed');
    expectInvalid(await server.get('/quotes/random?seed=a&seed=b'), 'seed');
    expect(fixture(), 'GET /quotes/random?seed=<64 characters>').toContainEqual(quoteOf(await server.get(`/quotes/random?seed=${'s'.repeat(64)}`)));
    expect(fixture(), "GET /quotes/random?seed=' OR 1=1 --").toContainEqual(quoteOf(await server.get(`/quotes/random?seed=${q("' OR 1=1 --")}`)));
  });

  it('a seed is used exactly as sent, not trimmed: " " is a seed, and " x " is another seed than "x"', async () => {
    const server = await start({ random: () => 0 });
    expect(fixture(), 'GET /quotes/random?seed=%20 (a seed of one space is 1 character: valid)').toContainEqual(quoteOf(await server.get('/quotes/random?seed=%20')));
    const differing: string[] = [];
    for (let i = 0; i < 20; i++) {
      const plain = quoteOf(await server.get(`/quotes/random?seed=word-${i}`));
      const padded = quoteOf(await server.get(`/quotes/random?seed=${q(`  word-${i}  `)}`));
      if (padded.id !== plain.id) differing.push(`word-${i}`);
    }
    expect(differing.length, 'GET /quotes/random?seed=word-N and ?seed=%20%20word-N%20%20 for 20 seeds: a seed is not trimmed, so the padded seeds are other seeds and some must give another quote').toBeGreaterThan(0);
  });

  it('a bad tag is a 400 about "tag"', async () => {
    const server = await start();
    expectInvalid(await server.get('/quotes/random?tag='), 'tag');
    expectInvalid(await server.get('/quotes/random?tag=a&tag=b'), 'tag');
  });

  it('createApp() without options draws with Math.random from the data file', async () => {
    const data = JSON.parse(readFileSync(implPath('data/quotes.json'), 'utf8')) as Quote[];
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const server = await serve(createApp());
    expect(data, 'GET /quotes/random on createApp(): a quote of data/quotes.json').toContainEqual(quoteOf(await server.get('/quotes/random')));
  });
});

interface Today {
  date: string;
  quote: Quote;
}

function todayOf(res: HttpResponse): Today {
  expectStatus(res, 200);
  expectJson(res);
  return res.json as Today;
}

describe('Task 5: Quote of the day', () => {
  it('GET /quotes/today answers the UTC date of now() and one of the quotes', async () => {
    const clock = fakeClock('2031-05-04T03:02:01.250Z');
    const server = await start({ now: clock.now });
    const today = todayOf(await server.get('/quotes/today'));
    expect(today.date, 'GET /quotes/today at 2031-05-04T03:02:01.250Z: date').toBe('2031-05-04');
    expect(fixture(), 'GET /quotes/today: quote').toContainEqual(today.quote);
  });

  it('the quote is the one GET /quotes/random?seed=<date> gives', async () => {
    const clock = fakeClock('2031-05-04T03:02:01.250Z');
    const server = await start({ now: clock.now, random: sequence(0.3, 0.6, 0.9) });
    for (let day = 0; day < 5; day++) {
      const today = todayOf(await server.get('/quotes/today'));
      const seeded = quoteOf(await server.get(`/quotes/random?seed=${today.date}`));
      expect(today.quote, `GET /quotes/today on ${today.date} should equal GET /quotes/random?seed=${today.date}`).toEqual(seeded);
      clock.advance(86_400_000);
    }
  });

  it('the same quote all day long, and after a restart', async () => {
    const clock = fakeClock('2031-05-04T00:00:00.000Z');
    const server = await start({ now: clock.now });
    const morning = todayOf(await server.get('/quotes/today'));
    clock.set('2031-05-04T13:37:00.000Z');
    const noon = todayOf(await server.get('/quotes/today'));
    clock.set('2031-05-04T23:59:59.999Z');
    const night = todayOf(await server.get('/quotes/today'));
    const restarted = await start({ now: clock.now });
    const again = todayOf(await restarted.get('/quotes/today'));
    for (const [label, today] of [['13:37', noon], ['23:59:59.999', night], ['23:59:59.999 in a new app', again]] as const) {
      expect(today, `GET /quotes/today on 2031-05-04 at ${label} should equal the one at 00:00`).toEqual(morning);
    }
  });

  it('a new day starts at midnight UTC, and the quote changes from day to day', async () => {
    const clock = fakeClock('2031-05-04T23:59:59.999Z');
    const server = await start({ now: clock.now });
    expect(todayOf(await server.get('/quotes/today')).date, 'GET /quotes/today at 2031-05-04T23:59:59.999Z: date').toBe('2031-05-04');
    clock.advance(1);
    expect(todayOf(await server.get('/quotes/today')).date, 'GET /quotes/today at 2031-05-05T00:00:00.000Z: date').toBe('2031-05-05');
    const ids = new Set<number>();
    for (let day = 0; day < 30; day++) {
      ids.add(todayOf(await server.get('/quotes/today')).quote.id);
      clock.advance(86_400_000);
    }
    expect(ids.size, `GET /quotes/today on 30 days in a row gave only the ids ${[...ids].join(', ')}`).toBeGreaterThanOrEqual(5);
  });

  for (const zone of OTHER_ZONES) {
    it(`the date is the UTC date even on a server whose own zone is ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        // Instants where the local date in at least one of the zones is not the UTC date.
        for (const [instant, date] of [['2031-05-04T23:30:00.000Z', '2031-05-04'], ['2031-05-05T02:00:00.000Z', '2031-05-05'], ['2031-01-10T13:30:00.000Z', '2031-01-10']] as const) {
          const clock = fakeClock(instant);
          const server = await start({ now: clock.now });
          const today = todayOf(await server.get('/quotes/today'));
          expect(today.date, `GET /quotes/today at ${instant} on a server in ${zone}: date (the SPEC says the UTC date)`).toBe(date);
          expect(today.quote, `GET /quotes/today at ${instant} on a server in ${zone} should equal GET /quotes/random?seed=${date}`).toEqual(quoteOf(await server.get(`/quotes/random?seed=${date}`)));
        }
      });
    });
  }

  it('options.random plays no part in the quote of the day', async () => {
    const clock = fakeClock('2031-05-04T12:00:00.000Z');
    const low = await start({ now: clock.now, random: () => 0 });
    const high = await start({ now: clock.now, random: () => 0.9999 });
    expect(todayOf(await high.get('/quotes/today')), 'GET /quotes/today in two apps with different random()').toEqual(todayOf(await low.get('/quotes/today')));
  });

  it('query parameters are ignored; no quotes at all is a 404', async () => {
    const clock = fakeClock('2031-05-04T12:00:00.000Z');
    const server = await start({ now: clock.now });
    expect(todayOf(await server.get('/quotes/today?seed=x&tag=rare')), 'GET /quotes/today?seed=x&tag=rare').toEqual(todayOf(await server.get('/quotes/today')));
    const empty = await start({ quotes: [], now: clock.now });
    expectApiError(await empty.get('/quotes/today'), 404, 'not_found');
  });

  it('createApp() without options uses the system clock', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const server = await serve(createApp());
    const today = todayOf(await server.get('/quotes/today'));
    expect(today.date, 'GET /quotes/today on createApp(): date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof today.quote?.text, 'GET /quotes/today on createApp(): quote.text').toBe('string');
  });

  it('hostile input (broken encodings, repeated parameters, odd ids, wrong methods) is a 4xx JSON error on every route', async () => {
    const server = await start({ now: fakeClock('2031-05-04T12:00:00.000Z').now });
    await expectHostileInputRefused(server, [
      { method: 'GET', path: '/quotes', query: ['author', 'tag', 'q', 'page', 'limit'] },
      { method: 'GET', path: '/quotes/:id' },
      { method: 'GET', path: '/quotes/random', query: ['seed', 'tag'] },
      { method: 'GET', path: '/quotes/today' },
    ], { params: { id: '26' } });
  });
});
