// The hidden suite of p23 blog-backend. It reaches the app only through what SPEC.md's Interface
// promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), and the
// drizzle/ migrations folder. Table and column names are the learner's design: checks that look
// inside the database file find rows by their content, never by a name.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appTables, expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectNo5xx, expectStatus, findRow, hasText, load, migrationTags, quoteIdent, serve, tempDbFile, tryInsertCopy, withRawDb, type Row, type TestServer } from '#testkit';
import {
  MINUTE,
  START,
  addComment,
  adminList,
  adminPost,
  at,
  comments,
  createPost,
  expectComment,
  expectConflict,
  expectPost,
  patchPost,
  publicList,
  publicPost,
  publishedPost,
  start,
  summaryOf,
  type AppModule,
  type PostJson,
} from './helpers.js';

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next (and mutation testing sees each check run that code).
beforeEach(() => {
  vi.resetModules();
});

const INJECTIONS = [
  "' OR 1=1 --",
  "Robert'); DROP TABLE posts;--",
  "x'; DELETE FROM comments; --",
  '"',
  ';',
  "1; UPDATE posts SET status = 'published'",
  "x' UNION SELECT sqlite_version() --",
  '%_\\\'"`;',
];

const JSON_HEADERS = { 'content-type': 'application/json' };

/** A copy of `row` with every value equal to `from` replaced by `to`. */
function replaceValues(row: Row, pairs: Array<[unknown, unknown]>): Row {
  const copy: Row = { ...row };
  for (const [key, value] of Object.entries(copy)) {
    for (const [from, to] of pairs) if (value === from) copy[key] = to;
  }
  return copy;
}

/** Posts the admin list holds, all pages. */
async function allPosts(api: TestServer): Promise<number> {
  return (await adminList(api, '?limit=100')).total;
}

describe('Task 1: Create the tables and apply migrations', () => {
  it('createApp({ dbFile, now }) applies the migrations drizzle-kit generated, creating a posts and a comments table', async () => {
    const { api, dbFile } = await start();
    await api.close();
    expectMigrationsApplied(dbFile);
    const tables = withRawDb(dbFile, appTables);
    expect(tables.length, `tables in the database (${tables.join(', ')}): posts and comments at least`).toBeGreaterThanOrEqual(2);
  });

  it('a new database answers empty lists', async () => {
    const { api } = await start();
    expect(await publicList(api), 'GET /posts on an empty database').toEqual({ items: [], total: 0, limit: 20, offset: 0 });
    expect(await adminList(api), 'GET /admin/posts on an empty database').toEqual({ items: [], total: 0, limit: 20, offset: 0 });
  });

  it('a restart keeps posts, drafts and comments, and applies no migration twice', async () => {
    const first = await start();
    const draft = await createPost(first.api, { title: 'Draft', body: 'wip' });
    const post = await publishedPost(first.api, 'Hello world');
    const comment = await addComment(first.api, post.slug, 'Ann', 'First!');
    await first.api.close();
    const second = await start({ dbFile: first.dbFile, clock: first.clock });
    expect(await adminPost(second.api, draft.id), `GET /admin/posts/${draft.id} after the restart`).toEqual(draft);
    expect(await publicPost(second.api, post.slug), `GET /posts/${post.slug} after the restart`).toEqual({ ...post, commentCount: 1 });
    expect(await comments(second.api, post.slug), `GET /posts/${post.slug}/comments after the restart`).toEqual([comment]);
    const again = await publishedPost(second.api, 'Hello world');
    expect(again.slug, 'a derived slug after the restart still sees the old posts').toBe('hello-world-2');
    expect([draft.id, post.id], 'ids in use after the restart').not.toContain(again.id);
    await second.api.close();
    const applied = withRawDb(first.dbFile, (db) => db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get());
    expect(applied, 'rows in __drizzle_migrations after two starts').toBe(migrationTags().length);
  });

  it('two apps on two database files do not share data (no module-level state)', async () => {
    const one = await start();
    const two = await start();
    await publishedPost(one.api, 'Hello');
    expect((await publicList(two.api)).total, 'GET /posts total of the second app after a POST to the first').toBe(0);
    expect((await publishedPost(two.api, 'Hello')).slug, 'the same title in the second app').toBe('hello');
  });

  it('app.locals.close() closes the database: later requests fail with the JSON 500 error', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: tempDbFile() }) as ReturnType<AppModule['createApp']> & { locals: { close?: () => unknown } };
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    const api = await serve((req, res) => app(req, res));
    const post = await publishedPost(api, 'Hello');
    expect(post.createdAt, 'createdAt without a now option (the real clock)').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await app.locals.close?.();
    expectApiError(await api.get('/posts'), 500, 'internal');
    expectApiError(await api.post('/admin/posts', { json: { title: 'Bye', body: '' } }), 500, 'internal');
    expectApiError(await api.post('/admin/posts', { json: { title: 'Bye', body: '', slug: 'bye' } }), 500, 'internal');
    expectApiError(await api.patch(`/admin/posts/${post.id}`, { json: { slug: 'bye' } }), 500, 'internal');
  });

  it('unknown routes answer 404 not_found; other methods answer 405 with Allow', async () => {
    const { api } = await start();
    expectApiError(await api.get('/nope'), 404, 'not_found');
    expectApiError(await api.get('/admin'), 404, 'not_found');
    expectApiError(await api.get('/posts/a/b'), 404, 'not_found');
    const cases: Array<[string, string, string[]]> = [
      ['DELETE', '/posts', ['GET', 'HEAD']],
      ['POST', '/posts', ['GET', 'HEAD']],
      ['PATCH', '/posts/hello', ['GET', 'HEAD']],
      ['DELETE', '/posts/hello/comments', ['GET', 'HEAD', 'POST']],
      ['PUT', '/admin/posts', ['GET', 'HEAD', 'POST']],
      ['PUT', '/admin/posts/1', ['DELETE', 'GET', 'HEAD', 'PATCH']],
      ['GET', '/admin/comments/1', ['DELETE']],
    ];
    for (const [method, path, allowed] of cases) {
      const res = await api.request(method, path, method === 'GET' ? {} : { json: { title: 'x' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, allowed);
    }
  });

  it('the database itself refuses a status other than draft or published (a CHECK constraint)', async () => {
    const { api, dbFile } = await start();
    const post = await createPost(api, { title: 'Check me', body: 'x', slug: 'check-me' });
    await api.close();
    const archived = tryInsertCopy(dbFile, hasText('check-me'), (row) => replaceValues(row, [['draft', 'archived'], ['check-me', 'check-me-copy']]));
    expect(archived ?? 'accepted', 'INSERT straight into the file of a copy of a post with status "archived": SQLite should refuse it (SQLITE_CONSTRAINT_CHECK)').toMatch(/^SQLITE_CONSTRAINT/);
    const published = tryInsertCopy(dbFile, hasText('check-me'), (row) => replaceValues(row, [['draft', 'published'], ['check-me', 'check-me-copy']]));
    expect(published, 'INSERT straight into the file of a copy of a post with status "published" and a new slug: a valid row').toBeNull();
    expect(post.status, 'the status of a new post').toBe('draft');
  });
});

describe('Task 2: Create posts with slugs', () => {
  it('POST /admin/posts answers 201 with a draft, a Location header and the body stored as sent', async () => {
    const { api } = await start();
    const body = '# Title\n\n*Markdown* <b>kept</b> as is, `code` & all.\n';
    const res = await api.post('/admin/posts', { json: { title: 'My first post', body } });
    expectStatus(res, 201);
    const post = expectPost(res);
    expect(post, 'the created post').toEqual({
      id: post.id,
      title: 'My first post',
      slug: 'my-first-post',
      body,
      status: 'draft',
      publishedAt: null,
      createdAt: START,
      updatedAt: START,
      commentCount: 0,
    });
    const location = res.headers.get('location') ?? '';
    expect(location.endsWith(`/admin/posts/${post.id}`), `${res.request}: Location header should be /admin/posts/${post.id}, got "${location}"`).toBe(true);
    expect(await adminPost(api, post.id), `GET /admin/posts/${post.id}`).toEqual(post);
  });

  it('a post created with status published gets publishedAt from the injected clock', async () => {
    const { api, clock } = await start();
    clock.advance(5 * MINUTE);
    const post = await createPost(api, { title: 'Live', body: '', status: 'published' });
    expect(post, 'a post created published').toMatchObject({ status: 'published', publishedAt: at(5), createdAt: at(5), updatedAt: at(5) });
    expect((await createPost(api, { title: 'Later', body: '', status: 'draft' })).publishedAt, 'publishedAt of a draft').toBeNull();
  });

  it('derives the slug from the title: lower case, ASCII letters and digits, one "-" between words', async () => {
    const { api } = await start();
    const cases: Array<[string, string]> = [
      ['Hello, World!', 'hello-world'],
      ['Café déjà vu', 'cafe-deja-vu'],
      ['  --Rust & Go: 2025 edition--  ', 'rust-go-2025-edition'],
      ['ÀÉÎÕÜ ñ ç', 'aeiou-n-c'],
      ['Ünïcödé 😀 emoji', 'unicode-emoji'],
      ['snake_case and CamelCase', 'snake-case-and-camelcase'],
      ["Robert'); DROP TABLE posts;--", 'robert-drop-table-posts'],
    ];
    for (const [title, slug] of cases) {
      const post = await createPost(api, { title, body: '' });
      expect(post.slug, `the slug of a post titled ${JSON.stringify(title)}`).toBe(slug);
      expect(post.title, `the title ${JSON.stringify(title)} is stored as sent`).toBe(title);
    }
  });

  it('a derived slug is at most 60 characters, cut without a trailing "-"', async () => {
    const { api } = await start();
    expect((await createPost(api, { title: 'a'.repeat(70), body: '' })).slug, 'the slug of a title of 70 "a"').toBe('a'.repeat(60));
    const words = (await createPost(api, { title: 'word '.repeat(20), body: '' })).slug;
    expect(words, 'the slug of "word word word ..." (20 words): 12 words, the cut falls on a "-"').toBe(Array(12).fill('word').join('-'));
    const exact = (await createPost(api, { title: `${'b'.repeat(58)} c d`, body: '' })).slug;
    expect(exact, 'the slug of 58 "b" and " c d": exactly 60 characters are kept').toBe(`${'b'.repeat(58)}-c`);
  });

  it('a derived slug that is taken gets -2, -3...: the first free number, drafts included', async () => {
    const { api } = await start();
    const slugs: string[] = [];
    for (const title of ['Hello world', 'Hello, world!', 'HELLO WORLD']) slugs.push((await createPost(api, { title, body: '' })).slug);
    expect(slugs, 'slugs of three posts titled "Hello world"').toEqual(['hello-world', 'hello-world-2', 'hello-world-3']);
    const two = (await adminList(api)).items.find((p) => p.slug === 'hello-world-2')!;
    await createPost(api, { title: 'x', body: '', slug: 'hello-world-4' });
    await createPost(api, { title: 'x', body: '', slug: 'hello-world-again' });
    expect((await createPost(api, { title: 'Hello world', body: '' })).slug, 'after hello-world-4 was taken explicitly').toBe('hello-world-5');
    expect((await api.delete(`/admin/posts/${two.id}`)).status, `DELETE /admin/posts/${two.id}`).toBe(204);
    expect((await createPost(api, { title: 'Hello world', body: '' })).slug, 'after hello-world-2 was deleted: the first free number').toBe('hello-world-2');
    expect((await createPost(api, { title: 'Hello', body: '' })).slug, 'a title whose slug is a prefix of taken ones').toBe('hello');
  });

  it('an explicit slug is used as given; a taken one answers 409 conflict naming slug, and nothing is created', async () => {
    const { api } = await start();
    const post = await createPost(api, { title: 'Anything', body: 'x', slug: 'my-own-slug-2' });
    expect(post.slug, 'an explicit slug').toBe('my-own-slug-2');
    const draft = await createPost(api, { title: 'Draft', body: '' });
    expectConflict(await api.post('/admin/posts', { json: { title: 'Other', body: '', slug: 'my-own-slug-2' } }), 'slug');
    expectConflict(await api.post('/admin/posts', { json: { title: 'Other', body: '', slug: draft.slug, status: 'published' } }), 'slug');
    expect(await allPosts(api), 'posts after the two 409s').toBe(2);
    expect((await createPost(api, { title: 'My own slug', body: '', slug: 'my-own-slug' })).slug, 'a free explicit slug').toBe('my-own-slug');
  });

  it('an explicit slug must look like a slug: 400 validation_failed naming slug', async () => {
    const { api } = await start();
    for (const slug of ['Hello', 'hello world', 'hello--world', '-hello', 'hello-', 'héllo', 'hello_world', '', 'a'.repeat(81), 42, null, ...INJECTIONS]) {
      expectInvalid(await api.post('/admin/posts', { json: { title: 'Title', body: '', slug } }), 'slug');
    }
    expect(await allPosts(api), 'posts after the rejected POSTs').toBe(0);
    expect((await createPost(api, { title: 'Long', body: '', slug: 'a'.repeat(80) })).slug, 'a slug of 80 characters').toBe('a'.repeat(80));
  });

  it('a title with no letters or digits and no slug answers 400 naming title; with a slug it is fine', async () => {
    const { api } = await start();
    for (const title of ['!!!', '日本語', '— … —', '😀']) {
      expectInvalid(await api.post('/admin/posts', { json: { title, body: '' } }), 'title');
    }
    expect(await allPosts(api), 'posts after the rejected POSTs').toBe(0);
    expect((await createPost(api, { title: '日本語', body: '', slug: 'nihongo' })).title, 'a title without ASCII, with a slug').toBe('日本語');
  });

  it('missing, blank, too long, wrong-typed and unknown fields answer 400 validation_failed naming them', async () => {
    const { api } = await start();
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ body: '' }, ['title']],
      [{ title: 'T' }, ['body']],
      [{}, ['title', 'body']],
      [{ title: '', body: '' }, ['title']],
      [{ title: '   ', body: '' }, ['title']],
      [{ title: 'x'.repeat(201), body: '' }, ['title']],
      [{ title: 'T', body: 'x'.repeat(50_001) }, ['body']],
      [{ title: 42, body: '' }, ['title']],
      [{ title: ['T'], body: '' }, ['title']],
      [{ title: 'T', body: null }, ['body']],
      [{ title: 'T', body: '', status: 'archived' }, ['status']],
      [{ title: 'T', body: '', status: "published' OR 1=1 --" }, ['status']],
      [{ title: 'T', body: '', id: 7 }, ['id']],
      [{ title: 'T', body: '', publishedAt: START }, ['publishedAt']],
      [{ title: 'T', body: '', commentCount: 3 }, ['commentCount']],
    ];
    for (const [json, fields] of cases) expectInvalid(await api.post('/admin/posts', { json }), ...fields);
    expect(await allPosts(api), 'posts after the rejected POSTs').toBe(0);
    const longest = await createPost(api, { title: 'x'.repeat(200), body: 'y'.repeat(50_000) });
    expect([longest.title.length, longest.body.length], 'a title of 200 and a body of 50,000 characters').toEqual([200, 50_000]);
  });

  it('a body that is not a JSON object answers 400, 413 or 415 as documented', async () => {
    const { api } = await start();
    expectApiError(await api.post('/admin/posts', { body: '{"title": "T", "body": ', headers: JSON_HEADERS }), 400, 'invalid_json');
    expectInvalid(await api.post('/admin/posts', { body: '[]', headers: JSON_HEADERS }));
    for (const body of ['null', '"T"', '42']) {
      const res = await api.post('/admin/posts', { body, headers: JSON_HEADERS });
      expectNo5xx(res);
      expect(res.status, `${res.request} answered ${res.status}`).toBe(400);
    }
    expectApiError(await api.post('/admin/posts', { body: '{"title":"T","body":""}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/admin/posts', { body: 'title=T&body=x' , headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/admin/posts', { body: '{"title":"T","body":""}', headers: { 'content-type': 'application/json; charset=iso-8859-1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/admin/posts', { body: '{"title":"T","body":""}', headers: { 'content-type': 'application/json', 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    const huge = JSON.stringify({ title: 'Huge', body: 'x'.repeat(300 * 1024) });
    expectApiError(await api.post('/admin/posts', { body: huge, headers: JSON_HEADERS }), 413, 'payload_too_large');
    const res = await api.post('/admin/posts', { body: '{"title":"Charset","body":""}', headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(res.status, `${res.request} answered ${res.status}`).toBe(201);
    const padded = `{"title": "Padded", "body": ""${' '.repeat(250_000)}}`;
    const big = await api.post('/admin/posts', { body: padded, headers: JSON_HEADERS });
    expect(big.status, `a valid body of 250,000 bytes (whitespace padding) answered ${big.status} with ${big.text.slice(0, 200)}`).toBe(201);
    expect(await allPosts(api), 'posts after the rejected POSTs').toBe(2);
  });

  it('titles and bodies full of SQL are stored and returned exactly as sent', async () => {
    const { api, dbFile, clock } = await start();
    const created: PostJson[] = [];
    for (const [i, text] of INJECTIONS.entries()) {
      const post = await createPost(api, { title: `${text} ${i}`, body: text, status: 'published' });
      expect([post.title, post.body], `title and body of a post created with ${JSON.stringify(text)}`).toEqual([`${text} ${i}`, text]);
      created.push(post);
    }
    expect(created.map((p) => p.slug), 'slugs derived from hostile titles').toEqual(['or-1-1-0', 'robert-drop-table-posts-1', 'x-delete-from-comments-2', '3', '4', '1-update-posts-set-status-published-5', 'x-union-select-sqlite-version-6', '7']);
    await api.close();
    const again = await start({ dbFile, clock });
    expect((await publicList(again.api)).items, 'GET /posts after a restart: every post intact').toEqual(created.map(summaryOf).reverse());
  });

  it('the database itself refuses a second post with the same slug (a unique index)', async () => {
    const { api, dbFile } = await start();
    await createPost(api, { title: 'Unique', body: 'x', slug: 'only-one' });
    await api.close();
    const code = tryInsertCopy(dbFile, hasText('only-one'));
    expect(code ?? 'accepted', 'INSERT straight into the file of a copy of the post with slug only-one: SQLite should refuse it (SQLITE_CONSTRAINT_UNIQUE)').toMatch(/^SQLITE_CONSTRAINT/);
    const other = tryInsertCopy(dbFile, hasText('only-one'), (row) => replaceValues(row, [['only-one', 'only-two']]));
    expect(other, 'the same copy with another slug: a valid row').toBeNull();
  });
});

describe('Task 3: Edit and publish posts', () => {
  it('PATCH changes only the fields sent, keeps the slug when the title changes, and moves updatedAt', async () => {
    const { api, clock } = await start();
    const post = await createPost(api, { title: 'Old title', body: 'old' });
    const other = await createPost(api, { title: 'Other', body: 'other' });
    clock.advance(10 * MINUTE);
    const patched = await patchPost(api, post.id, { title: 'New title' });
    expect(patched, `PATCH /admin/posts/${post.id} {"title":"New title"}`).toEqual({ ...post, title: 'New title', updatedAt: at(10) });
    clock.advance(MINUTE);
    const both = await patchPost(api, post.id, { body: 'new **body**', slug: 'brand-new' });
    expect(both, `PATCH /admin/posts/${post.id} with body and slug`).toEqual({ ...patched, body: 'new **body**', slug: 'brand-new', updatedAt: at(11) });
    expect(await adminPost(api, post.id), `GET /admin/posts/${post.id} after the PATCHes`).toEqual(both);
    expect(await adminPost(api, other.id), 'another post is untouched').toEqual(other);
  });

  it('publishing sets publishedAt once: unpublishing keeps it, publishing again does not move it', async () => {
    const { api, clock } = await start();
    const post = await createPost(api, { title: 'Journey', body: '' });
    clock.advance(5 * MINUTE);
    const published = await patchPost(api, post.id, { status: 'published' });
    expect(published, 'after PATCH {"status":"published"}').toEqual({ ...post, status: 'published', publishedAt: at(5), updatedAt: at(5) });
    clock.advance(5 * MINUTE);
    const unpublished = await patchPost(api, post.id, { status: 'draft' });
    expect(unpublished, 'after PATCH {"status":"draft"}').toEqual({ ...published, status: 'draft', updatedAt: at(10) });
    clock.advance(5 * MINUTE);
    const again = await patchPost(api, post.id, { status: 'published', title: 'Journey, again' });
    expect(again, 'after publishing again').toEqual({ ...published, title: 'Journey, again', updatedAt: at(15) });
    clock.advance(MINUTE);
    expect((await patchPost(api, post.id, { status: 'published' })).publishedAt, 'PATCH status published on a published post').toBe(at(5));
  });

  it('PATCH to a slug another post has answers 409 naming slug and changes nothing; its own slug is fine', async () => {
    const { api, clock } = await start();
    const one = await publishedPost(api, 'One');
    const two = await createPost(api, { title: 'Two', body: '' });
    clock.advance(MINUTE);
    expectConflict(await api.patch(`/admin/posts/${two.id}`, { json: { slug: 'one' } }), 'slug');
    expectConflict(await api.patch(`/admin/posts/${one.id}`, { json: { slug: 'two', title: 'Stolen', status: 'draft' } }), 'slug');
    expect(await adminPost(api, one.id), 'the post whose PATCH was refused (title and status included)').toEqual(one);
    expect(await adminPost(api, two.id), 'the owner of the slug').toEqual(two);
    expect((await patchPost(api, one.id, { slug: 'one', title: 'One!' })).slug, 'PATCH a post to its own slug').toBe('one');
    expect((await createPost(api, { title: 'Two', body: '' })).slug, 'a derived slug after the refused PATCH').toBe('two-2');
  });

  it('a PATCH with nothing valid answers 400, an unknown id 404, and nothing changes', async () => {
    const { api, clock } = await start();
    const post = await createPost(api, { title: 'Stable', body: 'x' });
    clock.advance(MINUTE);
    const path = `/admin/posts/${post.id}`;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{}, 'body'],
      [{ role: 'admin' }, 'role'],
      [{ title: 'T', publishedAt: START }, 'publishedAt'],
      [{ title: '' }, 'title'],
      [{ title: null }, 'title'],
      [{ body: 5 }, 'body'],
      [{ status: 'archived' }, 'status'],
      [{ status: "draft'; --" }, 'status'],
      [{ slug: 'Not A Slug' }, 'slug'],
      [{ slug: "x' OR 1=1 --" }, 'slug'],
      [{ slug: null }, 'slug'],
    ];
    for (const [json, field] of cases) expectInvalid(await api.patch(path, { json }), field);
    expectApiError(await api.patch(path, { body: '{"title":', headers: JSON_HEADERS }), 400, 'invalid_json');
    expectApiError(await api.patch(path, { body: '{"title":"T"}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    for (const raw of ['999999', 'abc', `${post.id}e0`, '0x1', `${post.id}.0`, encodeURIComponent(`${post.id} OR 1=1`)]) {
      expectApiError(await api.patch(`/admin/posts/${raw}`, { json: { title: 'Nobody' } }), 404, 'not_found');
      expectApiError(await api.get(`/admin/posts/${raw}`), 404, 'not_found');
    }
    expect(await adminPost(api, post.id), `GET ${path} after the rejected PATCHes`).toEqual(post);
  });

  it('GET /admin/posts lists every post, drafts included, the last created first, with ?status= to filter', async () => {
    const { api, clock } = await start();
    const a = await createPost(api, { title: 'A', body: '' });
    clock.advance(MINUTE);
    const b = await publishedPost(api, 'B');
    clock.advance(MINUTE);
    const c = await createPost(api, { title: 'C', body: '' });
    clock.advance(MINUTE);
    const d = await publishedPost(api, 'D');
    // Published last, created first: the admin list still orders by creation.
    const aLive = await patchPost(api, a.id, { status: 'published' });
    const all = [aLive, b, c, d].reverse().map(summaryOf);
    expect(await adminList(api), 'GET /admin/posts').toEqual({ items: all, total: 4, limit: 20, offset: 0 });
    expect(await adminList(api, '?status=draft'), 'GET /admin/posts?status=draft').toEqual({ items: [summaryOf(c)], total: 1, limit: 20, offset: 0 });
    expect(await adminList(api, '?status=published'), 'GET /admin/posts?status=published').toEqual({ items: [d, b, aLive].map(summaryOf), total: 3, limit: 20, offset: 0 });
    expect(await adminList(api, '?status=published&limit=1&offset=1'), 'GET /admin/posts?status=published&limit=1&offset=1').toEqual({ items: [summaryOf(b)], total: 3, limit: 1, offset: 1 });
    expect(await adminList(api, '?limit=2&offset=3'), 'GET /admin/posts?limit=2&offset=3').toEqual({ items: [summaryOf(aLive)], total: 4, limit: 2, offset: 3 });
  });

  it('a bad status, limit or offset on GET /admin/posts answers 400 naming it, and touches nothing', async () => {
    const { api } = await start();
    const post = await createPost(api, { title: 'Safe', body: '' });
    for (const status of ['archived', 'DRAFT', '', ...INJECTIONS]) {
      expectInvalid(await api.get(`/admin/posts?status=${encodeURIComponent(status)}`), 'status');
    }
    expectInvalid(await api.get('/admin/posts?status=draft&status=published'), 'status');
    for (const limit of ['0', '101', '-1', '1.5', 'abc', '1 OR 1=1', '1; DROP TABLE posts']) {
      expectInvalid(await api.get(`/admin/posts?limit=${encodeURIComponent(limit)}`), 'limit');
    }
    for (const offset of ['-1', '1e1', "0'; DELETE FROM posts; --"]) {
      expectInvalid(await api.get(`/admin/posts?offset=${encodeURIComponent(offset)}`), 'offset');
    }
    expect((await adminList(api, '?sort=id%3B%20DROP%20TABLE%20posts')).items, 'unknown query parameters are ignored').toEqual([summaryOf(post)]);
  });
});

describe('Task 4: Read published posts', () => {
  it('GET /posts lists published posts only; total counts them; drafts are hidden', async () => {
    const { api, clock } = await start();
    const live = await publishedPost(api, 'Live');
    clock.advance(MINUTE);
    await createPost(api, { title: 'Secret draft', body: 'not yet' });
    const page = await publicList(api);
    expect(page, 'GET /posts with one published post and one draft').toEqual({ items: [summaryOf(live)], total: 1, limit: 20, offset: 0 });
    expect(JSON.stringify(page), 'the public list mentions no draft').not.toContain('Secret');
  });

  it('the newest publication comes first, the higher id first on a tie', async () => {
    const { api, clock } = await start();
    const early = await createPost(api, { title: 'Written first, published last', body: '' });
    clock.advance(MINUTE);
    const b = await publishedPost(api, 'B');
    const c = await publishedPost(api, 'C');
    clock.advance(MINUTE);
    const d = await publishedPost(api, 'D');
    clock.advance(MINUTE);
    const a = await patchPost(api, early.id, { status: 'published' });
    expect((await publicList(api)).items.map((p) => p.title), 'GET /posts titles').toEqual([a.title, 'D', 'C', 'B']);
    expect((await publicList(api)).items, 'GET /posts').toEqual([a, d, c, b].map(summaryOf));
  });

  it('limit and offset page through the published posts', async () => {
    const { api, clock } = await start();
    const posts: PostJson[] = [];
    const drafts: PostJson[] = [];
    for (let i = 1; i <= 6; i += 1) {
      posts.push(await publishedPost(api, `Post ${i}`));
      drafts.push(await createPost(api, { title: `Draft ${i}`, body: '' }));
      clock.advance(MINUTE);
    }
    // Ids of two digits and more work like the others.
    const last = drafts.at(-1)!;
    expect(await adminPost(api, last.id), `GET /admin/posts/${last.id}`).toEqual(last);
    expect((await api.delete(`/admin/posts/${last.id}`)).status, `DELETE /admin/posts/${last.id}`).toBe(204);
    expect((await api.delete(`/admin/posts/${posts.pop()!.id}`)).status, 'DELETE of the sixth published post').toBe(204);
    const newest = posts.reverse().map(summaryOf);
    expect(await publicList(api, '?limit=2'), 'GET /posts?limit=2').toEqual({ items: newest.slice(0, 2), total: 5, limit: 2, offset: 0 });
    expect(await publicList(api, '?limit=2&offset=2'), 'GET /posts?limit=2&offset=2').toEqual({ items: newest.slice(2, 4), total: 5, limit: 2, offset: 2 });
    expect(await publicList(api, '?limit=2&offset=4'), 'GET /posts?limit=2&offset=4').toEqual({ items: newest.slice(4), total: 5, limit: 2, offset: 4 });
    expect(await publicList(api, '?offset=5'), 'GET /posts?offset=5').toEqual({ items: [], total: 5, limit: 20, offset: 5 });
    expect((await publicList(api, '?limit=100')).items, 'GET /posts?limit=100').toEqual(newest);
  });

  it('a bad limit or offset on GET /posts answers 400 naming it, and touches nothing', async () => {
    const { api } = await start();
    const post = await publishedPost(api, 'Safe');
    for (const limit of ['0', '101', '-1', '1.5', '1e1', 'abc', ...INJECTIONS]) {
      expectInvalid(await api.get(`/posts?limit=${encodeURIComponent(limit)}`), 'limit');
    }
    expectInvalid(await api.get('/posts?limit=1&limit=2'), 'limit');
    for (const offset of ['-1', 'abc', '2abc', "0 UNION SELECT 1,2,3 --"]) {
      expectInvalid(await api.get(`/posts?offset=${encodeURIComponent(offset)}`), 'offset');
    }
    const huge = await api.get('/posts?offset=99999999999999999999');
    expectNo5xx(huge);
    expect((await publicList(api, '?status=draft')).items, 'GET /posts?status=draft: the public list ignores status').toEqual([summaryOf(post)]);
  });

  it('GET /posts/:slug answers a published post with its body; a draft or an unknown slug is 404', async () => {
    const { api } = await start();
    const live = await createPost(api, { title: 'Live', body: 'Hello **readers**', status: 'published' });
    const draft = await createPost(api, { title: 'Draft', body: 'secret' });
    expect(await publicPost(api, 'live'), 'GET /posts/live').toEqual(live);
    expectApiError(await api.get(`/posts/${draft.slug}`), 404, 'not_found');
    expectApiError(await api.get('/posts/nope'), 404, 'not_found');
    expectApiError(await api.get(`/posts/${live.id}`), 404, 'not_found');
    expectApiError(await api.get('/posts/LIVE'), 404, 'not_found');
  });

  it('unpublishing hides a post again; renaming its slug moves it', async () => {
    const { api, clock } = await start();
    const one = await publishedPost(api, 'One');
    const two = await publishedPost(api, 'Two');
    clock.advance(MINUTE);
    await patchPost(api, one.id, { status: 'draft' });
    expectApiError(await api.get('/posts/one'), 404, 'not_found');
    expect(await publicList(api), 'GET /posts after unpublishing one').toEqual({ items: [summaryOf(two)], total: 1, limit: 20, offset: 0 });
    const moved = await patchPost(api, two.id, { slug: 'second' });
    expectApiError(await api.get('/posts/two'), 404, 'not_found');
    expect(await publicPost(api, 'second'), 'GET /posts/second').toEqual(moved);
  });

  it('SQL in the slug of a path answers 404 and touches nothing', async () => {
    const { api } = await start();
    const post = await publishedPost(api, 'Target');
    await addComment(api, 'target', 'Ann', 'Hi');
    for (const raw of [...INJECTIONS, "target' OR '1'='1", "target'--", 'target%']) {
      const slug = encodeURIComponent(raw);
      expectApiError(await api.get(`/posts/${slug}`), 404, 'not_found');
      expectApiError(await api.get(`/posts/${slug}/comments`), 404, 'not_found');
      expectApiError(await api.post(`/posts/${slug}/comments`, { json: { author: 'Mallory', body: 'pwned' } }), 404, 'not_found');
    }
    expect(await publicPost(api, 'target'), 'the post after the hostile requests').toEqual({ ...post, commentCount: 1 });
    expect((await comments(api, 'target')).length, 'its comments after the hostile requests').toBe(1);
  });
});

describe('Task 5: Comments and comment counts', () => {
  it('POST /posts/:slug/comments answers 201 with the comment; GET lists them oldest first', async () => {
    const { api, clock } = await start();
    const post = await publishedPost(api, 'Talk');
    clock.advance(MINUTE);
    const res = await api.post('/posts/talk/comments', { json: { author: 'Ann', body: 'First!' } });
    expectStatus(res, 201);
    const first = expectComment(res);
    expect(first, 'the created comment').toEqual({ id: first.id, postId: post.id, author: 'Ann', body: 'First!', createdAt: at(1) });
    clock.advance(MINUTE);
    const second = await addComment(api, 'talk', 'Bob', 'Second.');
    const third = await addComment(api, 'talk', 'Ann', 'Third, same minute.');
    expect(await comments(api, 'talk'), 'GET /posts/talk/comments').toEqual([first, second, third]);
    expect(second.createdAt, 'createdAt of a comment a minute later').toBe(at(2));
  });

  it('every post shows commentCount: in the public list, on its own page and for the author', async () => {
    const { api } = await start();
    const a = await publishedPost(api, 'A');
    const b = await publishedPost(api, 'B');
    await publishedPost(api, 'C');
    for (const body of ['1', '2']) await addComment(api, 'a', 'Ann', body);
    for (const body of ['1', '2', '3']) await addComment(api, 'c', 'Cy', body);
    const counts = Object.fromEntries((await publicList(api)).items.map((p) => [p.slug, p.commentCount]));
    expect(counts, 'commentCount of each post in GET /posts').toEqual({ a: 2, b: 0, c: 3 });
    expect((await publicPost(api, 'b')).commentCount, 'commentCount of GET /posts/b (no comments)').toBe(0);
    expect((await publicPost(api, 'c')).commentCount, 'commentCount of GET /posts/c').toBe(3);
    expect((await adminPost(api, a.id)).commentCount, `commentCount of GET /admin/posts/${a.id}`).toBe(2);
    expect((await adminList(api)).items.map((p) => p.commentCount), 'commentCount in GET /admin/posts').toEqual([3, 0, 2]);
    expect((await publicList(api, '?limit=1&offset=1')).items, 'GET /posts?limit=1&offset=1: pages count posts, not comments').toEqual([summaryOf({ ...b, commentCount: 0 })]);
  });

  it('a draft has no public comments: GET and POST answer 404, and nothing is stored', async () => {
    const { api, clock } = await start();
    const draft = await createPost(api, { title: 'Quiet', body: '' });
    expectApiError(await api.post('/posts/quiet/comments', { json: { author: 'Ann', body: 'Hello?' } }), 404, 'not_found');
    expectApiError(await api.get('/posts/quiet/comments'), 404, 'not_found');
    expectApiError(await api.post('/posts/nope/comments', { json: { author: 'Ann', body: 'Hello?' } }), 404, 'not_found');
    expectApiError(await api.get('/posts/nope/comments'), 404, 'not_found');
    expect((await adminPost(api, draft.id)).commentCount, 'commentCount of the draft').toBe(0);
    clock.advance(MINUTE);
    await patchPost(api, draft.id, { status: 'published' });
    const comment = await addComment(api, 'quiet', 'Ann', 'Now it is live');
    await patchPost(api, draft.id, { status: 'draft' });
    expectApiError(await api.get('/posts/quiet/comments'), 404, 'not_found');
    expect((await adminPost(api, draft.id)).commentCount, 'commentCount of an unpublished post keeps its comments').toBe(1);
    await patchPost(api, draft.id, { status: 'published' });
    expect(await comments(api, 'quiet'), 'comments after publishing again').toEqual([comment]);
  });

  it('a bad comment answers 400 naming the field, 415 or 400 invalid_json, and stores nothing', async () => {
    const { api } = await start();
    const post = await publishedPost(api, 'Open');
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ body: 'x' }, ['author']],
      [{ author: 'Ann' }, ['body']],
      [{}, ['author', 'body']],
      [{ author: ' ', body: 'x' }, ['author']],
      [{ author: 'Ann', body: '' }, ['body']],
      [{ author: 'Ann', body: '\n\t ' }, ['body']],
      [{ author: 'a'.repeat(101), body: 'x' }, ['author']],
      [{ author: 'Ann', body: 'x'.repeat(2001) }, ['body']],
      [{ author: 7, body: 'x' }, ['author']],
      [{ author: 'Ann', body: { $ne: '' } }, ['body']],
      [{ author: 'Ann', body: 'x', postId: post.id }, ['postId']],
      [{ author: 'Ann', body: 'x', id: 1 }, ['id']],
    ];
    for (const [json, fields] of cases) expectInvalid(await api.post('/posts/open/comments', { json }), ...fields);
    expectApiError(await api.post('/posts/open/comments', { body: '{"author":', headers: JSON_HEADERS }), 400, 'invalid_json');
    expectApiError(await api.post('/posts/open/comments', { body: 'author=Ann', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectInvalid(await api.post('/posts/open/comments', { body: '[]', headers: JSON_HEADERS }));
    expect((await publicPost(api, 'open')).commentCount, 'commentCount after the rejected comments').toBe(0);
    const longest = await addComment(api, 'open', 'a'.repeat(100), 'x'.repeat(2000));
    expect([longest.author.length, longest.body.length], 'an author of 100 and a body of 2,000 characters').toEqual([100, 2000]);
  });

  it('authors and comment bodies full of SQL are stored exactly as sent', async () => {
    const { api } = await start();
    await publishedPost(api, 'Hostile');
    await publishedPost(api, 'Other');
    await addComment(api, 'other', 'Ann', 'Keep me');
    const created = [];
    for (const text of INJECTIONS) {
      const comment = await addComment(api, 'hostile', text, text);
      expect([comment.author, comment.body], `a comment by ${JSON.stringify(text)}`).toEqual([text, text]);
      created.push(comment);
    }
    expect(await comments(api, 'hostile'), 'GET /posts/hostile/comments').toEqual(created);
    expect((await publicPost(api, 'other')).commentCount, 'the other post keeps its comment').toBe(1);
    expect((await publicList(api)).total, 'published posts after the hostile comments').toBe(2);
  });

  it('DELETE /admin/comments/:id answers 204; the count drops at once; unknown ids are 404', async () => {
    const { api } = await start();
    await publishedPost(api, 'Busy');
    const one = await addComment(api, 'busy', 'Ann', 'one');
    const two = await addComment(api, 'busy', 'Bob', 'two');
    const res = await api.delete(`/admin/comments/${one.id}`);
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expect(await comments(api, 'busy'), 'comments after the DELETE').toEqual([two]);
    expect((await publicPost(api, 'busy')).commentCount, 'commentCount of GET /posts/busy after the DELETE').toBe(1);
    expect((await publicList(api)).items[0]?.commentCount, 'commentCount in GET /posts after the DELETE').toBe(1);
    expectApiError(await api.delete(`/admin/comments/${one.id}`), 404, 'not_found');
    for (const raw of ['999999', 'abc', `${two.id}e0`, encodeURIComponent(`${two.id} OR 1=1`)]) {
      expectApiError(await api.delete(`/admin/comments/${raw}`), 404, 'not_found');
    }
    expect((await api.delete(`/admin/comments/${two.id}`)).status, `DELETE /admin/comments/${two.id}`).toBe(204);
    expect((await publicList(api)).items[0]?.commentCount, 'commentCount in GET /posts after both DELETEs').toBe(0);
  });
});

describe('Task 6: Delete posts and comments', () => {
  it('DELETE /admin/posts/:id answers 204 and removes the post with its comments; other posts keep theirs', async () => {
    const { api, dbFile } = await start();
    const doomed = await publishedPost(api, 'Doomed');
    const kept = await publishedPost(api, 'Kept');
    const gone = [await addComment(api, 'doomed', 'Ann', 'Comment on the doomed post'), await addComment(api, 'doomed', 'Bob', 'Another doomed comment')];
    const stays = await addComment(api, 'kept', 'Cy', 'Comment on the kept post');
    const res = await api.delete(`/admin/posts/${doomed.id}`);
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expectApiError(await api.get(`/admin/posts/${doomed.id}`), 404, 'not_found');
    expectApiError(await api.get('/posts/doomed'), 404, 'not_found');
    expectApiError(await api.get('/posts/doomed/comments'), 404, 'not_found');
    expectApiError(await api.delete(`/admin/posts/${doomed.id}`), 404, 'not_found');
    for (const comment of gone) expectApiError(await api.delete(`/admin/comments/${comment.id}`), 404, 'not_found');
    expect(await publicList(api), 'GET /posts after the DELETE').toEqual({ items: [summaryOf({ ...kept, commentCount: 1 })], total: 1, limit: 20, offset: 0 });
    expect(await comments(api, 'kept'), 'comments of the other post').toEqual([stays]);
    const left = withRawDb(dbFile, (db) => [findRow(db, hasText('Comment on the doomed post')), findRow(db, hasText('Another doomed comment'))]);
    expect(left, 'rows in the database file holding the deleted post\'s comments').toEqual([undefined, undefined]);
  });

  it('DELETE of an unknown or malformed id answers 404 and deletes nothing', async () => {
    const { api } = await start();
    const post = await publishedPost(api, 'Survivor');
    await addComment(api, 'survivor', 'Ann', 'still here');
    for (const raw of ['999999', 'abc', `${post.id}e0`, `0x${post.id}`, '-1', encodeURIComponent(`${post.id} OR 1=1`), encodeURIComponent(`${post.id}; DROP TABLE posts`)]) {
      expectApiError(await api.delete(`/admin/posts/${raw}`), 404, 'not_found');
    }
    expect(await publicPost(api, 'survivor'), 'the post after DELETEs of other ids').toEqual({ ...post, commentCount: 1 });
  });

  it('the database deletes the comments itself: a raw DELETE of the post row removes its comment rows (ON DELETE CASCADE)', async () => {
    const { api, dbFile } = await start();
    await publishedPost(api, 'Cascade me');
    await publishedPost(api, 'Bystander');
    await addComment(api, 'cascade-me', 'Ann', 'Cascaded comment');
    await addComment(api, 'bystander', 'Bob', 'Bystander comment');
    await api.close();
    const after = withRawDb(dbFile, (db) => {
      const found = findRow(db, hasText('cascade-me'));
      if (!found) throw new Error('no table holds the row of the post with slug cascade-me');
      const pk = (db.prepare(`PRAGMA table_info(${quoteIdent(found.table)})`).all() as Array<{ name: string; pk: number }>).find((c) => c.pk > 0);
      if (!pk) throw new Error(`the table ${found.table} has no primary key`);
      db.pragma('foreign_keys = ON');
      db.prepare(`DELETE FROM ${quoteIdent(found.table)} WHERE ${quoteIdent(pk.name)} = ?`).run(found.row[pk.name]);
      return { cascaded: findRow(db, hasText('Cascaded comment')), bystander: findRow(db, hasText('Bystander comment')) };
    });
    expect(after.cascaded, 'the comment row after DELETE FROM <posts> WHERE id = <its post> in plain SQL: ON DELETE CASCADE should remove it').toBeUndefined();
    expect(after.bystander, 'the comment of another post stays').toBeDefined();
  });

  it('the database refuses a comment for a post that does not exist (a foreign key)', async () => {
    const { api, dbFile } = await start();
    await publishedPost(api, 'First');
    await publishedPost(api, 'Second');
    const third = await publishedPost(api, 'Third');
    await addComment(api, 'third', 'Ann', 'Orphan candidate');
    await api.close();
    const missing = tryInsertCopy(dbFile, hasText('Orphan candidate'), (row) => replaceValues(row, [[third.id, 999_999]]));
    expect(missing ?? 'accepted', `INSERT straight into the file of a copy of the comment pointing at post 999999 instead of ${third.id}: SQLite should refuse it (SQLITE_CONSTRAINT_FOREIGNKEY)`).toMatch(/^SQLITE_CONSTRAINT/);
    const valid = tryInsertCopy(dbFile, hasText('Orphan candidate'));
    expect(valid, 'the same copy still pointing at its post: a valid row').toBeNull();
  });

  it('the slug of a deleted post is free again, and the public lists and counts stay right', async () => {
    const { api, clock } = await start();
    const old = await createPost(api, { title: 'Reused', body: '', slug: 'reused', status: 'published' });
    await addComment(api, 'reused', 'Ann', 'old comment');
    expect((await api.delete(`/admin/posts/${old.id}`)).status, `DELETE /admin/posts/${old.id}`).toBe(204);
    clock.advance(MINUTE);
    const fresh = await publishedPost(api, 'Reused');
    expect(fresh.slug, 'the derived slug of a new post titled "Reused"').toBe('reused');
    expect(fresh.commentCount, 'the new post has none of the old comments').toBe(0);
    expect(await comments(api, 'reused'), 'GET /posts/reused/comments').toEqual([]);
    expect(await publicList(api), 'GET /posts').toEqual({ items: [summaryOf(fresh)], total: 1, limit: 20, offset: 0 });
  });

  it('hostile input on every route (broken URLs, corrupt bodies, repeated parameters) gets a 4xx JSON error, never a 5xx', async () => {
    const { api } = await start();
    const post = await createPost(api, { title: 'Hostile', body: 'Body', slug: 'hostile', status: 'published' });
    const comment = await addComment(api, 'hostile', 'Ann', 'First');
    const postBody = { title: 'Another', body: 'Text', status: 'draft', slug: 'another' };
    await expectHostileInputRefused(
      api,
      [
        { method: 'GET', path: '/posts', query: ['limit', 'offset'] },
        { method: 'GET', path: '/posts/:slug' },
        { method: 'GET', path: '/posts/:slug/comments' },
        { method: 'POST', path: '/posts/:slug/comments', body: { author: 'Bob', body: 'Nice' } },
        { method: 'GET', path: '/admin/posts', query: ['status', 'limit', 'offset'] },
        { method: 'POST', path: '/admin/posts', body: postBody },
        { method: 'GET', path: '/admin/posts/:id' },
        { method: 'PATCH', path: '/admin/posts/:id', body: { ...postBody, slug: 'renamed' } },
        { method: 'DELETE', path: '/admin/posts/:id' },
        { method: 'DELETE', path: '/admin/comments/:commentId' },
      ],
      { params: { slug: post.slug, id: String(post.id), commentId: String(comment.id) } },
    );
  });
});
