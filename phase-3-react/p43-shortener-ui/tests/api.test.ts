// p43's API checks: the links API of the Interface over HTTP, the short links (GET /:code), the
// stats with every day filled in, and the built app served beside the short links.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectStatus, quoteIdent, tempDir, withRawDb } from '#testkit';
import {
  CODE_PATTERN,
  DAY,
  DEFAULT_BASE_URL,
  HOUR,
  START,
  createLink,
  dailyRowCount,
  dailyTable,
  expectLink,
  follow,
  getStats,
  linkRowCount,
  listLinks,
  randomFor,
  scripted,
  start,
} from './helpers.js';

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('Task 1: Create and list short links', () => {
  it('POST /api/links answers 201, Location and the link, its 7-character code spelled by random(); GET /api/links/:code answers it', async () => {
    const random = randomFor('0Aaz9Zb');
    const { api, dbFile } = await start({ random, baseUrl: 'https://sho.rt' });
    const url = 'https://shop.example.com/campaigns/2026/spring?utm_source=bus';
    const res = await api.post('/api/links', { json: { url } });
    const link = expectLink(res, 201);
    expect(link, `${res.request}`).toEqual({ code: '0Aaz9Zb', url, shortUrl: 'https://sho.rt/0Aaz9Zb', alias: null, clicks: 0, createdAt: START });
    expect(res.headers.get('location'), `${res.request}: Location`).toBe('/api/links/0Aaz9Zb');
    expect(random.calls, 'calls to random() for one generated code').toBe(7);
    expect(expectLink(await api.get('/api/links/0Aaz9Zb')), 'GET /api/links/0Aaz9Zb').toEqual(link);
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('without baseUrl, shortUrl starts with http://localhost:3000; codes are 7 characters of base62', async () => {
    const { api } = await start();
    const link = await createLink(api, { url: 'https://example.com/' });
    expect(link.code, 'a generated code with the default random source').toMatch(CODE_PATTERN);
    expect(link.shortUrl, 'shortUrl without the baseUrl option').toBe(`${DEFAULT_BASE_URL}/${link.code}`);
    const other = await createLink(api, { url: 'https://example.com/' });
    expect(other.code, 'a second generated code with the default random source').toMatch(CODE_PATTERN);
    expect(other.code, 'two links created without an alias get two codes').not.toBe(link.code);
  });

  it('GET /api/links lists every link, newest first; a restart on the same file keeps them', async () => {
    const first = await start();
    expect(await listLinks(first.api), 'GET /api/links on a fresh database').toEqual([]);
    const a = await createLink(first.api, { url: 'https://a.example/' });
    first.clock.advance(60_000);
    const b = await createLink(first.api, { url: 'https://b.example/', alias: 'bee' });
    const c = await createLink(first.api, { url: 'https://c.example/' });
    expect(await listLinks(first.api), 'GET /api/links: newest first (c and b share a createdAt: c was created last)').toEqual([c, b, a]);
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await listLinks(second.api), 'GET /api/links after a restart').toEqual([c, b, a]);
  });

  it('accepts absolute http and https URLs with a host, up to 2048 characters, stored as sent', async () => {
    const { api } = await start();
    const longest = `https://example.com/${'a'.repeat(2048 - 'https://example.com/'.length)}`;
    for (const url of ['http://example.com', 'HTTPS://Example.COM/Path?Q=1#Top', 'http://localhost:8080/a/b?c=d&e=f', longest]) {
      expect((await createLink(api, { url })).url, `url of a link created with ${url.slice(0, 60)}`).toBe(url);
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
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.com/file.txt',
      'mailto:ann@example.com',
      '/relative/path',
      'example.com',
      '//example.com/path',
      'http://',
      'https://',
      'http://:80/',
      ' https://example.com/',
      'https://example.com/ ',
      'https://exa mple.com/',
      'https://example.com/\nSet-Cookie: x=1',
      '\thttps://example.com/',
      'https://example.com/a\u0000b',
      'https://example.com/a\u007fb',
      'https://example.com\u00a0/',
      '',
      `https://example.com/${'a'.repeat(2049 - 'https://example.com/'.length)}`,
    ];
    for (const url of refused) expectInvalid(await api.post('/api/links', { json: { url } }), 'url');
    expect(linkRowCount(dbFile), 'rows in links after the refused POSTs').toBe(0);
  });

  it('a missing url, wrong types, unknown fields and bodies that are not JSON objects answer 4xx naming the problem', async () => {
    const { api, dbFile } = await start();
    const cases: Array<[unknown, string]> = [
      [{}, 'url'],
      [{ alias: 'promo' }, 'url'],
      [{ url: 42 }, 'url'],
      [{ url: null }, 'url'],
      [{ url: ['https://example.com/'] }, 'url'],
      [{ url: 'https://example.com/', alias: 7 }, 'alias'],
      [{ url: 'https://example.com/', alias: null }, 'alias'],
      [{ url: 'https://example.com/', clicks: 100 }, 'clicks'],
      [{ url: 'https://example.com/', code: 'abcdefg' }, 'code'],
    ];
    for (const [body, field] of cases) expectInvalid(await api.post('/api/links', { json: body }), field);
    expectApiError(await api.post('/api/links', { json: ['https://example.com/'] }), 400, 'validation_failed');
    expectApiError(await api.post('/api/links', { body: 'url=https://example.com/', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/api/links', { body: '{"url":', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expect(linkRowCount(dbFile), 'rows in links after the refused POSTs').toBe(0);
  });

  it('an alias becomes the code (case-sensitive); aliases that break the pattern or are reserved answer 400 on alias', async () => {
    const random = scripted([0.5]);
    const { api, dbFile } = await start({ random, baseUrl: 'https://sho.rt' });
    const promo = await createLink(api, { url: 'https://shop.example.com/spring', alias: 'Promo' });
    expect(promo, 'a link created with alias Promo').toMatchObject({ code: 'Promo', alias: 'Promo', shortUrl: 'https://sho.rt/Promo' });
    expect((await createLink(api, { url: 'https://shop.example.com/other', alias: 'promo' })).code, 'alias promo beside Promo').toBe('promo');
    for (const alias of ['abc', 'a-b_c', 'x'.repeat(32), 'API2', 'assets-2026']) await createLink(api, { url: 'https://example.com/', alias });
    expect(random.calls, 'calls to random() for links that all have an alias').toBe(0);
    for (const alias of ['ab', 'x'.repeat(33), 'spring sale', 'sale!', 'a/b', 'é-sale', '', 'api', 'API', 'assets', 'Assets']) {
      expectInvalid(await api.post('/api/links', { json: { url: 'https://example.com/', alias } }), 'alias');
    }
    const both = await api.post('/api/links', { json: { url: 'javascript:alert(1)', alias: 'no' } });
    expectInvalid(both, 'url', 'alias');
    expect(linkRowCount(dbFile), 'rows in links: the 7 accepted').toBe(7);
  });

  it('an alias already taken (by an alias or a generated code) is a 409 conflict on alias; a generated code that is taken is drawn again', async () => {
    const random = randomFor('Taken77', 'Fresh88', 'Other99');
    const { api, dbFile } = await start({ random });
    await createLink(api, { url: 'https://first.example/', alias: 'spring-sale' });
    const taken = await api.post('/api/links', { json: { url: 'https://evil.example/', alias: 'spring-sale' } });
    expectApiError(taken, 409, 'conflict');
    const details = (taken.json as { error: { details?: Array<{ field?: unknown }> } }).error.details;
    expect(details?.map((d) => d.field), `${taken.request}: error.details names the field`).toEqual(['alias']);
    expect((await createLink(api, { url: 'https://second.example/', alias: 'Taken77' })).code, 'alias Taken77').toBe('Taken77');
    const generated = await createLink(api, { url: 'https://third.example/' });
    expect(generated.code, 'the first code drawn (Taken77) was taken by an alias: the next one').toBe('Fresh88');
    expectApiError(await api.post('/api/links', { json: { url: 'https://x.example/', alias: 'Fresh88' } }), 409, 'conflict');
    expect((await listLinks(api)).map((l) => [l.code, l.url]), 'GET /api/links: nothing changed by the conflicts').toEqual([
      ['Fresh88', 'https://third.example/'],
      ['Taken77', 'https://second.example/'],
      ['spring-sale', 'https://first.example/'],
    ]);
    expect(linkRowCount(dbFile), 'rows in links').toBe(3);
  });

  it('a random source that keeps drawing taken codes gives a 500 after 5 attempts; a database failure is neither retried nor a 409', async () => {
    const random = randomFor('Stuck00');
    const { api, dbFile } = await start({ random });
    await createLink(api, { url: 'https://first.example/' });
    expectApiError(await api.post('/api/links', { json: { url: 'https://second.example/' } }), 500, 'internal');
    expect(random.calls, 'calls to random(): 7 for the first link, then 5 attempts of 7').toBe(42);
    expect(linkRowCount(dbFile), 'rows in links after the POST that found no free code').toBe(1);
    withRawDb(dbFile, (db) => db.exec(`CREATE TRIGGER sabotage_insert BEFORE INSERT ON links BEGIN SELECT RAISE(ABORT, 'sabotage'); END;`));
    random.calls = 0;
    expectApiError(await api.post('/api/links', { json: { url: 'https://third.example/' } }), 500, 'internal');
    expect(random.calls, 'calls to random() when the insert fails for another reason than a taken code: one draw, no retry').toBe(7);
    expectApiError(await api.post('/api/links', { json: { url: 'https://fourth.example/', alias: 'fresh-alias' } }), 500, 'internal');
  });

  it('GET /api/links/:code answers 404 for a code no link has, and for one that cannot be a code', async () => {
    const { api } = await start();
    await createLink(api, { url: 'https://example.com/', alias: 'Promo' });
    for (const code of ['promo', 'Nope123', 'ab', 'a.b', "x'OR'1"]) expectApiError(await api.get(`/api/links/${encodeURIComponent(code)}`), 404, 'not_found');
    expectAllow(await api.delete('/api/links/Promo'), ['GET', 'HEAD']);
    expectAllow(await api.put('/api/links', { json: {} }), ['GET', 'HEAD', 'POST']);
    expectApiError(await api.get('/api/nothing'), 404, 'not_found');
  });
});

describe('Task 2: Redirect and count clicks', () => {
  it('GET /:code answers 302 with the long URL in Location, and counts a click on the link', async () => {
    const { api } = await start({ random: randomFor('Gen1234') });
    await createLink(api, { url: 'https://shop.example.com/spring?utm_source=bus', alias: 'spring-sale' });
    await createLink(api, { url: 'https://example.com/generated' });
    await follow(api, 'spring-sale', 'https://shop.example.com/spring?utm_source=bus');
    await follow(api, 'spring-sale', 'https://shop.example.com/spring?utm_source=bus');
    await follow(api, 'Gen1234', 'https://example.com/generated');
    expect((await listLinks(api)).map((l) => [l.code, l.clicks]), 'clicks in GET /api/links after 2 + 1 redirects').toEqual([
      ['Gen1234', 1],
      ['spring-sale', 2],
    ]);
    expect(expectLink(await api.get('/api/links/spring-sale')).clicks, 'GET /api/links/spring-sale').toBe(2);
  });

  it('a code no link has is a 404 JSON that counts nothing; codes are case-sensitive; other methods are 405', async () => {
    const { api, dbFile } = await start();
    await createLink(api, { url: 'https://example.com/', alias: 'Promo' });
    for (const path of ['/promo', '/PROMO', '/Nope123', '/', '/a.b', '/Promo/more']) expectApiError(await api.get(path), 404, 'not_found');
    expectAllow(await api.post('/Promo', { json: {} }), ['GET', 'HEAD']);
    expectAllow(await api.delete('/Promo'), ['GET', 'HEAD']);
    expect((await listLinks(api))[0]?.clicks, 'clicks of Promo after requests that were no redirect').toBe(0);
    expect(dailyRowCount(dbFile), 'rows of clicks per day').toBe(0);
  });

  it('clicks are counted per UTC day: one row per link and day, added to by each click', async () => {
    const { api, clock, dbFile } = await start({ start: '2026-03-04T23:59:00.000Z' });
    await createLink(api, { url: 'https://example.com/', alias: 'daily' });
    await follow(api, 'daily', 'https://example.com/');
    await follow(api, 'daily', 'https://example.com/');
    clock.advance(2 * 60_000);
    await follow(api, 'daily', 'https://example.com/');
    const rows = withRawDb(dbFile, (db) => db.prepare(`SELECT * FROM ${quoteIdent(dailyTable(db))}`).all() as Array<Record<string, unknown>>);
    const days = rows.map((row) => Object.values(row).find((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))).map((v) => String(v).slice(0, 10));
    expect(days.sort(), 'the days of the day rows after 2 clicks at 23:59Z on 2026-03-04 and 1 at 00:01Z on 2026-03-05').toEqual(['2026-03-04', '2026-03-05']);
    expect((await listLinks(api))[0]?.clicks, 'clicks of the link').toBe(3);
  });

  it('a click is two writes in one transaction: when one fails, the other is undone and the answer is a 500', async () => {
    const { api, dbFile } = await start();
    await createLink(api, { url: 'https://example.com/1', alias: 'first' });
    await createLink(api, { url: 'https://example.com/2', alias: 'second' });
    const sabotage = (sql: (day: string) => string) => withRawDb(dbFile, (db) => db.exec(sql(quoteIdent(dailyTable(db)))));
    sabotage((day) => `CREATE TRIGGER sabotage_insert BEFORE INSERT ON ${day} BEGIN SELECT RAISE(ABORT, 'sabotage'); END;
      CREATE TRIGGER sabotage_update BEFORE UPDATE ON ${day} BEGIN SELECT RAISE(ABORT, 'sabotage'); END;`);
    expectApiError(await api.get('/first'), 500, 'internal');
    sabotage(() => 'DROP TRIGGER sabotage_insert; DROP TRIGGER sabotage_update;');
    expect(expectLink(await api.get('/api/links/first')).clicks, 'clicks of "first" after a redirect whose day count failed').toBe(0);
    sabotage(() => `CREATE TRIGGER sabotage_links BEFORE UPDATE ON links BEGIN SELECT RAISE(ABORT, 'sabotage'); END;`);
    expectApiError(await api.get('/second'), 500, 'internal');
    sabotage(() => 'DROP TRIGGER sabotage_links;');
    expect(dailyRowCount(dbFile), 'day rows after a redirect whose link update failed').toBe(0);
    await follow(api, 'second', 'https://example.com/2');
    expect(dailyRowCount(dbFile), 'day rows once the database works again').toBe(1);
  });
});

describe('Task 3: Stats with every day', () => {
  it('GET /api/links/:code/stats gives the last 7 UTC days, oldest first, ending today, with 0 for the days without clicks', async () => {
    const { api, clock } = await start({ start: '2026-02-24T12:00:00.000Z' });
    await createLink(api, { url: 'https://example.com/', alias: 'poster' });
    await follow(api, 'poster', 'https://example.com/'); // 2026-02-24: outside the last 7 days on 03-04
    clock.set(new Date('2026-02-27T08:00:00.000Z'));
    for (let i = 0; i < 3; i++) await follow(api, 'poster', 'https://example.com/');
    clock.set(new Date('2026-03-02T23:59:59.999Z'));
    await follow(api, 'poster', 'https://example.com/');
    clock.set(new Date('2026-03-04T00:00:00.000Z'));
    for (let i = 0; i < 5; i++) await follow(api, 'poster', 'https://example.com/');
    clock.set(new Date('2026-03-04T22:00:00.000Z'));
    const stats = await getStats(api, 'poster');
    expect(stats, 'GET /api/links/poster/stats on 2026-03-04 (no ?days: 7)').toEqual({
      code: 'poster',
      days: 7,
      total: 9,
      daily: [
        { day: '2026-02-26', clicks: 0 },
        { day: '2026-02-27', clicks: 3 },
        { day: '2026-02-28', clicks: 0 },
        { day: '2026-03-01', clicks: 0 },
        { day: '2026-03-02', clicks: 1 },
        { day: '2026-03-03', clicks: 0 },
        { day: '2026-03-04', clicks: 5 },
      ],
    });
    expect(await getStats(api, 'poster', '?days=7'), '?days=7 is the default').toEqual(stats);
    expect(expectLink(await api.get('/api/links/poster')).clicks, 'the link\'s clicks count every click, inside the window or not').toBe(10);
  });

  it('?days=N from 1 to 90 picks the window; a link without clicks has N zero days', async () => {
    const { api, clock } = await start({ start: '2025-12-30T10:00:00.000Z' });
    await createLink(api, { url: 'https://example.com/', alias: 'newyear' });
    await createLink(api, { url: 'https://example.com/quiet', alias: 'quiet' });
    await follow(api, 'newyear', 'https://example.com/');
    clock.advance(3 * DAY);
    await follow(api, 'newyear', 'https://example.com/');
    await follow(api, 'newyear', 'https://example.com/');
    expect(await getStats(api, 'newyear', '?days=1'), '?days=1 on 2026-01-02').toEqual({ code: 'newyear', days: 1, total: 2, daily: [{ day: '2026-01-02', clicks: 2 }] });
    expect((await getStats(api, 'newyear', '?days=4')).daily, '?days=4 on 2026-01-02, across the new year').toEqual([
      { day: '2025-12-30', clicks: 1 },
      { day: '2025-12-31', clicks: 0 },
      { day: '2026-01-01', clicks: 0 },
      { day: '2026-01-02', clicks: 2 },
    ]);
    const ninety = await getStats(api, 'newyear', '?days=90');
    expect([ninety.days, ninety.total, ninety.daily.length, ninety.daily[0]?.day, ninety.daily.at(-1)?.day], '?days=90: [days, total, entries, first day, last day]').toEqual([90, 3, 90, '2025-10-05', '2026-01-02']);
    const quiet = await getStats(api, 'quiet', '?days=3');
    expect(quiet, 'stats of a link without clicks').toEqual({ code: 'quiet', days: 3, total: 0, daily: [{ day: '2025-12-31', clicks: 0 }, { day: '2026-01-01', clicks: 0 }, { day: '2026-01-02', clicks: 0 }] });
    clock.advance(HOUR * 14 - 1);
    expect((await getStats(api, 'newyear', '?days=1')).daily, '?days=1 at 23:59:59.999Z, still 2026-01-02').toEqual([{ day: '2026-01-02', clicks: 2 }]);
    clock.advance(1);
    expect((await getStats(api, 'newyear', '?days=1')).daily, '?days=1 at midnight UTC: a new day').toEqual([{ day: '2026-01-03', clicks: 0 }]);
  });

  it('a ?days that is not a whole number from 1 to 90 is a 400 on days; an unknown code a 404', async () => {
    const { api } = await start();
    await createLink(api, { url: 'https://example.com/', alias: 'poster' });
    for (const query of ['?days=0', '?days=91', '?days=-1', '?days=abc', '?days=7.5', '?days=1e1', '?days=', '?days=%207', '?days=1&days=2', '?days=0x10', '?days=007', '?days=5&days=5']) {
      expectInvalid(await api.get(`/api/links/poster/stats${query}`), 'days');
    }
    expect((await getStats(api, 'poster', '?days=3&from=2020-01-01')).daily.length, '?days=3 with another query parameter, which is ignored').toBe(3);
    for (const code of ['Poster', 'nope', 'a.b']) expectApiError(await api.get(`/api/links/${code}/stats`), 404, 'not_found');
    expectAllow(await api.post('/api/links/poster/stats', { json: {} }), ['GET', 'HEAD']);
  });

  it('hostile input on every route never gets a 5xx', async () => {
    const { api } = await start();
    await createLink(api, { url: 'https://example.com/', alias: 'probe' });
    await expectHostileInputRefused(
      api,
      [
        { method: 'GET', path: '/api/links' },
        { method: 'POST', path: '/api/links', body: { url: 'https://example.com/', alias: 'probe2' } },
        { method: 'GET', path: '/api/links/:code' },
        { method: 'GET', path: '/api/links/:code/stats', query: ['days'] },
        { method: 'GET', path: '/:code' },
      ],
      { params: { code: 'probe' } },
    );
  });
});

describe('Task 8: Ship it: short links beside the app', () => {
  /** A stand-in for vite build's output: the suite checks serving, not the app. */
  function fakeDist(): string {
    const dir = path.join(tempDir(), 'dist');
    mkdirSync(path.join(dir, 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Short links</title><div id="root"></div>');
    writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log("app")');
    writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *');
    return dir;
  }

  it('with webDist, a short link still redirects (it comes before the history fallback), and the app, its files and deep links are served', async () => {
    const { api } = await start({ webDist: fakeDist() });
    await createLink(api, { url: 'https://example.com/landing', alias: 'Xk3p9Qa' });
    const home = await api.get('/', { headers: HTML });
    expectStatus(home, 200);
    expect(home.text, 'GET / serves webDist/index.html').toContain('<div id="root"></div>');
    await follow(api, 'Xk3p9Qa', 'https://example.com/landing', HTML);
    await follow(api, 'Xk3p9Qa', 'https://example.com/landing');
    expect(expectLink(await api.get('/api/links/Xk3p9Qa')).clicks, 'clicks after two redirects with webDist').toBe(2);
    expectApiError(await api.get('/Nope123', { headers: HTML }), 404, 'not_found');
    const asset = await api.get('/assets/app-1234.js');
    expectStatus(asset, 200);
    expect(asset.text, 'GET /assets/app-1234.js serves the file').toContain('console.log("app")');
    const robots = await api.get('/robots.txt');
    expectStatus(robots, 200);
    expect(robots.text, 'GET /robots.txt (one segment, not a code) serves the file').toContain('User-agent');
    const deep = await api.get('/links/Xk3p9Qa/details', { headers: HTML });
    expectStatus(deep, 200);
    expect(deep.text, 'GET /links/Xk3p9Qa/details (a deep link) serves index.html: the history fallback').toContain('<div id="root"></div>');
    expectApiError(await api.get('/api/nothing', { headers: HTML }), 404, 'not_found');
    expect((await listLinks(api)).length, 'GET /api/links still answers JSON').toBe(1);
  });
});
