// Hidden suite for p18 Notes API. It drives the app over real HTTP on a loopback port and uses
// only what SPEC.md's Interface section promises: createApp(options) in src/app.ts, the routes,
// status codes, headers (Location, ETag, If-Match, If-None-Match, Allow), body shapes, the cursor
// rules and the error codes. The wording of messages is never checked.
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectJson, expectStatus, fakeClock, load, serve, type AppLike, type FakeClock, type HttpResponse, type TestServer } from '#testkit';

interface AppOptions {
  now?: () => Date;
  generateId?: () => string;
  maxBodyBytes?: number;
}

interface AppModule {
  createApp: (options?: AppOptions) => AppLike;
}

interface Note {
  id: string;
  title: string;
  body: string;
  tags: string[];
  pinned: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

interface Page {
  items: Note[];
  nextCursor: string | null;
}

/** Far from the real date, so an app that reads the system clock is caught. */
const START = '2031-05-04T03:02:01.250Z';

/** Ids note-001, note-002...: zero-padded, so their string order is their creation order. */
function counterIds(prefix = 'note-'): () => string {
  let n = 0;
  return () => `${prefix}${String(++n).padStart(3, '0')}`;
}

interface Started {
  server: TestServer;
  clock: FakeClock;
}

/** Builds a fresh app from the implementation and serves it for this check. */
async function start(options: { clock?: FakeClock; maxBodyBytes?: number; generateId?: () => string } = {}): Promise<Started> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  const clock = options.clock ?? fakeClock(START);
  const appOptions: AppOptions = { now: clock.now, generateId: options.generateId ?? counterIds() };
  if (options.maxBodyBytes !== undefined) appOptions.maxBodyBytes = options.maxBodyBytes;
  return { server: await serve(createApp(appOptions)), clock };
}

/** The `field` of every entry of error.details. */
function detailFields(res: HttpResponse): string[] {
  const details = (res.json as { error?: { details?: unknown } } | undefined)?.error?.details;
  expect(Array.isArray(details), `${res.request}: error.details should be an array, got ${JSON.stringify(details)}`).toBe(true);
  const problems = details as Array<{ field?: unknown; message?: unknown } | null>;
  for (const problem of problems) {
    const message = problem?.message;
    expect(typeof message === 'string' && message.trim().length > 0, `${res.request}: each entry of error.details needs a non-empty message, got ${JSON.stringify(problem)}`).toBe(true);
  }
  return problems.map((problem) => String(problem?.field));
}

/** A 400 validation_failed whose `details` names `field` (or, for `tags`, one of its items). */
function expectInvalid(res: HttpResponse, field: string): void {
  expectApiError(res, 400, 'validation_failed');
  const fields = detailFields(res);
  const named = fields.some((f) => f === field || f.startsWith(`${field}.`));
  expect(named, `${res.request}: error.details should have an entry with "field": "${field}", got ${JSON.stringify(fields)}`).toBe(true);
}

/** Sends a body exactly as given, with exactly these headers, named in assertion messages. */
async function send(server: TestServer, method: string, path: string, body: string | undefined, headers: Record<string, string> = {}): Promise<HttpResponse> {
  const res = await server.request(method, path, { ...(body === undefined ? {} : { body }), headers });
  const sent = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return { ...res, request: `${res.request} (${sent.length > 0 ? sent.join('; ') : 'no headers'})` };
}

function sendJson(server: TestServer, method: string, path: string, body: string): Promise<HttpResponse> {
  return send(server, method, path, body, { 'content-type': 'application/json' });
}

/** POST /notes that must succeed: returns the note. */
async function create(server: TestServer, fields: Record<string, unknown>): Promise<Note> {
  const res = await server.post('/notes', { json: fields });
  expectStatus(res, 201);
  return res.json as Note;
}

/** Creates notes with these titles, one second apart on the clock. */
async function createMany(started: Started, titles: string[], extra: (i: number) => Record<string, unknown> = () => ({})): Promise<Note[]> {
  const notes: Note[] = [];
  for (const [i, title] of titles.entries()) {
    notes.push(await create(started.server, { title, ...extra(i) }));
    started.clock.advance(1000);
  }
  return notes;
}

async function list(server: TestServer, query = ''): Promise<Page> {
  const res = await server.get(`/notes${query}`);
  expectStatus(res, 200);
  expectJson(res);
  const page = res.json as Page;
  expect(Array.isArray(page.items), `GET /notes${query}: items should be an array, got ${res.text.slice(0, 200)}`).toBe(true);
  return page;
}

async function listIds(server: TestServer, query = ''): Promise<string[]> {
  return (await list(server, query)).items.map((note) => note.id);
}

/** Follows nextCursor from the first page to the last; returns the ids of each page. */
async function walk(server: TestServer, query: string): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const sep = query === '' ? '?' : '&';
    const path = cursor === null ? query : `${query}${query === '' ? '?' : sep}cursor=${encodeURIComponent(cursor)}`;
    const page = await list(server, path.startsWith('?') || path === '' ? path : `?${path}`);
    pages.push(page.items.map((note) => note.id));
    expect(page.nextCursor === null || typeof page.nextCursor === 'string', `GET /notes${path}: nextCursor should be a string or null`).toBe(true);
    cursor = page.nextCursor;
    expect(pages.length, `GET /notes${query}: following nextCursor should end`).toBeLessThan(50);
  } while (cursor !== null);
  return pages;
}

describe('Task 1: Create and read notes', () => {
  it('POST /notes answers 201 with the new note, a Location and an ETag', async () => {
    const { server } = await start();
    const res = await server.post('/notes', { json: { title: 'Groceries' } });
    expectStatus(res, 201);
    expectJson(res);
    expect(res.json, 'POST /notes {"title":"Groceries"}: the note').toEqual({
      id: 'note-001',
      title: 'Groceries',
      body: '',
      tags: [],
      pinned: false,
      createdAt: START,
      updatedAt: START,
      version: 1,
    });
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe('/notes/note-001');
    expect(res.headers.get('etag'), `${res.request}: the ETag header`).toBe('"1"');
  });

  it('POST /notes keeps every field sent and takes the time from the clock', async () => {
    const clock = fakeClock(START);
    const { server } = await start({ clock });
    await create(server, { title: 'First' });
    clock.advance(90_500);
    const note = await create(server, { title: 'Plan', body: 'Line one\nLine two', tags: ['work'], pinned: true });
    expect(note, 'the second note, 90.5 s later').toEqual({
      id: 'note-002',
      title: 'Plan',
      body: 'Line one\nLine two',
      tags: ['work'],
      pinned: true,
      createdAt: '2031-05-04T03:03:31.750Z',
      updatedAt: '2031-05-04T03:03:31.750Z',
      version: 1,
    });
  });

  it('GET /notes/:id answers the note with its ETag; HEAD has no body', async () => {
    const { server } = await start();
    const created = await create(server, { title: 'Read me', body: 'text', tags: ['a', 'b'] });
    const res = await server.get('/notes/note-001');
    expectStatus(res, 200);
    expectJson(res);
    expect(res.json, 'GET /notes/note-001').toEqual(created);
    expect(res.headers.get('etag'), `${res.request}: the ETag header`).toBe('"1"');
    const head = await server.request('HEAD', '/notes/note-001');
    expectStatus(head, 200);
    expect(head.headers.get('etag'), 'HEAD /notes/note-001: the ETag header').toBe('"1"');
    expect(head.text, 'HEAD /notes/note-001: the body should be empty').toBe('');
  });

  it('an unknown id is a 404 not_found, even one that names an object property', async () => {
    const { server } = await start();
    await create(server, { title: 'Only one' });
    for (const id of ['note-002', 'nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expectApiError(await server.get(`/notes/${id}`), 404, 'not_found');
    }
  });

  it('ids come from options.generateId, and by default are distinct', async () => {
    const { server } = await start({ generateId: counterIds('my note/') });
    const res = await server.post('/notes', { json: { title: 'A' } });
    expectStatus(res, 201);
    expect((res.json as Note).id, 'the id from generateId').toBe('my note/001');
    expect(res.headers.get('location'), `${res.request}: the Location header, with the id URL-encoded`).toBe('/notes/my%20note%2F001');
    expect((await server.get('/notes/my%20note%2F001')).json, 'GET /notes/my%20note%2F001').toMatchObject({ id: 'my note/001', title: 'A' });

    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const plain = await serve(createApp());
    const first = await plain.post('/notes', { json: { title: 'One' } });
    const second = await plain.post('/notes', { json: { title: 'Two' } });
    expectStatus(first, 201);
    expectStatus(second, 201);
    const [a, b] = [(first.json as Note).id, (second.json as Note).id];
    expect(typeof a === 'string' && a.length > 0 && a !== b, `createApp(): two notes got the ids ${a} and ${b}`).toBe(true);
    expect(first.headers.get('location'), 'createApp(): the Location of the first note').toBe(`/notes/${encodeURIComponent(a)}`);
    expectStatus(await plain.get(`/notes/${encodeURIComponent(a)}`), 200);
  });

  it('two apps never share notes', async () => {
    const first = await start();
    const second = await start();
    await create(first.server, { title: 'Mine' });
    expectApiError(await second.server.get('/notes/note-001'), 404, 'not_found');
    expect(await listIds(second.server), 'GET /notes on the other app').toEqual([]);
    // The same title is free in the other app.
    await create(second.server, { title: 'Mine' });
  });

  it('a title that another note has, in any case, is a 409 conflict', async () => {
    const { server } = await start();
    await create(server, { title: 'Groceries' });
    expectApiError(await server.post('/notes', { json: { title: 'Groceries' } }), 409, 'conflict');
    expectApiError(await server.post('/notes', { json: { title: 'gROCERIES' } }), 409, 'conflict');
    expectApiError(await server.post('/notes', { json: { title: '  groceries ' } }), 409, 'conflict');
    await create(server, { title: 'Groceries 2' });
    expect(await listIds(server, '?sort=createdAt'), 'GET /notes after the conflicts').toEqual(['note-001', 'note-002']);
  });

  it('HTML, SQL and template strings are stored and returned unchanged', async () => {
    const { server } = await start();
    const fields = { title: '<script>alert(1)</script>', body: "'; DROP TABLE notes; -- {{7*7}} ${process.exit()}", tags: ['<b>', 'a&b'] };
    const note = await create(server, fields);
    expect(note, 'POST /notes with HTML and SQL').toMatchObject(fields);
    expect((await server.get(`/notes/${note.id}`)).json, 'GET it back').toMatchObject(fields);
  });

  it('unknown paths are 404 not_found, wrong methods 405 with Allow', async () => {
    const { server } = await start();
    await create(server, { title: 'A' });
    for (const path of ['/', '/note', '/notes/note-001/extra', '/api/notes']) {
      expectApiError(await server.get(path), 404, 'not_found');
    }
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await server.request(method, '/notes', { json: { title: 'B' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['GET', 'HEAD', 'POST']);
    }
    for (const method of ['PUT', 'POST']) {
      const res = await server.request(method, '/notes/note-001', { json: { title: 'B' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['GET', 'HEAD', 'PATCH', 'DELETE']);
    }
  });
});

describe('Task 2: Validate input with zod', () => {
  it('a missing, empty or blank title is a 400 validation_failed about title', async () => {
    const { server } = await start();
    expectInvalid(await server.post('/notes', { json: {} }), 'title');
    expectInvalid(await server.post('/notes', { json: { body: 'no title' } }), 'title');
    expectInvalid(await server.post('/notes', { json: { title: '' } }), 'title');
    expectInvalid(await server.post('/notes', { json: { title: ' \t\n ' } }), 'title');
    expect(await listIds(server), 'GET /notes after refused notes').toEqual([]);
  });

  it('the title is trimmed, and may have 1 to 200 characters', async () => {
    const { server } = await start();
    expect((await create(server, { title: '  Trim me \n' })).title, 'the stored title').toBe('Trim me');
    await create(server, { title: 'x' });
    await create(server, { title: 't'.repeat(200) });
    await create(server, { title: ` ${'u'.repeat(200)} ` });
    expectInvalid(await server.post('/notes', { json: { title: 'v'.repeat(201) } }), 'title');
  });

  it('the body may have up to 10000 characters', async () => {
    const { server } = await start();
    await create(server, { title: 'Long', body: 'b'.repeat(10_000) });
    expectInvalid(await server.post('/notes', { json: { title: 'Too long', body: 'b'.repeat(10_001) } }), 'body');
  });

  it('the body is kept as sent, spaces and blank lines included', async () => {
    const { server } = await start();
    const body = '  indented\n\n  trailing  \n';
    const note = await create(server, { title: 'Spaces', body });
    expect(note.body, `POST /notes body ${JSON.stringify(body)}: the stored body (the SPEC keeps it as sent, not trimmed)`).toBe(body);
    const blank = await create(server, { title: 'Blank', body: '   ' });
    expect(blank.body, 'POST /notes body "   ": the stored body').toBe('   ');
    const patched = await server.patch(`/notes/${encodeURIComponent(note.id)}`, { json: { body: ' again ' } });
    if (patched.status === 200) expect((patched.json as Note).body, 'PATCH body " again ": the stored body').toBe(' again ');
  });

  it('tags are trimmed, lower-cased and de-duplicated, in the order sent', async () => {
    const { server } = await start();
    const note = await create(server, { title: 'Tagged', tags: [' Work', 'HOME', 'work', 'x'.repeat(30)] });
    expect(note.tags, 'the stored tags').toEqual(['work', 'home', 'x'.repeat(30)]);
    await create(server, { title: 'Ten', tags: Array.from({ length: 10 }, (_, i) => `t${i}`) });
  });

  it('more than 10 tags, an empty tag or a tag over 30 characters is a 400 about tags', async () => {
    const { server } = await start();
    expectInvalid(await server.post('/notes', { json: { title: 'A', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) } }), 'tags');
    expectInvalid(await server.post('/notes', { json: { title: 'B', tags: ['ok', ''] } }), 'tags');
    expectInvalid(await server.post('/notes', { json: { title: 'C', tags: ['   '] } }), 'tags');
    expectInvalid(await server.post('/notes', { json: { title: 'D', tags: ['y'.repeat(31)] } }), 'tags');
  });

  it('the limit of 10 tags counts the tags as sent, before duplicates are removed', async () => {
    const { server } = await start();
    const eleven = ['a', 'A', ' a', 'b', 'B', 'c', 'C', 'd', 'D', 'e', 'E'];
    expectInvalid(await server.post('/notes', { json: { title: 'Eleven sent', tags: eleven } }), 'tags');
    const ten = await create(server, { title: 'Ten sent', tags: eleven.slice(0, 10) });
    expect(ten.tags, `POST /notes tags ${JSON.stringify(eleven.slice(0, 10))}: the stored tags`).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('fields of the wrong type are 400 validation_failed, naming each field', async () => {
    const { server } = await start();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: 42 }, 'title'],
      [{ title: null }, 'title'],
      [{ title: ['A'] }, 'title'],
      [{ title: 'A', body: null }, 'body'],
      [{ title: 'A', body: 7 }, 'body'],
      [{ title: 'A', tags: 'work' }, 'tags'],
      [{ title: 'A', tags: [1] }, 'tags'],
      [{ title: 'A', pinned: 'true' }, 'pinned'],
      [{ title: 'A', pinned: 1 }, 'pinned'],
    ];
    for (const [json, field] of cases) expectInvalid(await server.post('/notes', { json }), field);
    const both = await server.post('/notes', { json: { title: 5, pinned: 'no' } });
    expectInvalid(both, 'title');
    expectInvalid(both, 'pinned');
    expect(await listIds(server), 'GET /notes after refused notes').toEqual([]);
  });

  it('unknown fields are refused, and named, not ignored', async () => {
    const { server } = await start();
    expectInvalid(await server.post('/notes', { json: { title: 'A', color: 'red' } }), 'color');
    // The server owns these: a client must not choose them.
    expectInvalid(await server.post('/notes', { json: { title: 'B', id: 'admin' } }), 'id');
    expectInvalid(await server.post('/notes', { json: { title: 'C', version: 99 } }), 'version');
    expectInvalid(await server.post('/notes', { json: { title: 'D', createdAt: '2000-01-01T00:00:00.000Z' } }), 'createdAt');
    expectInvalid(await sendJson(server, 'POST', '/notes', '{"title": "E", "__proto__": {"pinned": true}}'), '__proto__');
    expect(await listIds(server), 'GET /notes after refused notes').toEqual([]);
  });

  it('a body that is not a JSON object is a 400', async () => {
    const { server } = await start();
    expectInvalid(await server.post('/notes', { json: [{ title: 'A' }] }), 'body');
    for (const body of ['"A"', '42', 'null', 'true']) {
      const res = await sendJson(server, 'POST', '/notes', body);
      expectStatus(res, 400);
      const code = (res.json as { error?: { code?: unknown } } | undefined)?.error?.code;
      expect(['invalid_json', 'validation_failed'], `${res.request}: error.code`).toContain(code);
    }
  });

  it('malformed JSON is a 400 invalid_json', async () => {
    const { server } = await start();
    for (const body of ['{"title": "A"', "{title: 'A'}", '{"title": "A",}', 'title=A']) {
      expectApiError(await sendJson(server, 'POST', '/notes', body), 400, 'invalid_json');
    }
  });

  it('a body that is not JSON is a 415 unsupported_media_type', async () => {
    const { server } = await start();
    expectApiError(await send(server, 'POST', '/notes', 'title=A', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
    expectApiError(await send(server, 'POST', '/notes', '{"title": "A"}', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    expectApiError(await send(server, 'POST', '/notes', '{"title": "A"}'), 415, 'unsupported_media_type');
    // JSON in bytes the server cannot decode: a charset outside UTF, an unknown Content-Encoding.
    expectApiError(await send(server, 'POST', '/notes', '{"title": "A"}', { 'content-type': 'application/json; charset=latin1' }), 415, 'unsupported_media_type');
    expectApiError(await send(server, 'POST', '/notes', '{"title": "A"}', { 'content-type': 'application/json', 'content-encoding': 'snappy' }), 415, 'unsupported_media_type');
    const ok = await send(server, 'POST', '/notes', '{"title": "A"}', { 'content-type': 'application/json; charset=utf-8' });
    expectStatus(ok, 201);
  });

  it('options.maxBodyBytes limits the body in bytes: one more is a 413', async () => {
    const { server } = await start({ maxBodyBytes: 300 });
    const json = '{"title": "Padded"}';
    expectStatus(await sendJson(server, 'POST', '/notes', json + ' '.repeat(300 - json.length)), 201);
    expectApiError(await sendJson(server, 'POST', '/notes', json + ' '.repeat(301 - json.length)), 413, 'payload_too_large');
    // 150 characters, 300 bytes of é, plus the rest: over the limit in bytes.
    expectApiError(await server.post('/notes', { json: { title: 'é'.repeat(150) } }), 413, 'payload_too_large');
  });

  it('the default limit is 100 KiB', async () => {
    const { server } = await start();
    const json = '{"title": "Big"}';
    expectStatus(await sendJson(server, 'POST', '/notes', json + ' '.repeat(100 * 1024 - json.length)), 201);
    expectApiError(await sendJson(server, 'POST', '/notes', json + ' '.repeat(100 * 1024 + 1 - json.length)), 413, 'payload_too_large');
    expectApiError(await server.post('/notes', { json: { title: 'Huge', body: 'z'.repeat(120_000) } }), 413, 'payload_too_large');
  });
});

describe('Task 3: Update and delete', () => {
  it('PATCH changes only the fields sent, bumps version and updatedAt', async () => {
    const clock = fakeClock(START);
    const { server } = await start({ clock });
    const before = await create(server, { title: 'Draft', body: 'old', tags: ['a'] });
    clock.advance(60_000);
    const res = await server.patch('/notes/note-001', { json: { body: 'new', pinned: true } });
    expectStatus(res, 200);
    expectJson(res);
    const expected = { ...before, body: 'new', pinned: true, version: 2, updatedAt: '2031-05-04T03:03:01.250Z' };
    expect(res.json, 'PATCH /notes/note-001 {"body":"new","pinned":true}').toEqual(expected);
    expect(res.headers.get('etag'), `${res.request}: the ETag header`).toBe('"2"');
    expect((await server.get('/notes/note-001')).json, 'GET /notes/note-001 after the PATCH').toEqual(expected);
  });

  it('every PATCH is a new version; tags and title follow the POST rules', async () => {
    const { server } = await start();
    await create(server, { title: 'Versions' });
    await server.patch('/notes/note-001', { json: { tags: [' B', 'b', 'C'] } });
    await server.patch('/notes/note-001', { json: { title: '  Renamed ' } });
    const res = await server.patch('/notes/note-001', { json: { pinned: false } });
    expectStatus(res, 200);
    expect(res.json, 'the note after three PATCHes').toMatchObject({ title: 'Renamed', tags: ['b', 'c'], pinned: false, version: 4 });
    expect(res.headers.get('etag'), `${res.request}: the ETag header`).toBe('"4"');
  });

  it('a bad PATCH is a 400 and leaves the note unchanged', async () => {
    const { server } = await start();
    const before = await create(server, { title: 'Keep' });
    expectInvalid(await server.patch('/notes/note-001', { json: { title: '' } }), 'title');
    expectInvalid(await server.patch('/notes/note-001', { json: { pinned: 'yes' } }), 'pinned');
    expectInvalid(await server.patch('/notes/note-001', { json: { body: null } }), 'body');
    expectInvalid(await server.patch('/notes/note-001', { json: { title: 'Ok', owner: 'me' } }), 'owner');
    expectInvalid(await server.patch('/notes/note-001', { json: { version: 7 } }), 'version');
    expectInvalid(await server.patch('/notes/note-001', { json: {} }), 'body');
    expectInvalid(await server.patch('/notes/note-001', { json: ['title'] }), 'body');
    expectApiError(await sendJson(server, 'PATCH', '/notes/note-001', '{"title": '), 400, 'invalid_json');
    expectApiError(await send(server, 'PATCH', '/notes/note-001', '{"title": "T"}', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    expect((await server.get('/notes/note-001')).json, 'the note after refused PATCHes').toEqual(before);
  });

  it('PATCH of an unknown note is a 404; a large PATCH body is a 413', async () => {
    const { server } = await start({ maxBodyBytes: 200 });
    await create(server, { title: 'Small' });
    expectApiError(await server.patch('/notes/nope', { json: { title: 'X' } }), 404, 'not_found');
    expectApiError(await server.patch('/notes/constructor', { json: { title: 'X' } }), 404, 'not_found');
    expectApiError(await server.patch('/notes/note-001', { json: { body: 'q'.repeat(300) } }), 413, 'payload_too_large');
  });

  it('PATCH to a title another note has is a 409; re-casing its own title is fine', async () => {
    const { server } = await start();
    await create(server, { title: 'Alpha' });
    await create(server, { title: 'Beta' });
    expectApiError(await server.patch('/notes/note-002', { json: { title: 'ALPHA' } }), 409, 'conflict');
    const recased = await server.patch('/notes/note-001', { json: { title: 'ALPHA' } });
    expectStatus(recased, 200);
    expect((recased.json as Note).title, 'the re-cased title').toBe('ALPHA');
    // The old title of a renamed note is free again.
    expectStatus(await server.patch('/notes/note-002', { json: { title: 'Gamma' } }), 200);
    await create(server, { title: 'beta' });
    expect((await server.get('/notes/note-002')).json, 'note-002 after the refused PATCH').toMatchObject({ title: 'Gamma', version: 2 });
  });

  it('DELETE answers 204 with no body; the note is then gone', async () => {
    const { server } = await start();
    await create(server, { title: 'Doomed' });
    await create(server, { title: 'Stays' });
    const res = await server.delete('/notes/note-001');
    expectStatus(res, 204);
    expect(res.text, `${res.request}: the body should be empty`).toBe('');
    expectApiError(await server.get('/notes/note-001'), 404, 'not_found');
    expectApiError(await server.delete('/notes/note-001'), 404, 'not_found');
    expectApiError(await server.patch('/notes/note-001', { json: { title: 'Back' } }), 404, 'not_found');
    expect(await listIds(server), 'GET /notes after the DELETE').toEqual(['note-002']);
    // Its title is free again.
    expect((await create(server, { title: 'doomed' })).id, 'a new note with the deleted title').toBe('note-003');
  });
});

describe('Task 4: List, filter and sort', () => {
  it('GET /notes with no notes answers an empty page', async () => {
    const { server } = await start();
    const res = await server.get('/notes');
    expectStatus(res, 200);
    expectJson(res);
    expect(res.json, 'GET /notes').toEqual({ items: [], nextCursor: null });
  });

  it('the default order is newest first, ties broken by id', async () => {
    const clock = fakeClock(START);
    const { server } = await start({ clock, generateId: counterIds('id-') });
    await create(server, { title: 'First' }); // id-001
    clock.advance(1000);
    await create(server, { title: 'Second' }); // id-002
    await create(server, { title: 'Third' }); // id-003, same time as id-002
    clock.advance(1000);
    await create(server, { title: 'Fourth' }); // id-004
    const page = await list(server);
    expect(page.items.map((n) => n.id), 'GET /notes').toEqual(['id-004', 'id-002', 'id-003', 'id-001']);
    expect(page.items[0], 'GET /notes: the first item is a whole note').toMatchObject({ title: 'Fourth', body: '', tags: [], pinned: false, version: 1 });
    expect(page.nextCursor, 'GET /notes: nextCursor').toBeNull();
  });

  it('sort=createdAt and sort=-createdAt break ties by id in both directions', async () => {
    const clock = fakeClock(START);
    const ids = ['n-b', 'n-a', 'n-d', 'n-c'];
    const { server } = await start({ clock, generateId: () => ids.shift() ?? 'n-z' });
    await create(server, { title: 'One' }); // n-b
    await create(server, { title: 'Two' }); // n-a, same time
    clock.advance(1000);
    await create(server, { title: 'Three' }); // n-d
    await create(server, { title: 'Four' }); // n-c, same time
    expect(await listIds(server, '?sort=createdAt'), 'GET /notes?sort=createdAt').toEqual(['n-a', 'n-b', 'n-c', 'n-d']);
    expect(await listIds(server, '?sort=-createdAt'), 'GET /notes?sort=-createdAt').toEqual(['n-c', 'n-d', 'n-a', 'n-b']);
  });

  it('sort=title and sort=-title ignore case', async () => {
    const started = await start();
    await createMany(started, ['banana', 'Cherry', 'apple', 'Date']);
    expect((await list(started.server, '?sort=title')).items.map((n) => n.title), 'GET /notes?sort=title').toEqual(['apple', 'banana', 'Cherry', 'Date']);
    expect((await list(started.server, '?sort=-title')).items.map((n) => n.title), 'GET /notes?sort=-title').toEqual(['Date', 'Cherry', 'banana', 'apple']);
  });

  it('titles compare by code units (< and >), not by locale', async () => {
    const started = await start();
    // localeCompare puts punctuation before letters and é next to e; code units do not.
    await createMany(started, ['{braces}', 'Zoo', 'éclair', 'apple', 'eagle', '~tilde']);
    expect((await list(started.server, '?sort=title')).items.map((n) => n.title), 'GET /notes?sort=title (lower-cased titles in code-unit order)').toEqual(['apple', 'eagle', 'Zoo', '{braces}', '~tilde', 'éclair']);
    expect((await list(started.server, '?sort=-title')).items.map((n) => n.title), 'GET /notes?sort=-title').toEqual(['éclair', '~tilde', '{braces}', 'Zoo', 'eagle', 'apple']);
  });

  it('sort=updatedAt and sort=-updatedAt follow the last change', async () => {
    const started = await start();
    await createMany(started, ['A', 'B', 'C']);
    expectStatus(await started.server.patch('/notes/note-001', { json: { pinned: true } }), 200);
    expect(await listIds(started.server, '?sort=updatedAt'), 'GET /notes?sort=updatedAt').toEqual(['note-002', 'note-003', 'note-001']);
    expect(await listIds(started.server, '?sort=-updatedAt'), 'GET /notes?sort=-updatedAt').toEqual(['note-001', 'note-003', 'note-002']);
  });

  it('tag, pinned and q filter the list, and combine', async () => {
    const started = await start();
    await createMany(started, ['Shopping list', 'Work plan', 'Holiday', 'Ideas'], (i) => [
      { tags: ['home'], body: 'Milk and EGGS' },
      { tags: ['work', 'urgent'], pinned: true },
      { tags: ['home', 'travel'], pinned: true, body: 'Book the train' },
      { body: 'shopping for ideas' },
    ][i]!);
    const { server } = started;
    expect(await listIds(server, '?tag=home&sort=createdAt'), 'GET /notes?tag=home').toEqual(['note-001', 'note-003']);
    expect(await listIds(server, '?tag=HOME&sort=createdAt'), 'GET /notes?tag=HOME').toEqual(['note-001', 'note-003']);
    expect(await listIds(server, '?tag=hom'), 'GET /notes?tag=hom (whole tags only)').toEqual([]);
    expect(await listIds(server, '?pinned=true&sort=createdAt'), 'GET /notes?pinned=true').toEqual(['note-002', 'note-003']);
    expect(await listIds(server, '?pinned=false&sort=createdAt'), 'GET /notes?pinned=false').toEqual(['note-001', 'note-004']);
    expect(await listIds(server, '?q=SHOPPING&sort=createdAt'), 'GET /notes?q=SHOPPING (title or body)').toEqual(['note-001', 'note-004']);
    expect(await listIds(server, '?q=eggs'), 'GET /notes?q=eggs').toEqual(['note-001']);
    expect(await listIds(server, '?q=%20eggs%20'), 'GET /notes?q=%20eggs%20 (trimmed)').toEqual(['note-001']);
    expect(await listIds(server, '?tag=home&pinned=true&q=train'), 'GET /notes?tag=home&pinned=true&q=train').toEqual(['note-003']);
    expect(await listIds(server, '?tag=home&pinned=false&q=train'), 'GET /notes?tag=home&pinned=false&q=train').toEqual([]);
    expect(await listIds(server, '?other=1&sort=createdAt'), 'GET /notes?other=1 (unknown parameters are ignored)').toEqual(['note-001', 'note-002', 'note-003', 'note-004']);
  });

  it('q is plain text, not a pattern', async () => {
    const started = await start();
    await createMany(started, ['Call (mum)', 'Wildcard .* test', 'Plain', '100% done']);
    const { server } = started;
    expect(await listIds(server, `?q=${encodeURIComponent('(')}`), 'GET /notes?q=(').toEqual(['note-001']);
    expect(await listIds(server, `?q=${encodeURIComponent('.*')}`), 'GET /notes?q=.*').toEqual(['note-002']);
    expect(await listIds(server, `?q=${encodeURIComponent('[')}`), 'GET /notes?q=[').toEqual([]);
    expect(await listIds(server, `?q=${encodeURIComponent('%')}`), 'GET /notes?q=%').toEqual(['note-004']);
    expect(await listIds(server, `?q=${encodeURIComponent("' OR 1=1 --")}`), "GET /notes?q=' OR 1=1 --").toEqual([]);
  });

  it('bad query parameters are 400 validation_failed, naming the parameter', async () => {
    const { server } = await start();
    const cases: Array<[string, string]> = [
      ['?sort=name', 'sort'],
      ['?sort=', 'sort'],
      ['?sort=createdAt&sort=title', 'sort'],
      ['?pinned=yes', 'pinned'],
      ['?pinned=', 'pinned'],
      ['?tag=', 'tag'],
      ['?tag=a&tag=b', 'tag'],
      [`?tag=${'t'.repeat(31)}`, 'tag'],
      ['?q=', 'q'],
      [`?q=${'q'.repeat(201)}`, 'q'],
    ];
    for (const [query, field] of cases) expectInvalid(await server.get(`/notes${query}`), field);
  });
});

describe('Task 5: Pages with cursors', () => {
  it('limit cuts pages; nextCursor leads through all notes, then is null', async () => {
    const started = await start();
    await createMany(started, ['A', 'B', 'C', 'D', 'E']);
    const pages = await walk(started.server, '?limit=2');
    expect(pages, 'the ids of each page of GET /notes?limit=2').toEqual([
      ['note-005', 'note-004'],
      ['note-003', 'note-002'],
      ['note-001'],
    ]);
  });

  it('a page that ends exactly at the last note has nextCursor null', async () => {
    const started = await start();
    await createMany(started, ['A', 'B', 'C', 'D']);
    const full = await list(started.server, '?limit=4');
    expect(full.items.length, 'GET /notes?limit=4 with 4 notes').toBe(4);
    expect(full.nextCursor, 'GET /notes?limit=4 with 4 notes: nextCursor').toBeNull();
    expect(await walk(started.server, '?limit=2&sort=createdAt'), 'the pages of GET /notes?limit=2&sort=createdAt').toEqual([
      ['note-001', 'note-002'],
      ['note-003', 'note-004'],
    ]);
    const one = await list(started.server, '?limit=3');
    expect(one.items.length, 'GET /notes?limit=3 with 4 notes').toBe(3);
    expect(typeof one.nextCursor, 'GET /notes?limit=3 with 4 notes: nextCursor').toBe('string');
  });

  it('the default limit is 20', async () => {
    const started = await start();
    await createMany(started, Array.from({ length: 21 }, (_, i) => `Note ${i}`));
    const first = await list(started.server);
    expect(first.items.length, 'GET /notes with 21 notes').toBe(20);
    const second = await list(started.server, `?cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
    expect(second.items.map((n) => n.id), 'the second page of GET /notes').toEqual(['note-001']);
    expect(second.nextCursor, 'the second page of GET /notes: nextCursor').toBeNull();
  });

  it('limit may be a whole number from 1 to 100', async () => {
    const started = await start();
    await createMany(started, ['A', 'B', 'C']);
    expect((await list(started.server, '?limit=100')).items.length, 'GET /notes?limit=100').toBe(3);
    expect((await list(started.server, '?limit=1')).items.length, 'GET /notes?limit=1').toBe(1);
    for (const limit of ['0', '101', '-1', '1.5', 'ten', '', '1e1', '2&limit=3']) {
      expectInvalid(await started.server.get(`/notes?limit=${limit}`), 'limit');
    }
  });

  it('cursors work with every sort and with filters', async () => {
    const started = await start();
    await createMany(started, ['delta', 'Alpha', 'echo', 'Charlie', 'bravo'], (i) => ({ tags: i % 2 === 0 ? ['even'] : [] }));
    const titles = async (query: string) => {
      const pages = await walk(started.server, query);
      return pages.flat();
    };
    expect(await titles('?sort=title&limit=2'), 'all pages of ?sort=title&limit=2').toEqual(['note-002', 'note-005', 'note-004', 'note-001', 'note-003']);
    expect(await titles('?sort=-title&limit=2'), 'all pages of ?sort=-title&limit=2').toEqual(['note-003', 'note-001', 'note-004', 'note-005', 'note-002']);
    expect(await titles('?sort=updatedAt&limit=3'), 'all pages of ?sort=updatedAt&limit=3').toEqual(['note-001', 'note-002', 'note-003', 'note-004', 'note-005']);
    expect(await walk(started.server, '?tag=even&limit=1&sort=createdAt'), 'the pages of ?tag=even&limit=1').toEqual([['note-001'], ['note-003'], ['note-005']]);
  });

  it('a cursor marks a place, not a position: changes between pages skip nothing', async () => {
    const started = await start();
    const { server } = started;
    await createMany(started, ['A', 'B', 'C', 'D', 'E', 'F']);
    const first = await list(server, '?limit=2');
    expect(first.items.map((n) => n.id), 'page 1 of GET /notes?limit=2').toEqual(['note-006', 'note-005']);
    // Meanwhile: the last note of page 1 and an older note are deleted, a newer one is added.
    expectStatus(await server.delete('/notes/note-005'), 204);
    expectStatus(await server.delete('/notes/note-001'), 204);
    await create(server, { title: 'G' });
    const second = await list(server, `?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
    expect(second.items.map((n) => n.id), 'page 2, after the changes').toEqual(['note-004', 'note-003']);
    const third = await list(server, `?limit=2&cursor=${encodeURIComponent(second.nextCursor ?? '')}`);
    expect(third.items.map((n) => n.id), 'page 3, after the changes').toEqual(['note-002']);
    expect(third.nextCursor, 'page 3: nextCursor').toBeNull();
  });

  it('a cursor that this API did not make, or made for another sort, is a 400 about cursor', async () => {
    const started = await start();
    await createMany(started, ['A', 'B', 'C']);
    const { server } = started;
    // Cursors of the wrong shape, for the default sort, in the format of the reference solution too.
    const forged = ['[1,2,3]', '["-createdAt","2031"]', '["-createdAt",5,"note-001"]', '{"sort":"-createdAt"}'].map((json) => encodeURIComponent(Buffer.from(json).toString('base64url')));
    for (const cursor of ['garbage', '!!!', 'eyJ4IjoxfQ', '%7B%7D', ...forged]) {
      expectInvalid(await server.get(`/notes?cursor=${cursor}`), 'cursor');
    }
    const byTitle = await list(server, '?sort=title&limit=1');
    expect(typeof byTitle.nextCursor, 'GET /notes?sort=title&limit=1: nextCursor').toBe('string');
    expectInvalid(await server.get(`/notes?sort=-createdAt&limit=1&cursor=${encodeURIComponent(byTitle.nextCursor ?? '')}`), 'cursor');
    expectInvalid(await server.get('/notes?cursor='), 'cursor');
  });

  it('hostile input to every route is refused with a JSON 4xx, never a 5xx', async () => {
    const started = await start();
    const [note] = await createMany(started, ['Hostile target', 'Another']);
    // Every route of the Interface, with a real id so probes reach the handlers' own code.
    await expectHostileInputRefused(
      started.server,
      [
        { method: 'POST', path: '/notes', body: { title: 'Probe', body: 'text', tags: ['a'], pinned: true } },
        { method: 'GET', path: '/notes', query: ['tag', 'q', 'pinned', 'sort', 'limit', 'cursor'] },
        { method: 'GET', path: '/notes/:id' },
        { method: 'PATCH', path: '/notes/:id', body: { title: 'Probed', body: 'b', tags: ['x'], pinned: false } },
        { method: 'DELETE', path: '/notes/:id' },
      ],
      { params: { id: note!.id } },
    );
  });
});

/**
 * A GET with If-None-Match, as curl sends it. fetch() on its own adds `Cache-Control: no-cache`
 * to conditional requests (the Fetch standard's cache modes), and Express rightly answers such a
 * request in full: naming another Cache-Control keeps fetch from adding that one.
 */
function conditionalGet(server: TestServer, path: string, ifNoneMatch: string): Promise<HttpResponse> {
  return server.get(path, { headers: { 'if-none-match': ifNoneMatch, 'cache-control': 'max-age=0' } });
}

describe('Task 6: ETags and conditional requests', () => {
  it('If-None-Match with the current ETag is a 304 with no body', async () => {
    const { server } = await start();
    await create(server, { title: 'Cached' });
    for (const tag of ['"1"', 'W/"1"', '"7", "1"', '*']) {
      const res = await conditionalGet(server, '/notes/note-001', tag);
      expectStatus(res, 304);
      expect(res.text, `${res.request}: the body should be empty`).toBe('');
      expect(res.headers.get('etag'), `${res.request}: the ETag header`).toBe('"1"');
    }
  });

  it('If-None-Match with an old ETag gets the whole note', async () => {
    const { server } = await start();
    await create(server, { title: 'Changing' });
    expectStatus(await server.patch('/notes/note-001', { json: { body: 'v2' } }), 200);
    const res = await conditionalGet(server, '/notes/note-001', '"1"');
    expectStatus(res, 200);
    expect(res.json, 'GET /notes/note-001 [If-None-Match: "1"] after a change').toMatchObject({ body: 'v2', version: 2 });
    expect(res.headers.get('etag'), `${res.request}: the ETag header`).toBe('"2"');
  });

  it('PATCH with a stale If-Match is a 412 and changes nothing', async () => {
    const { server } = await start();
    await create(server, { title: 'Shared' });
    const ok = await server.patch('/notes/note-001', { json: { body: 'first' }, headers: { 'if-match': '"1"' } });
    expectStatus(ok, 200);
    expect(ok.headers.get('etag'), `${ok.request}: the ETag header`).toBe('"2"');
    for (const tag of ['"1"', '"3"', 'W/"2"', '2', '"x"']) {
      expectApiError(await server.patch('/notes/note-001', { json: { body: 'lost' }, headers: { 'if-match': tag } }), 412, 'precondition_failed');
    }
    expect((await server.get('/notes/note-001')).json, 'the note after stale PATCHes').toMatchObject({ body: 'first', version: 2 });
  });

  it('If-Match may be *, or a list that contains the current ETag', async () => {
    const { server } = await start();
    await create(server, { title: 'Listed' });
    expectStatus(await server.patch('/notes/note-001', { json: { body: 'a' }, headers: { 'if-match': '*' } }), 200);
    expectStatus(await server.patch('/notes/note-001', { json: { body: 'b' }, headers: { 'if-match': '"9", "2"' } }), 200);
    expectStatus(await server.patch('/notes/note-001', { json: { body: 'c' } }), 200);
    expect((await server.get('/notes/note-001')).json, 'the note after three PATCHes').toMatchObject({ body: 'c', version: 4 });
    // Spaces around each tag are allowed, on either side of the commas, or none at all.
    for (const [tag, version] of [['"9","4"', 5], ['"9" ,"5"', 6], ['  "6"  ', 7], ['"1",*', 8]] as const) {
      const res = await server.patch('/notes/note-001', { json: { body: `v${version}` }, headers: { 'if-match': tag } });
      expectStatus(res, 200);
      expect(res.headers.get('etag'), `${res.request}: the new ETag`).toBe(`"${version}"`);
    }
  });

  it('two clients editing the same version: the second one gets a 412', async () => {
    const { server } = await start();
    await create(server, { title: 'Race' });
    const alice = (await server.get('/notes/note-001')).headers.get('etag') ?? '';
    const bob = (await server.get('/notes/note-001')).headers.get('etag') ?? '';
    expectStatus(await server.patch('/notes/note-001', { json: { body: 'Alice was here' }, headers: { 'if-match': alice } }), 200);
    expectApiError(await server.patch('/notes/note-001', { json: { body: 'Bob was here' }, headers: { 'if-match': bob } }), 412, 'precondition_failed');
    const fresh = await server.get('/notes/note-001');
    expect(fresh.json, 'what Bob reads again').toMatchObject({ body: 'Alice was here', version: 2 });
    expectStatus(await server.patch('/notes/note-001', { json: { body: 'Bob was here' }, headers: { 'if-match': fresh.headers.get('etag') ?? '' } }), 200);
  });

  it('DELETE with a stale If-Match is a 412 and keeps the note', async () => {
    const { server } = await start();
    await create(server, { title: 'Careful' });
    expectStatus(await server.patch('/notes/note-001', { json: { pinned: true } }), 200);
    expectApiError(await server.delete('/notes/note-001', { headers: { 'if-match': '"1"' } }), 412, 'precondition_failed');
    expectStatus(await server.get('/notes/note-001'), 200);
    expectStatus(await server.delete('/notes/note-001', { headers: { 'if-match': '"2"' } }), 204);
    expectApiError(await server.get('/notes/note-001'), 404, 'not_found');
    expectApiError(await server.delete('/notes/nope', { headers: { 'if-match': '*' } }), 404, 'not_found');
  });

  it('checks run in order: body, note exists, If-Match, then title conflict', async () => {
    const { server } = await start();
    await create(server, { title: 'One' });
    await create(server, { title: 'Two' });
    const stale = { 'if-match': '"5"' };
    expectInvalid(await server.patch('/notes/note-002', { json: { title: '' }, headers: stale }), 'title');
    expectApiError(await server.patch('/notes/nope', { json: { title: 'Three' }, headers: stale }), 404, 'not_found');
    expectApiError(await server.patch('/notes/note-002', { json: { title: 'one' }, headers: stale }), 412, 'precondition_failed');
    expectApiError(await server.patch('/notes/note-002', { json: { title: 'one' }, headers: { 'if-match': '"1"' } }), 409, 'conflict');
  });
});
