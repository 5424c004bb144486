// The hidden suite of p26 bookmarks-tags. It reaches the app only through what SPEC.md's
// Interface promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), and
// the drizzle/ migrations folder. Table and column names are the learner's design: checks that
// look inside the database file find rows by their content and the join table by its foreign keys.
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
  quoteIdent,
  serve,
  tempDbFile,
  tryInsertCopy,
  withRawDb,
  type HttpResponse,
  type Row,
} from '#testkit';
import {
  MINUTE,
  START,
  createBookmark,
  expectBookmarkShape,
  fileHasText,
  findJoinTable,
  getBookmark,
  linksOf,
  listBookmarks,
  listTags,
  patchBookmark,
  start,
  titles,
  type AppModule,
  type BookmarkJson,
  type Started,
} from './helpers.js';

beforeEach(() => {
  vi.resetModules();
});

const INJECTIONS = ["' OR 1=1 --", "Robert'); DROP TABLE x;--", '"', ';', "x' UNION SELECT 1,2,3 --", '%_\\'];

/**
 * The crafted dataset of the filter checks, created one minute apart (b1 oldest):
 * b1 {js, css}, b2 {js}, b3 {css, html}, b4 {css, html, js}, b5 {}, b6 {rust}.
 */
async function dataset(started: Started): Promise<Record<string, BookmarkJson>> {
  const specs: Array<[string, string[]]> = [
    ['b1', ['js', 'css']],
    ['b2', ['js']],
    ['b3', ['css', 'html']],
    ['b4', ['html', 'JS', 'CSS']],
    ['b5', []],
    ['b6', ['rust']],
  ];
  const made: Record<string, BookmarkJson> = {};
  for (const [title, tags] of specs) {
    made[title] = await createBookmark(started.api, { url: `https://example.com/${title}`, title, tags });
    started.clock.advance(MINUTE);
  }
  return made;
}

function details(res: HttpResponse): Record<string, unknown> {
  return ((res.json as { error?: { details?: unknown } }).error?.details ?? {}) as Record<string, unknown>;
}

describe('Task 1: Open the database and apply migrations', () => {
  it('createApp({ dbFile, now }) applies the migrations drizzle-kit generated, creating at least three tables', async () => {
    const { api, dbFile } = await start();
    await api.close();
    expectMigrationsApplied(dbFile);
    const tables = withRawDb(dbFile, appTables);
    expect(tables.length, `tables in the database (${tables.join(', ')}): bookmarks, tags and the join table`).toBeGreaterThanOrEqual(3);
  });

  it('a new database answers GET /bookmarks with an empty page and GET /tags with []', async () => {
    const { api } = await start();
    expect(await listBookmarks(api), 'GET /bookmarks on an empty database').toEqual({ items: [], total: 0, limit: 20, offset: 0 });
    expect(await listTags(api), 'GET /tags on an empty database').toEqual([]);
  });

  it('opening the same file again (a restart) keeps bookmarks and tags and applies no migration twice', async () => {
    const first = await start();
    const a = await createBookmark(first.api, { url: 'https://a.example/', title: 'A', tags: ['news', 'web'] });
    const tagsBefore = await listTags(first.api);
    await first.api.close();
    const second = await start({ dbFile: first.dbFile, clock: first.clock });
    expect(await getBookmark(second.api, a.id), `GET /bookmarks/${a.id} after the restart`).toEqual(a);
    expect(await listTags(second.api), 'GET /tags after the restart').toEqual(tagsBefore);
    await second.api.close();
    expectMigrationsApplied(first.dbFile);
  });

  it('two apps on two database files do not share data (no module-level state)', async () => {
    const one = await start();
    const two = await start();
    await createBookmark(one.api, { url: 'https://a.example/', title: 'A', tags: ['news'] });
    expect((await listBookmarks(two.api)).total, 'total of the second app after a POST to the first').toBe(0);
    expect(await listTags(two.api), 'tags of the second app').toEqual([]);
    await createBookmark(two.api, { url: 'https://a.example/', title: 'A again', tags: ['news'] });
  });

  it('app.locals.close() closes the database: later requests fail with the JSON 500 error', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: tempDbFile() }) as ReturnType<AppModule['createApp']> & { locals: { close?: () => unknown } };
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    const api = await serve((req, res) => app(req, res));
    await createBookmark(api, { url: 'https://a.example/', title: 'A' });
    await app.locals.close?.();
    expectApiError(await api.get('/bookmarks'), 500, 'internal');
    expectApiError(await api.get('/tags'), 500, 'internal');
    expectApiError(await api.patch('/tags/news', { json: { name: 'other' } }), 500, 'internal');
  });

  it('unknown routes answer 404 and wrong methods 405 with an Allow header', async () => {
    const { api } = await start();
    expectApiError(await api.get('/nope'), 404, 'not_found');
    expectApiError(await api.get('/bookmarks/1/tags'), 404, 'not_found');
    const cases: Array<[string, string, string[]]> = [
      ['PUT', '/bookmarks', ['GET', 'HEAD', 'POST']],
      ['DELETE', '/bookmarks', ['GET', 'HEAD', 'POST']],
      ['PUT', '/bookmarks/1', ['GET', 'HEAD', 'PATCH', 'DELETE']],
      ['POST', '/bookmarks/1', ['GET', 'HEAD', 'PATCH', 'DELETE']],
      ['POST', '/tags', ['GET', 'HEAD']],
      ['DELETE', '/tags/js', ['PATCH']],
      ['GET', '/tags/js/merge', ['POST']],
    ];
    for (const [method, path, allowed] of cases) {
      const res = await api.request(method, path, method === 'GET' ? {} : { json: { title: 'x' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, allowed);
    }
  });
});

describe('Task 2: Save bookmarks with tags', () => {
  it('POST /bookmarks answers 201 with the bookmark, its tags sorted, and a Location header', async () => {
    const { api } = await start();
    const res = await api.post('/bookmarks', { json: { url: 'https://sqlite.org/lang.html', title: 'SQLite SQL', tags: ['sql', 'docs', 'databases'] } });
    expectStatus(res, 201);
    const bookmark = expectBookmarkShape(res);
    expect(bookmark, res.request).toEqual({ id: bookmark.id, url: 'https://sqlite.org/lang.html', title: 'SQLite SQL', tags: ['databases', 'docs', 'sql'], createdAt: START });
    const location = res.headers.get('location') ?? '';
    expect(location.endsWith(`/bookmarks/${bookmark.id}`), `${res.request}: Location should be /bookmarks/${bookmark.id}, got "${location}"`).toBe(true);
    expect(await getBookmark(api, bookmark.id), `GET /bookmarks/${bookmark.id}`).toEqual(bookmark);
  });

  it('tags are optional; createdAt comes from the injected clock, or the real one by default', async () => {
    const started = await start();
    started.clock.advance(5 * MINUTE);
    const bare = await createBookmark(started.api, { url: 'http://example.com/', title: 'Plain http' });
    expect(bare.tags, 'tags of a bookmark created without tags').toEqual([]);
    expect(bare.createdAt, 'createdAt five minutes after START').toBe('2026-01-15T12:05:00.000Z');
    const empty = await createBookmark(started.api, { url: 'http://example.com/2', title: 'Empty', tags: [] });
    expect(empty.tags, 'tags: []').toEqual([]);
    expect(empty.id, 'a second bookmark gets its own id').not.toBe(bare.id);
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const real = await serve(createApp({ dbFile: tempDbFile() }));
    const b = await createBookmark(real, { url: 'https://example.com/', title: 'Real clock' });
    expect(b.createdAt, 'createdAt without a now option').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('url must be an absolute http or https URL of at most 2048 characters', async () => {
    const { api } = await start();
    for (const url of ['example.com', '/relative/path', 'ftp://example.com/file', 'javascript:alert(1)', 'mailto:ann@example.com', 'http://', '', "' OR 1=1 --"]) {
      expectInvalid(await api.post('/bookmarks', { json: { url, title: 'T' } }), 'url');
    }
    const longest = `https://example.com/${'a'.repeat(2048 - 20)}`;
    expect(longest.length).toBe(2048);
    expectInvalid(await api.post('/bookmarks', { json: { url: `${longest}a`, title: 'Too long' } }), 'url');
    for (const url of [42, null, ['https://example.com/']]) {
      expectInvalid(await api.post('/bookmarks', { json: { url, title: 'T' } }), 'url');
    }
    expectInvalid(await api.post('/bookmarks', { json: { title: 'T' } }), 'url');
    expect((await listBookmarks(api)).total, 'bookmarks after rejected POSTs').toBe(0);
    expect((await createBookmark(api, { url: longest, title: 'Longest' })).url, 'a URL of 2048 characters').toBe(longest);
    expect((await createBookmark(api, { url: 'HTTPS://Example.com/Path?q=1#top', title: 'Case' })).url, 'the URL is stored exactly as sent').toBe('HTTPS://Example.com/Path?q=1#top');
  });

  it('title must be 1 to 200 characters and not blank, stored as sent', async () => {
    const { api } = await start();
    for (const title of ['', '   ', 'x'.repeat(201), 7, null]) {
      expectInvalid(await api.post('/bookmarks', { json: { url: 'https://example.com/', title } }), 'title');
    }
    expectInvalid(await api.post('/bookmarks', { json: { url: 'https://example.com/' } }), 'title');
    const both = await api.post('/bookmarks', { json: {} });
    expectInvalid(both, 'url', 'title');
    expect((await listBookmarks(api)).total, 'bookmarks after rejected POSTs').toBe(0);
    expect((await createBookmark(api, { url: 'https://example.com/', title: ` ${'x'.repeat(198)} ` })).title, 'a title of 200 characters, spaces kept').toBe(` ${'x'.repeat(198)} `);
  });

  it('tags must be an array of at most 10 strings', async () => {
    const { api } = await start();
    const many = Array.from({ length: 11 }, (_, i) => `t${i}`);
    for (const tags of ['js,css', [1], [null], [['js']], { js: true }, null, many]) {
      expectInvalid(await api.post('/bookmarks', { json: { url: 'https://example.com/', title: 'T', tags } }), 'tags');
    }
    expect((await listBookmarks(api)).total, 'bookmarks after rejected POSTs').toBe(0);
    expect(await listTags(api), 'tags after rejected POSTs').toEqual([]);
    const ten = await createBookmark(api, { url: 'https://example.com/', title: 'T', tags: many.slice(0, 10) });
    expect(ten.tags, 'ten tags, sorted').toEqual([...many.slice(0, 10)].sort());
    // "At most 10 strings (before repeats are merged)": eleven spellings of one tag are still 11.
    expectInvalid(await api.post('/bookmarks', { json: { url: 'https://example.com/2', title: 'T', tags: Array.from({ length: 11 }, () => 'js') } }), 'tags');
    expect((await listBookmarks(api)).total, 'bookmarks after a POST of eleven "js"').toBe(1);
  });

  it('unknown fields, broken JSON, other content types and oversized bodies are refused', async () => {
    const { api } = await start();
    for (const field of ['id', 'createdAt', 'tag']) {
      expectInvalid(await api.post('/bookmarks', { json: { url: 'https://example.com/', title: 'T', [field]: 'x' } }), field);
    }
    expectApiError(await api.post('/bookmarks', { body: '{"url": "https://example.com/", ', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.post('/bookmarks', { body: 'url=https://example.com/', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/bookmarks', { body: '{"url":"https://example.com/","title":"T"}', headers: { 'content-type': 'application/json; charset=latin1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/bookmarks', { body: '{"url":"https://example.com/","title":"T"}', headers: { 'content-type': 'application/json', 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/bookmarks', { json: { url: 'https://example.com/', title: 'x'.repeat(20_000) } }), 413, 'payload_too_large');
    const array = await api.post('/bookmarks', { json: [{ url: 'https://example.com/', title: 'T' }] });
    expectApiError(array, 400, 'validation_failed');
    expect((await listBookmarks(api)).total, 'bookmarks after rejected POSTs').toBe(0);
  });

  it('a URL that is already saved answers 409 conflict with details { url, id } and creates nothing', async () => {
    const { api, dbFile } = await start();
    const first = await createBookmark(api, { url: 'https://example.com/a', title: 'First', tags: ['kept'] });
    const res = await api.post('/bookmarks', { json: { url: 'https://example.com/a', title: 'Again', tags: ['kept', 'brandnew'] } });
    expectApiError(res, 409, 'conflict');
    expect(details(res), `${res.request}: error.details names the URL and the id of the bookmark that has it`).toEqual({ url: 'https://example.com/a', id: first.id });
    expect(await listBookmarks(api), 'GET /bookmarks after the 409').toEqual({ items: [first], total: 1, limit: 20, offset: 0 });
    expect(await listTags(api), 'GET /tags after the 409: the new tag of the refused bookmark was not created').toEqual([{ name: 'kept', count: 1 }]);
    await api.close();
    expect(fileHasText(dbFile, 'brandnew'), 'a row holding "brandnew" in the database after the refused POST (the bookmark and its tags are saved in one transaction)').toBe(false);
  });

  it('GET /bookmarks/:id of an unknown or malformed id answers 404 not_found', async () => {
    const { api } = await start();
    const made: BookmarkJson[] = [];
    for (let i = 0; i < 11; i++) made.push(await createBookmark(api, { url: `https://example.com/${i}`, title: `B${i}` }));
    const last = made.at(-1)!;
    expect(await getBookmark(api, last.id), `GET /bookmarks/${last.id} (ids of several digits)`).toEqual(last);
    const a = await createBookmark(api, { url: 'https://example.com/', title: 'A' });
    for (const raw of ['999999', 'abc', `${a.id}e0`, `0x${a.id.toString(16)}`, `${a.id}.0`, '-1']) {
      expectApiError(await api.get(`/bookmarks/${raw}`), 404, 'not_found');
    }
  });
});

describe('Task 3: Normalise tags', () => {
  it('"  Web  Dev ", "web-dev" and "WEB DEV" are the same tag', async () => {
    const { api } = await start();
    const one = await createBookmark(api, { url: 'https://example.com/1', title: 'One', tags: ['  Web  Dev ', 'web-dev', 'WEB DEV'] });
    expect(one.tags, 'tags of a bookmark sent three spellings of one tag').toEqual(['web-dev']);
    const two = await createBookmark(api, { url: 'https://example.com/2', title: 'Two', tags: ['Web\tDev'] });
    expect(two.tags, 'a tab is whitespace too').toEqual(['web-dev']);
    await createBookmark(api, { url: 'https://example.com/3', title: 'Three', tags: ['WEB-DEV', 'Js'] });
    expect(await listTags(api), 'GET /tags: one tag, three bookmarks').toEqual([
      { name: 'web-dev', count: 3 },
      { name: 'js', count: 1 },
    ]);
  });

  it('lower-casing is Unicode-aware, and letters and digits of any script are allowed', async () => {
    const { api } = await start();
    const b = await createBookmark(api, { url: 'https://example.com/', title: 'U', tags: ['ÉCOLE', 'Über Cool', '日本語', 'ΣΟΦΙΑ', 'web3', '2026'] });
    expect(b.tags, 'normalised Unicode tags, sorted').toEqual(['2026', 'web3', 'école', 'über-cool', 'σοφια', '日本語'].sort());
  });

  it('normalising follows the three steps exactly: any \\s run becomes one hyphen, hyphens sent are kept, length in code points', async () => {
    const { api } = await start();
    const cases: Array<[string, string]> = [
      ['Web\u00a0Dev', 'web-dev'],
      ['Web\n\r\u2003Dev', 'web-dev'],
      ['a - b', 'a---b'],
      ['--x--', '--x--'],
      ['Ab-Cd', 'ab-cd'],
    ];
    for (const [i, [sent, stored]] of cases.entries()) {
      const b = await createBookmark(api, { url: `https://example.com/${i}`, title: 'T', tags: [sent] });
      expect(b.tags, `tags of a bookmark sent ${JSON.stringify(sent)}: trim, each run of \\s to one "-", lower-case, nothing else`).toEqual([stored]);
    }
    const astral = '\u{1D49C}'.repeat(30);
    expect((await createBookmark(api, { url: 'https://example.com/astral', title: 'T', tags: [astral] })).tags, 'a tag of 30 code points outside the BMP (60 UTF-16 units) is 30 characters').toEqual([astral]);
    expectInvalid(await api.post('/bookmarks', { json: { url: 'https://example.com/astral31', title: 'T', tags: [`${astral}\u{1D49C}`] } }), 'tags');
  });

  it('a tag that is empty or blank after trimming answers 400 on tags and creates nothing', async () => {
    const { api } = await start();
    for (const tags of [[''], ['   '], ['js', ' \t ']]) {
      expectInvalid(await api.post('/bookmarks', { json: { url: 'https://example.com/', title: 'T', tags } }), 'tags');
    }
    expect((await listBookmarks(api)).total, 'bookmarks after rejected POSTs').toBe(0);
    expect(await listTags(api), 'tags after rejected POSTs').toEqual([]);
  });

  it('a tag may hold only letters, digits and hyphens: commas, quotes and SQL answer 400', async () => {
    const { api, dbFile } = await start();
    for (const tag of ['a,b', 'c++', 'a/b', 'node.js', '#hash', ...INJECTIONS]) {
      expectInvalid(await api.post('/bookmarks', { json: { url: 'https://example.com/', title: 'T', tags: ['fine', tag] } }), 'tags');
    }
    expect((await listBookmarks(api)).total, 'bookmarks after rejected POSTs').toBe(0);
    expect(await listTags(api), 'tags after rejected POSTs').toEqual([]);
    await api.close();
    expect(fileHasText(dbFile, 'fine'), 'a row holding the tag "fine" of a refused bookmark').toBe(false);
  });

  it('a tag has at most 30 characters after normalising', async () => {
    const { api } = await start();
    expectInvalid(await api.post('/bookmarks', { json: { url: 'https://example.com/', title: 'T', tags: ['x'.repeat(31)] } }), 'tags');
    expectInvalid(await api.post('/bookmarks', { json: { url: 'https://example.com/', title: 'T', tags: [`${'x'.repeat(15)} ${'y'.repeat(15)}`] } }), 'tags');
    const b = await createBookmark(api, { url: 'https://example.com/', title: 'T', tags: [`  ${'X'.repeat(30)}  `, `${'a'.repeat(14)}   ${'b'.repeat(15)}`, 'é'.repeat(30)] });
    expect(b.tags, 'tags of exactly 30 characters once normalised').toEqual([`${'a'.repeat(14)}-${'b'.repeat(15)}`, 'x'.repeat(30), 'é'.repeat(30)]);
  });
});

describe('Task 4: Update and delete bookmarks', () => {
  it('PATCH changes only the fields sent; tags, when sent, replace the whole set', async () => {
    const started = await start();
    const a = await createBookmark(started.api, { url: 'https://example.com/a', title: 'A', tags: ['one', 'two'] });
    started.clock.advance(MINUTE);
    const titled = await patchBookmark(started.api, a.id, { title: 'A, renamed' });
    expect(titled, 'after PATCH { title }').toEqual({ ...a, title: 'A, renamed' });
    const retagged = await patchBookmark(started.api, a.id, { tags: ['Two', 'Three Four'] });
    expect(retagged, 'after PATCH { tags }').toEqual({ ...a, title: 'A, renamed', tags: ['three-four', 'two'] });
    const moved = await patchBookmark(started.api, a.id, { url: 'https://example.org/a' });
    expect(moved.url, 'after PATCH { url }').toBe('https://example.org/a');
    expect(await getBookmark(started.api, a.id), `GET /bookmarks/${a.id}`).toEqual({ ...retagged, url: 'https://example.org/a' });
    const cleared = await patchBookmark(started.api, a.id, { tags: [] });
    expect(cleared.tags, 'after PATCH { tags: [] }').toEqual([]);
    expect(cleared.createdAt, 'createdAt never changes').toBe(START);
  });

  it('PATCH to a URL another bookmark has answers 409 with details { url, id } and changes nothing', async () => {
    const { api, dbFile } = await start();
    const a = await createBookmark(api, { url: 'https://example.com/a', title: 'A', tags: ['alpha'] });
    const b = await createBookmark(api, { url: 'https://example.com/b', title: 'B', tags: ['beta'] });
    const res = await api.patch(`/bookmarks/${b.id}`, { json: { url: 'https://example.com/a', title: 'B2', tags: ['gamma'] } });
    expectApiError(res, 409, 'conflict');
    expect(details(res), `${res.request}: error.details`).toEqual({ url: 'https://example.com/a', id: a.id });
    expect(await getBookmark(api, b.id), 'the bookmark whose PATCH was refused (title and tags included)').toEqual(b);
    expect((await listTags(api)).map((t) => t.name).sort(), 'tags after the refused PATCH').toEqual(['alpha', 'beta']);
    expect((await patchBookmark(api, a.id, { url: 'https://example.com/a', title: 'A again' })).title, 'a bookmark may PATCH its own URL').toBe('A again');
    await api.close();
    expect(fileHasText(dbFile, 'gamma'), 'a row holding "gamma", the tag of the refused PATCH').toBe(false);
  });

  it('a PATCH with nothing valid to change answers 400, an unknown id 404, and nothing changes', async () => {
    const { api } = await start();
    const a = await createBookmark(api, { url: 'https://example.com/a', title: 'A', tags: ['one'] });
    const path = `/bookmarks/${a.id}`;
    expectInvalid(await api.patch(path, { json: {} }), 'body');
    expectInvalid(await api.patch(path, { json: { title: 'T', id: 9 } }), 'id');
    expectInvalid(await api.patch(path, { json: { title: '  ' } }), 'title');
    expectInvalid(await api.patch(path, { json: { url: 'ftp://example.com/' } }), 'url');
    expectInvalid(await api.patch(path, { json: { tags: ['ok', 'a,b'] } }), 'tags');
    expectInvalid(await api.patch(path, { json: { tags: 'one' } }), 'tags');
    expectInvalid(await api.patch(path, { json: { title: 'New', tags: [''] } }), 'tags');
    expectApiError(await api.patch(path, { body: '{"title":', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.patch(path, { body: '{"title":"T"}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    for (const raw of ['999999', 'abc', `${a.id}e0`, encodeURIComponent(`${a.id} OR 1=1`)]) {
      expectApiError(await api.patch(`/bookmarks/${raw}`, { json: { title: 'Nobody' } }), 404, 'not_found');
    }
    expectApiError(await api.patch('/bookmarks/999999', { json: { tags: ['one', 'orphan'] } }), 404, 'not_found');
    expect(await listTags(api), 'GET /tags after a PATCH of tags to an unknown id').toEqual([{ name: 'one', count: 1 }]);
    expect(await getBookmark(api, a.id), `GET ${path} after the refused PATCHes`).toEqual(a);
  });

  it('DELETE answers 204 with no body; the bookmark and its links are gone, the others stay', async () => {
    const { api, dbFile } = await start();
    const a = await createBookmark(api, { url: 'https://example.com/a', title: 'A', tags: ['shared', 'mine'] });
    const b = await createBookmark(api, { url: 'https://example.com/b', title: 'B', tags: ['shared'] });
    const res = await api.delete(`/bookmarks/${a.id}`);
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expectApiError(await api.get(`/bookmarks/${a.id}`), 404, 'not_found');
    expectApiError(await api.delete(`/bookmarks/${a.id}`), 404, 'not_found');
    for (const raw of ['999999', 'abc', `${b.id}e0`]) expectApiError(await api.delete(`/bookmarks/${raw}`), 404, 'not_found');
    expect((await listBookmarks(api)).items, 'GET /bookmarks after the DELETE').toEqual([b]);
    expect(linksOf(dbFile, 'https://example.com/b', 'shared', a.id), `links of the deleted bookmark ${a.id} left in the join table`).toBe(0);
    expect(linksOf(dbFile, 'https://example.com/b', 'shared', b.id), `links of bookmark ${b.id}`).toBe(1);
    expect((await createBookmark(api, { url: 'https://example.com/a', title: 'A again' })).url, 'the URL of a deleted bookmark can be saved again').toBe('https://example.com/a');
  });

  it('orphan tags: a tag no bookmark carries after a DELETE or an untagging PATCH is removed', async () => {
    const { api, dbFile } = await start();
    const a = await createBookmark(api, { url: 'https://example.com/a', title: 'A', tags: ['shared', 'onlya'] });
    const b = await createBookmark(api, { url: 'https://example.com/b', title: 'B', tags: ['shared', 'onlyb'] });
    expect((await api.delete(`/bookmarks/${a.id}`)).status, `DELETE /bookmarks/${a.id}`).toBe(204);
    expect(await listTags(api), 'GET /tags after deleting A').toEqual([
      { name: 'onlyb', count: 1 },
      { name: 'shared', count: 1 },
    ]);
    await patchBookmark(api, b.id, { tags: ['shared', 'later'] });
    expect(await listTags(api), 'GET /tags after untagging B').toEqual([
      { name: 'later', count: 1 },
      { name: 'shared', count: 1 },
    ]);
    expect((await listBookmarks(api, '?tags=onlyb')).total, 'bookmarks tagged onlyb').toBe(0);
    await api.close();
    expect(fileHasText(dbFile, 'onlya'), 'the tag "onlya" still in the database after its last bookmark was deleted').toBe(false);
    expect(fileHasText(dbFile, 'onlyb'), 'the tag "onlyb" still in the database after its last bookmark dropped it').toBe(false);
    expect(fileHasText(dbFile, 'shared'), 'the tag "shared", still carried by B').toBe(true);
  });
});

describe('Task 5: Filter bookmarks by tags', () => {
  it('match=all (the default) answers the bookmarks that have every tag, newest first', async () => {
    const started = await start();
    await dataset(started);
    expect(await titles(started.api), 'GET /bookmarks').toEqual(['b6', 'b5', 'b4', 'b3', 'b2', 'b1']);
    expect(await titles(started.api, '?tags=js'), '?tags=js').toEqual(['b4', 'b2', 'b1']);
    expect(await titles(started.api, '?tags=js,css'), '?tags=js,css').toEqual(['b4', 'b1']);
    expect(await titles(started.api, '?tags=css,js&match=all'), '?tags=css,js&match=all').toEqual(['b4', 'b1']);
    expect(await titles(started.api, '?tags=js,css,html'), '?tags=js,css,html').toEqual(['b4']);
    expect(await titles(started.api, '?tags=rust,js'), '?tags=rust,js').toEqual([]);
    const page = await listBookmarks(started.api, '?tags=css');
    expect(page.total, '?tags=css: total').toBe(3);
    expect(page.items[0], '?tags=css: the items are whole bookmarks, with all their tags').toEqual(await getBookmark(started.api, page.items[0]!.id));
    expect(page.items[0]!.tags, 'tags of b4').toEqual(['css', 'html', 'js']);
  });

  it('match=any answers the bookmarks that have at least one of the tags, each once', async () => {
    const started = await start();
    await dataset(started);
    const page = await listBookmarks(started.api, '?tags=js,css&match=any');
    expect(page.items.map((b) => b.title), '?tags=js,css&match=any').toEqual(['b4', 'b3', 'b2', 'b1']);
    expect(page.total, '?tags=js,css&match=any: total counts each bookmark once').toBe(4);
    expect(await titles(started.api, '?tags=html,rust&match=any'), '?tags=html,rust&match=any').toEqual(['b6', 'b4', 'b3']);
    expect(await titles(started.api, '?tags=rust&match=any'), '?tags=rust&match=any').toEqual(['b6']);
  });

  it('unknown tags match nothing; filter names are normalised and repeats ignored', async () => {
    const started = await start();
    await dataset(started);
    expect(await listBookmarks(started.api, '?tags=nope'), '?tags=nope').toEqual({ items: [], total: 0, limit: 20, offset: 0 });
    expect(await titles(started.api, '?tags=js,nope'), '?tags=js,nope (all)').toEqual([]);
    expect(await titles(started.api, '?tags=js,nope&match=any'), '?tags=js,nope&match=any').toEqual(['b4', 'b2', 'b1']);
    expect(await titles(started.api, `?tags=${encodeURIComponent(' JS , Css ')}`), '?tags= JS , Css ').toEqual(['b4', 'b1']);
    expect(await titles(started.api, '?tags=js,js'), '?tags=js,js').toEqual(['b4', 'b2', 'b1']);
    expect(await titles(started.api, '?tags=html,HTML,css'), '?tags=html,HTML,css').toEqual(['b4', 'b3']);
  });

  it('order: newest createdAt first, and the higher id first when createdAt is equal', async () => {
    const started = await start();
    started.clock.set('2026-01-15T12:10:00.000Z');
    await createBookmark(started.api, { url: 'https://example.com/late', title: 'late', tags: ['t'] });
    started.clock.set('2026-01-15T12:00:00.000Z');
    await createBookmark(started.api, { url: 'https://example.com/early1', title: 'early1', tags: ['t'] });
    await createBookmark(started.api, { url: 'https://example.com/early2', title: 'early2', tags: ['t'] });
    started.clock.set('2026-01-15T12:05:00.000Z');
    await createBookmark(started.api, { url: 'https://example.com/middle', title: 'middle' });
    expect(await titles(started.api), 'GET /bookmarks').toEqual(['late', 'middle', 'early2', 'early1']);
    expect(await titles(started.api, '?tags=t'), '?tags=t').toEqual(['late', 'early2', 'early1']);
  });

  it('limit and offset page through the filtered list; total counts every match', async () => {
    const started = await start();
    await dataset(started);
    expect(await listBookmarks(started.api, '?tags=js,css&match=any&limit=2'), '?tags=js,css&match=any&limit=2').toMatchObject({ total: 4, limit: 2, offset: 0 });
    expect(await titles(started.api, '?tags=js,css&match=any&limit=2'), 'page 1').toEqual(['b4', 'b3']);
    expect(await titles(started.api, '?tags=js,css&match=any&limit=2&offset=2'), 'page 2').toEqual(['b2', 'b1']);
    expect(await titles(started.api, '?tags=js,css&match=any&limit=2&offset=3'), 'offset 3').toEqual(['b1']);
    expect(await listBookmarks(started.api, '?tags=js&offset=3'), '?tags=js&offset=3 (past the end)').toEqual({ items: [], total: 3, limit: 20, offset: 3 });
    expect(await titles(started.api, '?limit=1&offset=5'), '?limit=1&offset=5').toEqual(['b1']);
    expect((await listBookmarks(started.api, '?limit=100')).items.length, '?limit=100').toBe(6);
  });

  it('invalid tags, match, limit and offset answer 400 naming the parameter', async () => {
    const started = await start();
    await createBookmark(started.api, { url: 'https://example.com/', title: 'T', tags: ['js'] });
    const cases: Array<[string, string]> = [
      ['?match=both', 'match'],
      ['?match=ALL', 'match'],
      ['?tags=js&match=any&match=all', 'match'],
      ['?tags=', 'tags'],
      ['?tags=js,,css', 'tags'],
      ['?tags=js&tags=css', 'tags'],
      [`?tags=${Array.from({ length: 11 }, (_, i) => `t${i}`).join(',')}`, 'tags'],
      [`?tags=${'x'.repeat(31)}`, 'tags'],
      [`?tags=${Array.from({ length: 11 }, () => 'js').join(',')}`, 'tags'],
      ['?limit=5&limit=5', 'limit'],
      ['?offset=0&offset=0', 'offset'],
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?limit=1.5', 'limit'],
      ['?limit=abc', 'limit'],
      ['?offset=-1', 'offset'],
      ['?offset=1e1', 'offset'],
    ];
    for (const [query, field] of cases) expectInvalid(await started.api.get(`/bookmarks${query}`), field);
    const ten = Array.from({ length: 10 }, (_, i) => `t${i}`).join(',');
    expect(await titles(started.api, `?tags=${ten.replace('t0', 'js')}&match=any`), '?tags=js,t1..t9&match=any (10 names)').toEqual(['T']);
    const huge = await started.api.get('/bookmarks?offset=99999999999999999999');
    expectNo5xx(huge);
  });

  it('SQL in tags, match, limit and offset answers 400 and leaves the data intact', async () => {
    const started = await start();
    const made = await dataset(started);
    for (const value of INJECTIONS) {
      const v = encodeURIComponent(value);
      expectInvalid(await started.api.get(`/bookmarks?tags=${v}`), 'tags');
      expectInvalid(await started.api.get(`/bookmarks?tags=js,${v}&match=any`), 'tags');
      expectInvalid(await started.api.get(`/bookmarks?tags=js&match=${v}`), 'match');
      expectInvalid(await started.api.get(`/bookmarks?limit=${encodeURIComponent(`1 ${value}`)}`), 'limit');
      expectInvalid(await started.api.get(`/bookmarks?offset=${encodeURIComponent(`0${value}`)}`), 'offset');
    }
    expect((await listBookmarks(started.api)).items, 'bookmarks after the hostile requests').toEqual(Object.values(made).reverse());
  });
});

describe('Task 6: Count, rename and merge tags', () => {
  it('GET /tags lists { name, count }, most used first, then by name', async () => {
    const started = await start();
    await dataset(started);
    expect(await listTags(started.api), 'GET /tags on the dataset').toEqual([
      { name: 'css', count: 3 },
      { name: 'js', count: 3 },
      { name: 'html', count: 2 },
      { name: 'rust', count: 1 },
    ]);
  });

  it('PATCH /tags/:name renames the tag everywhere; the path name is normalised too', async () => {
    const started = await start();
    const made = await dataset(started);
    const res = await started.api.patch('/tags/JS', { json: { name: '  Java Script ' } });
    expectStatus(res, 200);
    expect(res.json, res.request).toEqual({ name: 'java-script', count: 3 });
    expect((await getBookmark(started.api, made.b4!.id)).tags, 'tags of b4 after the rename').toEqual(['css', 'html', 'java-script']);
    expect(await titles(started.api, '?tags=java-script,css'), '?tags=java-script,css').toEqual(['b4', 'b1']);
    expect(await titles(started.api, '?tags=js'), '?tags=js (the old name)').toEqual([]);
    expectApiError(await started.api.patch('/tags/js', { json: { name: 'again' } }), 404, 'not_found');
    const spaced = await started.api.patch(`/tags/${encodeURIComponent('Java Script')}`, { json: { name: 'ecmascript' } });
    expectStatus(spaced, 200);
    expect(spaced.json, spaced.request).toEqual({ name: 'ecmascript', count: 3 });
    const same = await started.api.patch('/tags/rust', { json: { name: 'RUST' } });
    expectStatus(same, 200);
    expect(same.json, `${same.request}: a rename to the same normalised name changes nothing`).toEqual({ name: 'rust', count: 1 });
  });

  it('renaming to a name another tag has answers 409 conflict with details { tag } and changes nothing', async () => {
    const started = await start();
    await dataset(started);
    const before = await listTags(started.api);
    const res = await started.api.patch('/tags/js', { json: { name: 'CSS' } });
    expectApiError(res, 409, 'conflict');
    expect(details(res), `${res.request}: error.details`).toEqual({ tag: 'css' });
    expect(await listTags(started.api), 'GET /tags after the 409').toEqual(before);
  });

  it('PATCH /tags/:name refuses bad input: 404 for an unknown tag, 400 for a bad new name', async () => {
    const started = await start();
    await dataset(started);
    const before = await listTags(started.api);
    expectApiError(await started.api.patch('/tags/nope', { json: { name: 'x' } }), 404, 'not_found');
    expectApiError(await started.api.patch(`/tags/${encodeURIComponent('a,b')}`, { json: { name: 'x' } }), 404, 'not_found');
    for (const value of ['', '  ', 'a,b', 'x'.repeat(31), 5, null, ...INJECTIONS]) {
      expectInvalid(await started.api.patch('/tags/js', { json: { name: value } }), 'name');
    }
    expectInvalid(await started.api.patch('/tags/js', { json: {} }), 'name');
    expectInvalid(await started.api.patch('/tags/js', { json: { name: 'x', count: 9 } }), 'count');
    expectApiError(await started.api.patch('/tags/js', { body: '{"name":', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await started.api.patch('/tags/js', { body: '{"name":"x"}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    for (const value of INJECTIONS) {
      expectApiError(await started.api.patch(`/tags/${encodeURIComponent(value)}`, { json: { name: 'pwned' } }), 404, 'not_found');
    }
    expect(await listTags(started.api), 'GET /tags after the refused PATCHes').toEqual(before);
  });

  it('POST /tags/:name/merge moves every bookmark to the target; one link per bookmark; the old tag is gone', async () => {
    const started = await start();
    const made = await dataset(started);
    const res = await started.api.post('/tags/CSS/merge', { json: { into: ' JS ' } });
    expectStatus(res, 200);
    expect(res.json, res.request).toEqual({ name: 'js', count: 4 });
    expect((await getBookmark(started.api, made.b1!.id)).tags, 'b1 had js and css: one js').toEqual(['js']);
    expect((await getBookmark(started.api, made.b3!.id)).tags, 'b3 had css and html').toEqual(['html', 'js']);
    expect((await getBookmark(started.api, made.b4!.id)).tags, 'b4 had all three').toEqual(['html', 'js']);
    expect(await listTags(started.api), 'GET /tags after the merge').toEqual([
      { name: 'js', count: 4 },
      { name: 'html', count: 2 },
      { name: 'rust', count: 1 },
    ]);
    expect(await titles(started.api, '?tags=js'), '?tags=js after the merge').toEqual(['b4', 'b3', 'b2', 'b1']);
    expect(await titles(started.api, '?tags=css&match=any'), '?tags=css after the merge').toEqual([]);
    await started.api.close();
    expect(fileHasText(started.dbFile, 'css'), 'the merged tag "css" still in the database').toBe(false);
    expect(linksOf(started.dbFile, 'https://example.com/b1', 'js', made.b1!.id), 'links of b1 in the join table (no duplicate)').toBe(1);
  });

  it('merging into itself answers 400 on into, an unknown tag 404, and nothing changes', async () => {
    const started = await start();
    await dataset(started);
    const before = await listTags(started.api);
    expectInvalid(await started.api.post('/tags/js/merge', { json: { into: 'js' } }), 'into');
    expectInvalid(await started.api.post('/tags/js/merge', { json: { into: ' JS ' } }), 'into');
    expectApiError(await started.api.post('/tags/nope/merge', { json: { into: 'js' } }), 404, 'not_found');
    expectApiError(await started.api.post('/tags/js/merge', { json: { into: 'nope' } }), 404, 'not_found');
    for (const value of ['', 'a,b', 7, ...INJECTIONS]) {
      expectInvalid(await started.api.post('/tags/js/merge', { json: { into: value } }), 'into');
    }
    expectInvalid(await started.api.post('/tags/js/merge', { json: {} }), 'into');
    expectInvalid(await started.api.post('/tags/js/merge', { json: { into: 'css', name: 'x' } }), 'name');
    expectApiError(await started.api.post('/tags/js/merge', { body: 'into=css', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    for (const value of INJECTIONS) {
      expectApiError(await started.api.post(`/tags/${encodeURIComponent(value)}/merge`, { json: { into: 'css' } }), 404, 'not_found');
    }
    expect(await listTags(started.api), 'GET /tags after the refused merges').toEqual(before);
  });
});

/** The join row of this bookmark (any of its links), and the join table it lives in. */
function joinRowOf(dbFile: string, url: string, tag: string, bookmarkId: number): { join: ReturnType<typeof findJoinTable>; match: (row: Row) => boolean; original: () => Row } {
  const join = withRawDb(dbFile, (db) => findJoinTable(db, url, tag));
  let found: Row | undefined;
  const match = (row: Row) => {
    const same = Object.keys(row).sort().join() === [...join.columns].sort().join() && row[join.bookmarkColumn] === bookmarkId;
    if (same) found = { ...row };
    return same;
  };
  return { join, match, original: () => found! };
}

describe('Task 7: Let the database guard the links', () => {
  it('the database itself refuses a second bookmark with the same URL and a second tag with the same name', async () => {
    const { api, dbFile } = await start();
    await createBookmark(api, { url: 'https://example.com/a', title: 'A', tags: ['web-dev'] });
    await api.close();
    expect(tryInsertCopy(dbFile, hasText('https://example.com/a')) ?? 'accepted', 'INSERT of a copy of the bookmark row straight into the file (a unique index on the URL)').toMatch(/^SQLITE_CONSTRAINT/);
    expect(tryInsertCopy(dbFile, hasText('web-dev')) ?? 'accepted', 'INSERT of a copy of the tag row straight into the file (a unique index on the name)').toMatch(/^SQLITE_CONSTRAINT/);
  });

  it('a CHECK constraint refuses tag names that are empty, over 30 characters, or hold a comma or a space', async () => {
    const { api, dbFile } = await start();
    await createBookmark(api, { url: 'https://example.com/a', title: 'A', tags: ['web-dev'] });
    await api.close();
    const renamed = (name: string) => (row: Row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === 'web-dev' ? name : value]));
    for (const name of ['', 'x'.repeat(31), 'a,b', 'a b']) {
      expect(tryInsertCopy(dbFile, hasText('web-dev'), renamed(name)) ?? 'accepted', `INSERT of a tag named ${JSON.stringify(name)} straight into the file`).toMatch(/^SQLITE_CONSTRAINT/);
    }
    expect(tryInsertCopy(dbFile, hasText('web-dev'), renamed('x'.repeat(30))), 'INSERT of a tag named "xxx..." (30 characters): a valid name the CHECK must accept').toBeNull();
  });

  it('the join table refuses a link to a missing bookmark or tag (foreign keys) and a second copy of a link', async () => {
    const { api, dbFile } = await start();
    const a = await createBookmark(api, { url: 'https://example.com/a', title: 'A', tags: ['web-dev'] });
    await api.close();
    const { join, match, original } = joinRowOf(dbFile, 'https://example.com/a', 'web-dev', a.id);
    const fkBookmark = tryInsertCopy(dbFile, match, (copy) => ({ ...copy, [join.tagColumn]: original()[join.tagColumn], [join.bookmarkColumn]: a.id + 999_999 }));
    expect(fkBookmark ?? 'accepted', `INSERT into ${join.table} of a link to bookmark ${a.id + 999_999}, which does not exist`).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    const fkTag = tryInsertCopy(dbFile, match, (copy) => ({ ...copy, [join.bookmarkColumn]: a.id, [join.tagColumn]: 999_999 }));
    expect(fkTag ?? 'accepted', `INSERT into ${join.table} of a link to a tag that does not exist`).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    const duplicate = tryInsertCopy(dbFile, match, (copy) => ({ ...copy, [join.bookmarkColumn]: a.id, [join.tagColumn]: original()[join.tagColumn] }));
    expect(duplicate ?? 'accepted', `INSERT into ${join.table} of a second copy of an existing link (a composite primary key)`).toMatch(/^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/);
  });

  it('deleting a bookmark row deletes its links (ON DELETE CASCADE), whoever deletes it', async () => {
    const { api, dbFile } = await start();
    const a = await createBookmark(api, { url: 'https://example.com/a', title: 'A', tags: ['one', 'two'] });
    await createBookmark(api, { url: 'https://example.com/b', title: 'B', tags: ['one'] });
    await api.close();
    const before = linksOf(dbFile, 'https://example.com/b', 'one', a.id);
    expect(before, `links of bookmark ${a.id} before`).toBe(2);
    const join = withRawDb(dbFile, (db) => findJoinTable(db, 'https://example.com/b', 'one'));
    withRawDb(dbFile, (db) => {
      db.pragma('foreign_keys = ON');
      const bookmarksTable = db
        .prepare(`PRAGMA foreign_key_list(${quoteIdent(join.table)})`)
        .all()
        .map((key) => key as { table: string; from: string; to: string })
        .find((key) => key.from === join.bookmarkColumn)!;
      db.prepare(`DELETE FROM ${quoteIdent(bookmarksTable.table)} WHERE ${quoteIdent(bookmarksTable.to ?? 'id')} = ?`).run(a.id);
    });
    expect(linksOf(dbFile, 'https://example.com/b', 'one', a.id), `links of bookmark ${a.id} after deleting its row with plain SQL`).toBe(0);
  });

  it('after a restart, edits, merges and deletions are all there', async () => {
    const first = await start();
    const made = await dataset(first);
    await patchBookmark(first.api, made.b2!.id, { title: 'b2 renamed', tags: ['js', 'go'] });
    expectStatus(await first.api.post('/tags/html/merge', { json: { into: 'css' } }), 200);
    expectStatus(await first.api.delete(`/bookmarks/${made.b6!.id}`), 204);
    const items = (await listBookmarks(first.api)).items;
    const tags = await listTags(first.api);
    await first.api.close();
    const second = await start({ dbFile: first.dbFile, clock: first.clock });
    expect((await listBookmarks(second.api)).items, 'GET /bookmarks after the restart').toEqual(items);
    expect(await listTags(second.api), 'GET /tags after the restart').toEqual(tags);
    expect(tags, 'GET /tags before the restart').toEqual([
      { name: 'css', count: 3 },
      { name: 'js', count: 3 },
      { name: 'go', count: 1 },
    ]);
    expectApiError(await second.api.post('/bookmarks', { json: { url: 'https://example.com/b1', title: 'Dup' } }), 409, 'conflict');
    const fresh = await createBookmark(second.api, { url: 'https://example.com/new', title: 'new', tags: ['css'] });
    expect(items.map((b) => b.id), 'ids in use before the restart').not.toContain(fresh.id);
    await second.api.close();
    expectMigrationsApplied(first.dbFile);
  });

  it('titles and URLs full of SQL are stored exactly as sent, and the tables stay intact', async () => {
    const { api, dbFile, clock } = await start();
    const created: BookmarkJson[] = [];
    for (const [i, text] of INJECTIONS.entries()) {
      const url = `https://example.com/?q=${text}&i=${i}`;
      const b = await createBookmark(api, { url, title: text, tags: ['sql'] });
      expect([b.url, b.title], `url and title of a bookmark created with ${JSON.stringify(text)}`).toEqual([url, text]);
      created.push(b);
      clock.advance(MINUTE);
    }
    const patched = await patchBookmark(api, created[0]!.id, { title: "'); DELETE FROM tags; --" });
    expect(patched.title, 'a PATCHed title full of SQL').toBe("'); DELETE FROM tags; --");
    created[0] = patched;
    await api.close();
    const again = await start({ dbFile, clock });
    expect((await listBookmarks(again.api)).items, 'bookmarks after a restart').toEqual([...created].reverse());
    expect(await listTags(again.api), 'tags after a restart').toEqual([{ name: 'sql', count: INJECTIONS.length }]);
  });

  it('hostile input on every route (broken encodings, corrupt bodies, repeated parameters) answers a 4xx JSON error, never a 5xx', async () => {
    const started = await start();
    const made = await dataset(started);
    await expectHostileInputRefused(
      started.api,
      [
        { method: 'POST', path: '/bookmarks', body: { url: 'https://example.com/new', title: 'New', tags: ['js', 'fresh'] } },
        { method: 'GET', path: '/bookmarks', query: ['tags', 'match', 'limit', 'offset'] },
        { method: 'GET', path: '/bookmarks/:id' },
        { method: 'PATCH', path: '/bookmarks/:id', body: { url: 'https://example.com/moved', title: 'Moved', tags: ['css'] } },
        { method: 'GET', path: '/tags' },
        { method: 'PATCH', path: '/tags/:name', body: { name: 'renamed' } },
        { method: 'POST', path: '/tags/:source/merge', body: { into: 'css' } },
        { method: 'DELETE', path: '/bookmarks/:id' },
      ],
      { params: { id: String(made.b4!.id), name: 'html', source: 'js' } },
    );
  });

  it('two apps open on the same file see each other and still refuse duplicates', async () => {
    const one = await start();
    const two = await start({ dbFile: one.dbFile, clock: one.clock });
    const a = await createBookmark(one.api, { url: 'https://example.com/a', title: 'A', tags: ['shared'] });
    const res = await two.api.post('/bookmarks', { json: { url: 'https://example.com/a', title: 'A2' } });
    expectApiError(res, 409, 'conflict');
    expect(details(res), `${res.request}: error.details`).toEqual({ url: 'https://example.com/a', id: a.id });
    await createBookmark(two.api, { url: 'https://example.com/b', title: 'B', tags: ['Shared'] });
    expect(await listTags(one.api), 'tags seen by the first app').toEqual([{ name: 'shared', count: 2 }]);
  });
});
