// The hidden suite of p24 url-shortener. It reaches the app only through what SPEC.md's
// Interface promises: createApp({ dbFile, now, random, baseUrl }) from src/app.ts, HTTP,
// app.locals.close(), the drizzle/ migrations folder, and the names SPEC.md fixes (the table
// `links` with its columns `code`, `url` and `clicks`). Other tables and columns are the
// learner's design: checks find them by content or through SQLite's own catalogue.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  appTables,
  expectAllow,
  expectApiError,
  expectHostileInputRefused,
  expectInvalid,
  expectMigrationsApplied,
  expectNo5xx,
  expectStatus,
  hasText,
  load,
  migrationTags,
  queryPlan,
  quoteIdent,
  serve,
  startAppProcesses,
  tempDbFile,
  tryInsertCopy,
  withRawDb,
  type RawDb,
} from '#testkit';
import {
  ALPHABET,
  BASE_URL,
  CODE_PATTERN,
  START,
  createLink,
  expectLinkShape,
  follow,
  getLink,
  getStats,
  randomFor,
  redirectAtOnce,
  scripted,
  seeded,
  start,
  valuesFor,
  type AppModule,
} from './helpers.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next (and mutation testing sees each check run that code).
beforeEach(() => {
  vi.resetModules();
});

/** How many rows the links table holds (its name is fixed by the Interface). */
function countLinkRows(dbFile: string): number {
  return withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM links').pluck().get() as number);
}

/** The learner's table with a foreign key to links: the clicks per day. */
function dailyTable(db: RawDb): { table: string; column: string } {
  for (const table of appTables(db)) {
    const keys = db.prepare(`PRAGMA foreign_key_list(${quoteIdent(table)})`).all() as Array<{ table: string; from: string }>;
    const key = keys.find((k) => k.table === 'links');
    if (key) return { table, column: key.from };
  }
  throw new Error('no table has a FOREIGN KEY to links: the clicks per day need one (SPEC.md, Interface)');
}

function dailyRowCount(dbFile: string): number {
  return withRawDb(dbFile, (db) => db.prepare(`SELECT count(*) FROM ${quoteIdent(dailyTable(db).table)}`).pluck().get() as number);
}


describe('Task 1: Open the database and apply migrations', () => {
  it('createApp({ dbFile }) applies the migrations drizzle-kit generated in drizzle/', async () => {
    const { api, dbFile } = await start();
    await api.close();
    expectMigrationsApplied(dbFile);
    const tables = withRawDb(dbFile, appTables);
    expect(tables, 'tables of the database: the Interface names one of them links').toContain('links');
    expect(tables.length, 'tables of the database: links and one for the clicks per day').toBeGreaterThanOrEqual(2);
    expect(withRawDb(dbFile, (db) => db.pragma('journal_mode', { simple: true })), 'PRAGMA journal_mode of the file (the given client.ts sets WAL)').toBe('wal');
  });

  it('opening the same file again (a restart) applies no migration twice', async () => {
    const first = await start();
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    await second.api.close();
    expectMigrationsApplied(first.dbFile);
    const applied = withRawDb(first.dbFile, (db) => db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get());
    expect(applied, 'rows in __drizzle_migrations after two starts').toBe(migrationTags().length);
  });

  it('an unknown route answers the JSON 404 not_found', async () => {
    const { api } = await start();
    expectApiError(await api.get('/'), 404, 'not_found');
    expectApiError(await api.get('/Abc1234/more'), 404, 'not_found');
    expectApiError(await api.get('/links/Abc1234/stats/x'), 404, 'not_found');
  });

  it('a method a path does not answer gets 405 method_not_allowed with an Allow header', async () => {
    const { api } = await start();
    const cases: Array<[string, string, string[]]> = [
      ['GET', '/links', ['POST']],
      ['DELETE', '/links', ['POST']],
      ['POST', '/links/Abc1234', ['GET', 'HEAD', 'DELETE']],
      ['PATCH', '/links/Abc1234', ['GET', 'HEAD', 'DELETE']],
      ['DELETE', '/links/Abc1234/stats', ['GET', 'HEAD']],
      ['POST', '/Abc1234', ['GET', 'HEAD']],
      ['DELETE', '/Abc1234', ['GET', 'HEAD']],
    ];
    for (const [method, path, allow] of cases) {
      const res = await api.request(method, path, method === 'GET' ? {} : { json: { url: 'https://example.com/' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, allow);
    }
  });
});

describe('Task 2: Create short links', () => {
  it('POST /links answers 201 with the link, its code from random() and a Location header', async () => {
    const { api } = await start({ random: scripted(valuesFor('0Aaz9Zb')) });
    const res = await api.post('/links', { json: { url: 'https://example.com/some/long/path?x=1' } });
    expectStatus(res, 201);
    expect(expectLinkShape(res), res.request).toEqual({
      code: '0Aaz9Zb',
      url: 'https://example.com/some/long/path?x=1',
      shortUrl: `${BASE_URL}/0Aaz9Zb`,
      alias: null,
      expiresAt: null,
      clicks: 0,
      createdAt: START,
    });
    const location = res.headers.get('location') ?? '';
    expect(location.endsWith('/links/0Aaz9Zb'), `${res.request}: Location header should be /links/0Aaz9Zb, got "${location}"`).toBe(true);
    expect(await getLink(api, '0Aaz9Zb'), 'GET /links/0Aaz9Zb after the POST').toEqual(expectLinkShape(res));
  });

  // Task 1's data checks: they need POST /links and GET /links/:code, so they belong here.
  it('a link survives a restart: a second app on the same file answers it', async () => {
    const first = await start({ random: randomFor('Abc1234') });
    const link = await createLink(first.api, { url: 'https://example.com/' });
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await getLink(second.api, link.code), `GET /links/${link.code} after the restart`).toEqual(link);
    await second.api.close();
    const applied = withRawDb(first.dbFile, (db) => db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get());
    expect(applied, 'rows in __drizzle_migrations after two starts').toBe(migrationTags().length);
  });

  it('two apps on two database files do not share data (no module-level state)', async () => {
    const one = await start({ random: randomFor('Abc1234') });
    const two = await start({ random: randomFor('Abc1234') });
    await createLink(one.api, { url: 'https://one.example/' });
    expectApiError(await two.api.get('/links/Abc1234'), 404, 'not_found');
    const again = await createLink(two.api, { url: 'https://two.example/' });
    expect(again.code, 'the same code in the second app').toBe('Abc1234');
    expect((await getLink(one.api, 'Abc1234')).url, 'GET /links/Abc1234 of the first app').toBe('https://one.example/');
    expect((await getLink(two.api, 'Abc1234')).url, 'GET /links/Abc1234 of the second app').toBe('https://two.example/');
  });

  it('app.locals.close() closes the database: later requests fail with the JSON 500 error', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const random = randomFor('Abc1234');
    const app = createApp({ dbFile: tempDbFile(), random }) as ReturnType<AppModule['createApp']> & { locals: { close?: () => unknown } };
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    // Served through a wrapper, so that the test closes the database itself, exactly once.
    const api = await serve((req, res) => app(req, res));
    await createLink(api, { url: 'https://example.com/' });
    await app.locals.close?.();
    expectApiError(await api.get('/links/Abc1234'), 500, 'internal');
    expectApiError(await api.post('/links', { json: { url: 'https://example.com/' } }), 500, 'internal');
    expect(random.calls, 'calls to random(): 7 for the link, 7 for the one attempt that failed (a closed database is not a taken code: no retry)').toBe(14);
  });

  it('codes are base62: each of the 62 digits comes from one call to random(), in the documented order', async () => {
    // 63 values, one per digit plus one: nine links of 7 characters spell the whole alphabet.
    const random = scripted([...ALPHABET, '0'].map((_, i) => (i % 62) / 62 + 0.001));
    const { api } = await start({ random });
    let spelled = '';
    for (let i = 0; i < 9; i++) spelled += (await createLink(api, { url: `https://example.com/${i}` })).code;
    expect(spelled, 'the codes of nine links, random() giving 0/62, 1/62, ... 61/62 (plus 0.001)').toBe(`${ALPHABET}0`);
    expect(random.calls, 'calls to random() for nine links').toBe(63);
    // The top of each digit's range too: (i + 0.99) / 62 is still digit i (Math.floor, not Math.round).
    const high = scripted([...ALPHABET, 'z'].map((_, i) => (Math.min(i, 61) + 0.99) / 62));
    const upper = await start({ random: high });
    let spelledHigh = '';
    for (let i = 0; i < 9; i++) spelledHigh += (await createLink(upper.api, { url: `https://example.com/${i}` })).code;
    expect(spelledHigh, 'the codes of nine links, random() giving 0.99/62, 1.99/62, ... 61.99/62: ALPHABET[Math.floor(random() * 62)]').toBe(`${ALPHABET}z`);
    const top = await start({ random: scripted([0.999999]) });
    expect((await createLink(top.api, { url: 'https://example.com/' })).code, 'the code when random() always gives 0.999999').toBe('zzzzzzz');
  });

  it('with a seeded random source every code is 7 base62 characters, and all differ', async () => {
    const { api } = await start({ random: seeded(2024) });
    const codes = new Set<string>();
    for (let i = 0; i < 25; i++) {
      const link = await createLink(api, { url: `https://example.com/page/${i}` });
      expect(link.code, `code of link ${i}`).toMatch(CODE_PATTERN);
      expect(link.shortUrl, `shortUrl of link ${i}`).toBe(`${BASE_URL}/${link.code}`);
      codes.add(link.code);
    }
    expect(codes.size, 'distinct codes among 25 links').toBe(25);
  });

  it('without random and baseUrl, codes still look right and shortUrl starts with http://localhost:3000', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const api = await serve(createApp({ dbFile: tempDbFile() }));
    const one = await createLink(api, { url: 'https://example.com/1' });
    const two = await createLink(api, { url: 'https://example.com/2' });
    expect(one.code, 'a code from the default random source').toMatch(CODE_PATTERN);
    expect(two.code, 'a second code from the default random source').not.toBe(one.code);
    expect(one.shortUrl, 'shortUrl without the baseUrl option').toBe(`http://localhost:3000/${one.code}`);
    expect(one.createdAt, 'createdAt without a now option').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('a generated code that is taken is drawn again (the first link keeps its URL)', async () => {
    // First link: Taken01. Second: Taken01 again (taken), then Fresh02.
    const random = randomFor('Taken01', 'Taken01', 'Fresh02');
    const { api } = await start({ random });
    await createLink(api, { url: 'https://first.example/' });
    const second = await createLink(api, { url: 'https://second.example/' });
    expect(second.code, 'code of the second link after one collision').toBe('Fresh02');
    expect(random.calls, 'calls to random(): 7 per attempt').toBe(21);
    expect((await getLink(api, 'Taken01')).url, 'GET /links/Taken01: the first link keeps its URL').toBe('https://first.example/');
    expect((await getLink(api, 'Fresh02')).url, 'GET /links/Fresh02').toBe('https://second.example/');
  });

  it('up to 5 attempts; when all 5 collide the answer is 500 internal and nothing is stored', async () => {
    const random = randomFor('Taken01', 'Taken01', 'Taken01', 'Taken01', 'Taken01', 'Fresh05');
    const { api, dbFile } = await start({ random });
    await createLink(api, { url: 'https://first.example/' });
    expect((await createLink(api, { url: 'https://fifth.example/' })).code, 'code found at the fifth attempt').toBe('Fresh05');
    // A source that gives Stuck00 forever: the second POST can never find a free code.
    const stuckRandom = randomFor('Stuck00');
    const stuck = await start({ random: stuckRandom });
    await createLink(stuck.api, { url: 'https://first.example/' });
    const res = await stuck.api.post('/links', { json: { url: 'https://second.example/' } });
    expectApiError(res, 500, 'internal');
    expect(countLinkRows(stuck.dbFile), 'rows in links after the refused POST').toBe(1);
    expect(stuckRandom.calls, 'calls to random(): 7 for the first link, then 5 attempts of 7').toBe(42);
    expect(countLinkRows(dbFile), 'rows in links of the first app').toBe(2);
  });

  it('accepts absolute http and https URLs with a host, stored and returned as sent', async () => {
    const { api } = await start();
    const longest = `https://example.com/${'a'.repeat(2048 - 'https://example.com/'.length)}`;
    for (const url of ['http://example.com', 'HTTPS://Example.COM/Path?Q=1#Top', 'http://localhost:8080/a/b?c=d&e=f', "https://example.com/?q='OR'1'='1;--", longest]) {
      const link = await createLink(api, { url });
      expect(link.url, `url of a link created with ${url.slice(0, 60)}`).toBe(url);
    }
  });

  it('refuses javascript:, data:, ftp:, relative and host-less URLs and whitespace tricks with 400 on url', async () => {
    const { api, dbFile } = await start();
    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.cookie)',
      ' javascript:alert(1)',
      'javascript://example.com/%0Aalert(1)',
      'javascript:alert(1)//http://example.com/',
      'ftp://example.com/http://example.com/',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.com/file.txt',
      'file:///etc/passwd',
      'mailto:ann@example.com',
      '/relative/path',
      'example.com',
      '//example.com/path',
      'http://',
      'https://',
      ' https://example.com/',
      'https://example.com/ ',
      'https://exa mple.com/',
      'https://example.com/\nSet-Cookie: x=1',
      '\thttps://example.com/',
      'https://example.com/a\u0000b',
      'https://example.com/a\u007fb',
      'https://example.com/a\u001bb',
      'https://example.com\u00a0/',
      '',
      `https://example.com/${'a'.repeat(2049 - 'https://example.com/'.length)}`,
    ];
    for (const url of refused) expectInvalid(await api.post('/links', { json: { url } }), 'url');
    expect(countLinkRows(dbFile), 'rows in links after the refused POSTs').toBe(0);
  });

  it('a missing url, fields of the wrong type and unknown fields answer 400 naming the field', async () => {
    const { api, dbFile } = await start();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{}, 'url'],
      [{ alias: 'promo' }, 'url'],
      [{ url: 42 }, 'url'],
      [{ url: null }, 'url'],
      [{ url: ['https://example.com/'] }, 'url'],
      [{ url: { href: 'https://example.com/' } }, 'url'],
      [{ url: 'https://example.com/', clicks: 100 }, 'clicks'],
      [{ url: 'https://example.com/', code: 'Mine123' }, 'code'],
    ];
    for (const [json, field] of cases) expectInvalid(await api.post('/links', { json }), field);
    expect(countLinkRows(dbFile), 'rows in links after the refused POSTs').toBe(0);
  });

  it('bodies that are not a JSON object, not JSON or too large answer 400, 415 and 413', async () => {
    const { api, dbFile } = await start();
    const json = { 'content-type': 'application/json' };
    expectApiError(await api.post('/links', { body: '{"url": "https://example.com/",', headers: json }), 400, 'invalid_json');
    expectInvalid(await api.post('/links', { body: '[{"url":"https://example.com/"}]', headers: json }), 'body');
    for (const body of ['[]', 'null', '"https://example.com/"', '42']) {
      const res = await api.post('/links', { body, headers: json });
      expectNo5xx(res);
      expect(res.status, `${res.request} answered ${res.status}`).toBe(400);
    }
    expectApiError(await api.post('/links', { body: '{"url":"https://example.com/"}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/links', { body: 'url=https%3A%2F%2Fexample.com', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/links', { body: '{"url":"https://example.com/"}', headers: { 'content-type': 'application/json; charset=iso-8859-1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/links', { body: '{"url":"https://example.com/"}', headers: { 'content-type': 'application/json', 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/links', { body: JSON.stringify({ url: `https://example.com/${'a'.repeat(17_000)}` }), headers: json }), 413, 'payload_too_large');
    expect(countLinkRows(dbFile), 'rows in links after the refused POSTs').toBe(0);
    const padded = `{"url": "https://example.com/"${' '.repeat(15_000)}}`;
    expect((await api.post('/links', { body: padded, headers: json })).status, 'a valid 15 KB body (whitespace padding)').toBe(201);
  });
});

describe('Task 3: Choose aliases and expiry dates', () => {
  it('an alias becomes the code: 201 with code and alias equal, and GET /<alias> redirects', async () => {
    const counted = scripted([0.5]);
    const { api } = await start({ random: counted });
    const res = await api.post('/links', { json: { url: 'https://example.com/spring-sale', alias: 'spring-sale_26' } });
    expectStatus(res, 201);
    expect(expectLinkShape(res), res.request).toEqual({
      code: 'spring-sale_26',
      url: 'https://example.com/spring-sale',
      shortUrl: `${BASE_URL}/spring-sale_26`,
      alias: 'spring-sale_26',
      expiresAt: null,
      clicks: 0,
      createdAt: START,
    });
    expect(counted.calls, 'calls to random() for a link with an alias').toBe(0);
    await follow(api, 'spring-sale_26', 'https://example.com/spring-sale');
  });

  it('aliases are 3 to 32 letters, digits, _ or -; anything else is 400 on alias', async () => {
    const { api, dbFile } = await start();
    for (const alias of ['ab', 'x'.repeat(33), '', 'two words', 'a/b', 'a.b', 'café', 'semi;colon', "o'hara", 'a%20b', '../etc']) {
      expectInvalid(await api.post('/links', { json: { url: 'https://example.com/', alias } }), 'alias');
    }
    expect(countLinkRows(dbFile), 'rows in links after the refused POSTs').toBe(0);
    for (const alias of ['abc', 'Z'.repeat(32), '___', '-a-', '0123456']) {
      expect((await createLink(api, { url: 'https://example.com/', alias })).alias, `alias ${alias}`).toBe(alias);
    }
  });

  it('reserved words are refused as aliases, whatever their case', async () => {
    const { api, dbFile } = await start();
    for (const alias of ['links', 'LINKS', 'Links', 'health', 'api', 'API', 'stats', 'Stats', 'admin']) {
      expectInvalid(await api.post('/links', { json: { url: 'https://example.com/', alias } }), 'alias');
    }
    expect(countLinkRows(dbFile), 'rows in links after the refused POSTs').toBe(0);
    expect((await createLink(api, { url: 'https://example.com/', alias: 'links2' })).code, 'alias links2 is not reserved').toBe('links2');
  });

  it('an alias that is taken answers 409 conflict with details naming alias; the first link is untouched', async () => {
    const { api } = await start();
    const promo = await createLink(api, { url: 'https://example.com/promo', alias: 'promo' });
    const res = await api.post('/links', { json: { url: 'https://evil.example/', alias: 'promo' } });
    expectApiError(res, 409, 'conflict');
    const details = (res.json as { error: { details?: Array<{ field?: unknown; message?: unknown }> } }).error.details;
    expect(details?.map((d) => d.field), `${res.request}: error.details should have an entry with "field": "alias"`).toContain('alias');
    for (const problem of details ?? []) {
      expect(typeof problem.message === 'string' && problem.message.length > 0, `${res.request}: each entry of error.details needs a non-empty message, got ${JSON.stringify(problem)}`).toBe(true);
    }
    expect(await getLink(api, 'promo'), 'the link that owns the alias').toEqual(promo);
    await follow(api, 'promo', 'https://example.com/promo');
  });

  it('aliases and generated codes share one namespace: a taken code is a taken alias, and the reverse', async () => {
    const { api } = await start({ random: randomFor('Mine123') });
    await createLink(api, { url: 'https://generated.example/' });
    expectApiError(await api.post('/links', { json: { url: 'https://alias.example/', alias: 'Mine123' } }), 409, 'conflict');
    await follow(api, 'Mine123', 'https://generated.example/');
    const other = await start({ random: randomFor('Alias77', 'Gener88') });
    await createLink(other.api, { url: 'https://alias.example/', alias: 'Alias77' });
    const generated = await createLink(other.api, { url: 'https://generated.example/' });
    expect(generated.code, 'a generated code that equals an existing alias is drawn again').toBe('Gener88');
    await follow(other.api, 'Alias77', 'https://alias.example/');
  });

  it('aliases are case-sensitive: Promo and promo are two links', async () => {
    const { api } = await start();
    await createLink(api, { url: 'https://example.com/upper', alias: 'Promo' });
    await createLink(api, { url: 'https://example.com/lower', alias: 'promo' });
    await follow(api, 'Promo', 'https://example.com/upper');
    await follow(api, 'promo', 'https://example.com/lower');
    expectApiError(await api.get('/PROMO'), 404, 'not_found');
  });

  it('expiresAt in the future is stored and returned as an ISO date; null or absent means never', async () => {
    const { api } = await start();
    const cases: Array<[unknown, string | null]> = [
      ['2026-01-16T12:00:00Z', '2026-01-16T12:00:00.000Z'],
      ['2026-01-16T14:30:00+02:00', '2026-01-16T12:30:00.000Z'],
      ['2026-01-15T12:00:00.001Z', '2026-01-15T12:00:00.001Z'],
      [null, null],
    ];
    for (const [i, [expiresAt, expected]] of cases.entries()) {
      const link = await createLink(api, { url: `https://example.com/${i}`, expiresAt });
      expect(link.expiresAt, `expiresAt of a link created with ${JSON.stringify(expiresAt)}`).toBe(expected);
      expect((await getLink(api, link.code)).expiresAt, `GET /links/${link.code}: expiresAt`).toBe(expected);
    }
  });

  it('an alias or expiresAt of the wrong type answers 400 naming the field, and stores nothing', async () => {
    const { api, dbFile } = await start();
    expectInvalid(await api.post('/links', { json: { url: 'https://example.com/', alias: 123 } }), 'alias');
    expectInvalid(await api.post('/links', { json: { url: 'https://example.com/', alias: ['promo'] } }), 'alias');
    expectInvalid(await api.post('/links', { json: { url: 'https://example.com/', expiresAt: 1_800_000_000_000 } }), 'expiresAt');
    expect(countLinkRows(dbFile), 'rows in links after the refused POSTs').toBe(0);
  });

  it('expiresAt now or in the past, or not an ISO date-time, answers 400 on expiresAt', async () => {
    const { api, dbFile } = await start();
    for (const expiresAt of [START, '2026-01-15T11:59:59.999Z', '2020-01-01T00:00:00Z', 'tomorrow', '2026-01-16', '', 'yesterday OR 1=1', true, { days: 1 }]) {
      expectInvalid(await api.post('/links', { json: { url: 'https://example.com/', expiresAt } }), 'expiresAt');
    }
    expect(countLinkRows(dbFile), 'rows in links after the refused POSTs').toBe(0);
  });
});

describe('Task 4: Redirect and count clicks', () => {
  it('GET /<code> answers 302 with the URL in Location, and every click is counted', async () => {
    const { api } = await start({ random: randomFor('Go12345') });
    await createLink(api, { url: 'https://example.com/target?a=1&b=2' });
    for (let i = 0; i < 3; i++) await follow(api, 'Go12345', 'https://example.com/target?a=1&b=2');
    expect((await getLink(api, 'Go12345')).clicks, 'clicks after three redirects').toBe(3);
    expect((await getStats(api, 'Go12345')).clicks, 'stats clicks after three redirects').toBe(3);
  });

  it('reading a link or its stats is not a click', async () => {
    const { api } = await start({ random: randomFor('Read123') });
    await createLink(api, { url: 'https://example.com/' });
    await getLink(api, 'Read123');
    await getStats(api, 'Read123');
    await follow(api, 'Read123', 'https://example.com/');
    expect((await getLink(api, 'Read123')).clicks, 'clicks after GET /links/..., GET .../stats and one redirect').toBe(1);
  });

  it('an unknown code, or a path that cannot be a code, answers 404 not_found', async () => {
    const { api, dbFile } = await start({ random: randomFor('Known12') });
    await createLink(api, { url: 'https://example.com/' });
    // Rows whose code breaks the pattern, written behind the API's back (a CHECK may refuse them:
    // fine too). A path that cannot be a code is a 404 whatever the table holds.
    for (const code of ['ab', 'a.b']) tryInsertCopy(dbFile, hasText('Known12'), (row) => ({ ...row, code }));
    expectApiError(await api.get('/links/ab'), 404, 'not_found');
    expectApiError(await api.delete('/links/a.b'), 404, 'not_found');
    expectApiError(await api.get('/a.b'), 404, 'not_found');
    for (const path of ['/Unknown', '/known12', '/Known1', '/Known123', '/ab', `/${'x'.repeat(33)}`, '/Known12.', '/Known12%20', "/Known12'--", '/%27%20OR%201%3D1%20--']) {
      expectApiError(await api.get(path), 404, 'not_found');
    }
    expect((await getLink(api, 'Known12')).clicks, 'clicks of Known12 after the 404s').toBe(0);
  });

  it('an expired link answers 410 gone and counts no click; a millisecond before, it redirects', async () => {
    const { api, clock } = await start({ random: randomFor('Soon123') });
    await createLink(api, { url: 'https://example.com/offer', expiresAt: '2026-01-15T13:00:00.000Z' });
    clock.set(new Date('2026-01-15T12:59:59.999Z'));
    await follow(api, 'Soon123', 'https://example.com/offer');
    clock.set(new Date('2026-01-15T13:00:00.000Z'));
    expectApiError(await api.get('/Soon123'), 410, 'gone');
    clock.advance(DAY);
    const late = await api.get('/Soon123');
    expectApiError(late, 410, 'gone');
    expect(late.headers.get('location'), `${late.request}: an expired link has no Location`).toBeNull();
    const stats = await getStats(api, 'Soon123');
    expect(stats.clicks, 'clicks of the expired link: only the one before it expired').toBe(1);
    expect(stats.lastClickedAt, 'lastClickedAt of the expired link').toBe('2026-01-15T12:59:59.999Z');
    expect((await getLink(api, 'Soon123')).expiresAt, 'GET /links/Soon123 still answers after expiry').toBe('2026-01-15T13:00:00.000Z');
  });

  it('clicks are kept in the database: a second app on the same file sees them', async () => {
    const one = await start({ random: randomFor('Share12') });
    const two = await start({ dbFile: one.dbFile, clock: one.clock });
    await createLink(one.api, { url: 'https://example.com/' });
    await follow(two.api, 'Share12', 'https://example.com/');
    await follow(one.api, 'Share12', 'https://example.com/');
    await follow(two.api, 'Share12', 'https://example.com/');
    expect((await getLink(one.api, 'Share12')).clicks, 'clicks seen by the first app').toBe(3);
    expect((await getStats(two.api, 'Share12')).daily, 'daily clicks seen by the second app').toEqual([{ day: '2026-01-15', clicks: 3 }]);
  });

  it("a click updates the link and its day in one transaction: when one write fails, neither stays", async () => {
    const { api, dbFile } = await start({ random: randomFor('Atom123', 'Atom456') });
    await createLink(api, { url: 'https://example.com/1' });
    await createLink(api, { url: 'https://example.com/2' });
    const sabotage = (ddl: (daily: string) => string) => withRawDb(dbFile, (db) => db.exec(ddl(quoteIdent(dailyTable(db).table))));
    // The day's count cannot be written: the link's total must not move either.
    sabotage((daily) => `CREATE TRIGGER sabotage_insert BEFORE INSERT ON ${daily} BEGIN SELECT RAISE(ABORT, 'sabotage'); END;
      CREATE TRIGGER sabotage_update BEFORE UPDATE ON ${daily} BEGIN SELECT RAISE(ABORT, 'sabotage'); END;`);
    const first = await api.get('/Atom123');
    expect(first.status, `${first.request} while the day's count cannot be written: answered ${first.status}`).toBeGreaterThanOrEqual(500);
    sabotage(() => 'DROP TRIGGER sabotage_insert; DROP TRIGGER sabotage_update;');
    expect((await getStats(api, 'Atom123')).clicks, 'clicks of Atom123 after the failed redirect').toBe(0);
    // The link's total cannot be written: no day may be counted either.
    sabotage(() => `CREATE TRIGGER sabotage_links BEFORE UPDATE ON links BEGIN SELECT RAISE(ABORT, 'sabotage'); END;`);
    const second = await api.get('/Atom456');
    expect(second.status, `${second.request} while the link cannot be updated: answered ${second.status}`).toBeGreaterThanOrEqual(500);
    sabotage(() => 'DROP TRIGGER sabotage_links;');
    expect(await getStats(api, 'Atom456'), 'stats of Atom456 after the failed redirect').toMatchObject({ clicks: 0, lastClickedAt: null, daily: [] });
    await follow(api, 'Atom456', 'https://example.com/2');
    expect((await getStats(api, 'Atom456')).daily, 'daily clicks once the database works again').toEqual([{ day: '2026-01-15', clicks: 1 }]);
  });

  it('redirects that arrive at the same time are each counted once (30 at once on three links)', async () => {
    const codes = ['Many123', 'Many456', 'Many789'];
    const { api } = await start({ random: randomFor(...codes) });
    for (const [i, code] of codes.entries()) expect((await createLink(api, { url: `https://example.com/${i}` })).code).toBe(code);
    const requested = Array.from({ length: 30 }, (_, i) => codes[i % codes.length]!);
    const answers = await redirectAtOnce(api, requested);
    expect(answers.map((res) => res.status), '30 redirects sent at once: their statuses').toEqual(requested.map(() => 302));
    for (const [i, code] of codes.entries()) {
      expect(answers.find((res) => res.request.endsWith(`/${code}`))?.headers.get('location'), `Location of /${code}`).toBe(`https://example.com/${i}`);
      expect(await getStats(api, code), `stats of ${code} after 10 of the 30 redirects`).toMatchObject({ clicks: 10, daily: [{ day: '2026-01-15', clicks: 10 }] });
    }
  });

  it('four processes on one database file count 400 redirects of one link exactly: no lost click, no 5xx', async () => {
    // One process runs one better-sqlite3 call at a time, so a read-then-write looks right there;
    // four processes on the same file interleave, and every lost or refused click shows here.
    const dbFile = tempDbFile();
    const { apps, stderr } = await startAppProcesses(4, { options: { dbFile, baseUrl: BASE_URL }, start: START });
    const created = await apps[0]!.post('/links', { json: { url: 'https://example.com/busy', alias: 'busy-link' } });
    expectStatus(created, 201);
    // Open every connection first (reading a link is not a click), then fire all redirects together.
    await Promise.all(apps.map((app) => app.get('/links/busy-link')));
    const answers = await Promise.all(Array.from({ length: 400 }, (_, i) => apps[i % 4]!.get('/busy-link')));
    const statuses = answers.map((res) => res.status);
    const wrong = answers.filter((res) => res.status !== 302);
    expect(
      wrong.map((res) => `${res.status} ${res.text.slice(0, 120)}`).slice(0, 5),
      `400 redirects of /busy-link spread over four processes on one file: every one answers 302 (a 500 here is often SQLITE_BUSY from a read-then-write transaction)\n${stderr().slice(0, 800)}`,
    ).toEqual([]);
    expect(statuses.length, 'answers').toBe(400);
    const stats = await getStats(apps[1]!, 'busy-link');
    expect(stats.clicks, 'clicks of /busy-link after 400 redirects from four processes: each one counted once (clicks = clicks + 1 in SQL, not a value read before)').toBe(400);
    expect(stats.daily, 'daily of /busy-link after 400 redirects on one day').toEqual([{ day: '2026-01-15', clicks: 400 }]);
  }, 30_000);

  it('a click that cannot be written fails its own redirect only: redirects arriving with it are counted', async () => {
    const { api, dbFile } = await start({ random: randomFor('Good123', 'Bad4567') });
    await createLink(api, { url: 'https://example.com/good' });
    await createLink(api, { url: 'https://example.com/bad' });
    withRawDb(dbFile, (db) => db.exec(`CREATE TRIGGER sabotage_one BEFORE UPDATE ON links WHEN OLD.code = 'Bad4567' BEGIN SELECT RAISE(ABORT, 'sabotage'); END;`));
    const requested = ['Good123', 'Good123', 'Good123', 'Bad4567', 'Good123', 'Good123', 'Good123'];
    const answers = await redirectAtOnce(api, requested);
    expectApiError(answers[3]!, 500, 'internal');
    expect(answers.map((res) => res.status).filter((_, i) => i !== 3), 'the six redirects of Good123 sent with the failing one').toEqual([302, 302, 302, 302, 302, 302]);
    expect(await getStats(api, 'Good123'), 'stats of Good123').toMatchObject({ clicks: 6, daily: [{ day: '2026-01-15', clicks: 6 }] });
    expect(await getStats(api, 'Bad4567'), 'stats of Bad4567, whose click failed').toMatchObject({ clicks: 0, lastClickedAt: null, daily: [] });
  });
});

describe('Task 5: Show stats and delete links', () => {
  it('a new link has no clicks: clicks 0, lastClickedAt null, daily []', async () => {
    const { api } = await start({ random: randomFor('Fresh12') });
    await createLink(api, { url: 'https://example.com/' });
    expect(await getStats(api, 'Fresh12'), 'GET /links/Fresh12/stats').toEqual({ code: 'Fresh12', url: 'https://example.com/', clicks: 0, lastClickedAt: null, daily: [] });
  });

  it('stats count clicks per UTC day, oldest day first, with the time of the last click', async () => {
    const { api, clock } = await start({ random: randomFor('Daily12', 'Other34') });
    await createLink(api, { url: 'https://example.com/a' });
    await createLink(api, { url: 'https://example.com/b' });
    clock.set(new Date('2026-01-15T23:59:59.999Z'));
    await follow(api, 'Daily12', 'https://example.com/a');
    await follow(api, 'Daily12', 'https://example.com/a');
    clock.set(new Date('2026-01-16T00:00:00.000Z'));
    await follow(api, 'Daily12', 'https://example.com/a');
    await follow(api, 'Other34', 'https://example.com/b');
    clock.set(new Date('2026-01-18T08:30:00.000Z'));
    await follow(api, 'Daily12', 'https://example.com/a');
    expect(await getStats(api, 'Daily12'), 'GET /links/Daily12/stats').toEqual({
      code: 'Daily12',
      url: 'https://example.com/a',
      clicks: 4,
      lastClickedAt: '2026-01-18T08:30:00.000Z',
      daily: [
        { day: '2026-01-15', clicks: 2 },
        { day: '2026-01-16', clicks: 1 },
        { day: '2026-01-18', clicks: 1 },
      ],
    });
    expect((await getStats(api, 'Other34')).daily, 'daily clicks of another link').toEqual([{ day: '2026-01-16', clicks: 1 }]);
  });

  it('daily is ordered by day even when the clicks came in another order', async () => {
    const { api, clock } = await start({ random: randomFor('Order12') });
    await createLink(api, { url: 'https://example.com/' });
    for (const at of ['2026-03-10T10:00:00Z', '2026-02-01T10:00:00Z', '2026-02-20T10:00:00Z', '2026-02-01T11:00:00Z']) {
      clock.set(new Date(at));
      await follow(api, 'Order12', 'https://example.com/');
    }
    expect((await getStats(api, 'Order12')).daily, 'daily of clicks made on 03-10, 02-01, 02-20, 02-01').toEqual([
      { day: '2026-02-01', clicks: 2 },
      { day: '2026-02-20', clicks: 1 },
      { day: '2026-03-10', clicks: 1 },
    ]);
  });

  it('GET and stats of an unknown code answer 404 not_found', async () => {
    const { api } = await start();
    for (const path of ['/links/Nope123', '/links/Nope123/stats', '/links/ab', "/links/x'%20OR%20'1'='1/stats"]) {
      expectApiError(await api.get(path), 404, 'not_found');
    }
  });

  it('DELETE answers 204 with no body; the short link then answers 404, the others stay', async () => {
    const { api } = await start({ random: randomFor('Gone123', 'Stay456') });
    await createLink(api, { url: 'https://example.com/gone' });
    const stay = await createLink(api, { url: 'https://example.com/stay' });
    await follow(api, 'Gone123', 'https://example.com/gone');
    const res = await api.delete('/links/Gone123');
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expectApiError(await api.get('/Gone123'), 404, 'not_found');
    expectApiError(await api.get('/links/Gone123'), 404, 'not_found');
    expectApiError(await api.get('/links/Gone123/stats'), 404, 'not_found');
    expectApiError(await api.delete('/links/Gone123'), 404, 'not_found');
    expectApiError(await api.delete('/links/no'), 404, 'not_found');
    expect(await getLink(api, 'Stay456'), 'the other link').toEqual(stay);
  });

  it('a deleted alias is free again, and its clicks do not come back', async () => {
    const { api, dbFile } = await start();
    await createLink(api, { url: 'https://example.com/old', alias: 'reuse-me' });
    await follow(api, 'reuse-me', 'https://example.com/old');
    await follow(api, 'reuse-me', 'https://example.com/old');
    expect(dailyRowCount(dbFile), 'rows of clicks per day before the DELETE').toBe(1);
    expect((await api.delete('/links/reuse-me')).status, 'DELETE /links/reuse-me').toBe(204);
    expect(dailyRowCount(dbFile), 'rows of clicks per day after the DELETE: they go with their link').toBe(0);
    const again = await createLink(api, { url: 'https://example.com/new', alias: 'reuse-me' });
    expect(again.clicks, 'clicks of the new link with the old alias').toBe(0);
    expect((await getStats(api, 'reuse-me')).daily, 'daily of the new link with the old alias').toEqual([]);
    await follow(api, 'reuse-me', 'https://example.com/new');
  });
});

const INJECTIONS = ["' OR 1=1 --", "Robert'); DROP TABLE links;--", '"', ';', "x' UNION SELECT sqlite_version() --"];

describe('Task 6: Let the database guard the rules', () => {
  it('the database itself refuses a second row with the same code (a unique index)', async () => {
    const { api, dbFile } = await start({ random: randomFor('Uniq123') });
    await createLink(api, { url: 'https://unique.example/' });
    await api.close();
    const code = tryInsertCopy(dbFile, hasText('Uniq123'));
    expect(code ?? 'accepted', 'INSERT of a copy of the row of Uniq123 straight into the database file: SQLite should refuse it (a unique index on links.code)').toMatch(/^SQLITE_CONSTRAINT/);
    const other = tryInsertCopy(dbFile, hasText('Uniq123'), (row) => ({ ...row, code: 'Uniq999' }));
    expect(other, 'INSERT of the same row with another code: SQLite should accept it').toBeNull();
  });

  it('a redirect looks the code up through an index, not a scan of links', async () => {
    const { api, dbFile } = await start();
    await createLink(api, { url: 'https://example.com/' });
    const plan = withRawDb(dbFile, (db) => queryPlan(db, 'SELECT * FROM links WHERE code = ?', ['Abc1234']));
    expect(plan.join(' | '), 'EXPLAIN QUERY PLAN SELECT * FROM links WHERE code = ?').toMatch(/SEARCH links USING (COVERING )?INDEX|SEARCH links USING PRIMARY KEY/);
  });

  it('the database refuses negative clicks (a CHECK constraint on links.clicks)', async () => {
    const { api, dbFile } = await start({ random: randomFor('Check12') });
    await createLink(api, { url: 'https://check.example/' });
    await api.close();
    const code = tryInsertCopy(dbFile, hasText('Check12'), (row) => ({ ...row, code: 'Check99', clicks: -1 }));
    expect(code ?? 'accepted', 'INSERT of a copy of a link with clicks = -1: SQLite should refuse it (SQLITE_CONSTRAINT_CHECK)').toBe('SQLITE_CONSTRAINT_CHECK');
  });

  it('clicks per day need an existing link (a foreign key) and hold one row per link and day', async () => {
    const { api, dbFile } = await start({ random: randomFor('Daily12') });
    await createLink(api, { url: 'https://fk.example/' });
    await follow(api, 'Daily12', 'https://fk.example/');
    await follow(api, 'Daily12', 'https://fk.example/');
    await api.close();
    const { table, column, columns } = withRawDb(dbFile, (db) => {
      const found = dailyTable(db);
      const names = (db.prepare(`PRAGMA table_info(${quoteIdent(found.table)})`).all() as Array<{ name: string }>).map((c) => c.name).sort();
      return { ...found, columns: names };
    });
    expect(dailyRowCount(dbFile), `rows in ${table} after two clicks on one day`).toBe(1);
    // The only row of the day table: the one with exactly its columns.
    const isDailyRow = (row: Record<string, unknown>) => JSON.stringify(Object.keys(row).sort()) === JSON.stringify(columns);
    const orphan = tryInsertCopy(dbFile, isDailyRow, (row) => ({ ...row, [column]: typeof row[column] === 'number' ? row[column] + 100_000 : 'no-such-link' }));
    expect(orphan ?? 'accepted', `INSERT into ${table} of a row for a link that does not exist: SQLite should refuse it (FOREIGN KEY)`).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    const twin = withRawDb(dbFile, (db) => {
      const info = db.prepare(`PRAGMA table_info(${quoteIdent(table)})`).all() as Array<{ name: string; pk: number; type: string }>;
      const rowidKey = info.filter((c) => c.pk > 0).length === 1 ? info.find((c) => c.pk > 0 && /int/i.test(c.type))?.name : undefined;
      const row = db.prepare(`SELECT * FROM ${quoteIdent(table)}`).get() as Record<string, unknown>;
      const names = Object.keys(row).filter((name) => name !== rowidKey);
      try {
        db.prepare(`INSERT INTO ${quoteIdent(table)} (${names.map(quoteIdent).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((n) => row[n]));
        return 'accepted';
      } catch (error) {
        return String((error as { code?: unknown }).code);
      }
    });
    expect(twin, `INSERT into ${table} of a second row for the same link and day: SQLite should refuse it (a primary key or unique index on the pair)`).toMatch(/^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/);
  });

  it('deleting a link row deletes its clicks per day in the database itself (ON DELETE CASCADE)', async () => {
    const { api, dbFile } = await start({ random: randomFor('Casc123', 'Keep456') });
    await createLink(api, { url: 'https://example.com/1' });
    await createLink(api, { url: 'https://example.com/2' });
    await follow(api, 'Casc123', 'https://example.com/1');
    await follow(api, 'Keep456', 'https://example.com/2');
    await api.close();
    expect(dailyRowCount(dbFile), 'rows of clicks per day for two links').toBe(2);
    withRawDb(dbFile, (db) => {
      db.pragma('foreign_keys = ON');
      db.prepare('DELETE FROM links WHERE code = ?').run('Casc123');
    });
    expect(dailyRowCount(dbFile), 'rows of clicks per day after DELETE FROM links (plain SQL) of one link').toBe(1);
  });

  it('after a restart every link, click and deletion is still there', async () => {
    const first = await start({ random: randomFor('Keep123', 'Drop456', 'Next789') });
    const keep = await createLink(first.api, { url: 'https://example.com/keep', expiresAt: '2026-02-01T00:00:00Z' });
    await createLink(first.api, { url: 'https://example.com/drop' });
    const alias = await createLink(first.api, { url: 'https://example.com/alias', alias: 'my-alias' });
    await follow(first.api, 'Keep123', 'https://example.com/keep');
    first.clock.advance(DAY);
    await follow(first.api, 'Keep123', 'https://example.com/keep');
    expect((await first.api.delete('/links/Drop456')).status, 'DELETE /links/Drop456').toBe(204);
    await first.api.close();

    const second = await start({ dbFile: first.dbFile, clock: first.clock, random: randomFor('Keep123', 'Next789') });
    expectMigrationsApplied(first.dbFile);
    expect(await getLink(second.api, 'Keep123'), 'GET /links/Keep123 after the restart').toEqual({ ...keep, clicks: 2 });
    expect(await getLink(second.api, 'my-alias'), 'GET /links/my-alias after the restart').toEqual(alias);
    expect((await getStats(second.api, 'Keep123')).daily, 'daily of Keep123 after the restart').toEqual([
      { day: '2026-01-15', clicks: 1 },
      { day: '2026-01-16', clicks: 1 },
    ]);
    expectApiError(await second.api.get('/Drop456'), 404, 'not_found');
    expectApiError(await second.api.post('/links', { json: { url: 'https://example.com/x', alias: 'my-alias' } }), 409, 'conflict');
    expect((await createLink(second.api, { url: 'https://example.com/next' })).code, 'a new link after the restart: Keep123 is taken').toBe('Next789');
  });

  it('SQL in the url is stored verbatim; in alias, expiresAt and the path it is refused; the data stays intact', async () => {
    const { api, dbFile } = await start({ random: seeded(99) });
    const safe = await createLink(api, { url: 'https://example.com/', alias: 'safe-link' });
    for (const text of INJECTIONS) {
      const url = `https://example.com/?q=${text.replace(/ /g, '')}`;
      const link = await createLink(api, { url });
      expect(link.url, `url of a link created with ${url}`).toBe(url);
      await follow(api, link.code, url);
      expectInvalid(await api.post('/links', { json: { url: 'https://example.com/', alias: text } }), 'alias');
      expectInvalid(await api.post('/links', { json: { url: 'https://example.com/', expiresAt: text } }), 'expiresAt');
      expectInvalid(await api.post('/links', { json: { url: text } }), 'url');
      const path = encodeURIComponent(text);
      for (const res of [await api.get(`/${path}`), await api.get(`/links/${path}`), await api.get(`/links/${path}/stats`), await api.delete(`/links/${path}`)]) {
        expectNo5xx(res);
        expectApiError(res, 404, 'not_found');
      }
    }
    expect(countLinkRows(dbFile), 'rows in links: the safe link and one per hostile URL').toBe(1 + INJECTIONS.length);
    expect(await getLink(api, 'safe-link'), 'the safe link after the hostile requests').toEqual(safe);
  });

  it('hostile input on every route (broken URLs, corrupt bodies, repeated parameters) gets a 4xx JSON error, never a 5xx', async () => {
    const { api } = await start({ random: randomFor('Host123') });
    const link = await createLink(api, { url: 'https://example.com/hostile' });
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/links', body: { url: 'https://example.com/new', alias: 'new-alias', expiresAt: '2027-01-01T00:00:00Z' } },
        { method: 'GET', path: '/links/:code' },
        { method: 'GET', path: '/links/:code/stats' },
        { method: 'DELETE', path: '/links/:code' },
        { method: 'GET', path: '/:code' },
      ],
      { params: { code: link.code } },
    );
  });
});
