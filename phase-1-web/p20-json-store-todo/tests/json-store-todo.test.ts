// Hidden suite for p20 JSON store todo. It drives the app over real HTTP on a loopback port, reads
// and writes the data file only in the format SPEC.md documents, and uses nothing else from the
// implementation but createApp(options) in src/app.ts. Wording of messages is never checked.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectJson, expectStatus, fakeClock, load, serve, tempDir, type AppLike, type FakeClock, type HttpResponse, type TestServer } from '#testkit';

interface AppOptions {
  file: string;
  now?: () => Date;
}

interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

interface Todo {
  id: number;
  title: string;
  done: boolean;
  dueDate: string | null;
  createdAt: string;
  updatedAt: string;
}

interface StoreFile {
  nextId: number;
  todos: Todo[];
}

/** Far from the real date, so an app that reads the system clock is caught. */
const START = '2031-05-04T03:02:01.250Z';

// Compiles the implementation once before the first check, so that no single check pays for
// transforming express, zod and the app on a busy machine. A missing or broken file is ignored
// here: the checks that need it report it themselves.
beforeAll(async () => {
  await load('src/app.ts').catch(() => undefined);
});

async function loadCreateApp(): Promise<AppModule['createApp']> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  return createApp;
}

interface Started {
  server: TestServer;
  file: string;
  dir: string;
  clock: FakeClock;
}

/** Builds a fresh app on `file` (by default todos.json in a fresh folder) and serves it. */
async function start(options: { file?: string; clock?: FakeClock } = {}): Promise<Started> {
  const file = options.file ?? path.join(tempDir('b100-p20-'), 'todos.json');
  const clock = options.clock ?? fakeClock(START);
  const createApp = await loadCreateApp();
  const server = await serve(createApp({ file, now: clock.now }));
  return { server, file, dir: path.dirname(file), clock };
}

function readStore(file: string): StoreFile {
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  expect(() => (data = JSON.parse(text)), `the data file ${path.basename(file)} should be complete JSON, got: ${text.slice(0, 200)}`).not.toThrow();
  return data as StoreFile;
}

/** Asserts a JSON response with this status and returns its body. */
function bodyOf<T>(res: HttpResponse, status = 200): T {
  expectStatus(res, status);
  expectJson(res);
  return res.json as T;
}

async function create(server: TestServer, body: Record<string, unknown>): Promise<Todo> {
  return bodyOf<Todo>(await server.post('/todos', { json: body }), 201);
}

async function list(server: TestServer, query = ''): Promise<Todo[]> {
  const body = bodyOf<{ todos?: Todo[] }>(await server.get(`/todos${query}`));
  expect(Array.isArray(body.todos), `GET /todos${query}: the body should be { todos: [...] }`).toBe(true);
  return body.todos as Todo[];
}

function idsOf(todos: Todo[]): number[] {
  return todos.map((todo) => todo.id);
}

/** Sends a body exactly as given, with exactly these headers. */
function send(server: TestServer, method: string, url: string, body: string | undefined, headers: Record<string, string> = {}): Promise<HttpResponse> {
  return server.request(method, url, { ...(body === undefined ? {} : { body }), headers });
}

function postJson(server: TestServer, body: string, url = '/todos', method = 'POST'): Promise<HttpResponse> {
  return send(server, method, url, body, { 'content-type': 'application/json' });
}

/** Writes a data file by hand in the documented format. */
function writeStore(file: string, data: StoreFile): void {
  writeFileSync(file, JSON.stringify(data));
}

function todo(id: number, title: string, extra: Partial<Todo> = {}): Todo {
  return { id, title, done: false, dueDate: null, createdAt: START, updatedAt: START, ...extra };
}

describe('Task 1: Create and read todos', () => {
  it('POST /todos answers 201 with the new todo and a Location header', async () => {
    const { server } = await start();
    const res = await server.post('/todos', { json: { title: 'Buy milk' } });
    const created = bodyOf<Todo>(res, 201);
    expect(created, `${res.request}: the new todo`).toEqual({ id: 1, title: 'Buy milk', done: false, dueDate: null, createdAt: START, updatedAt: START });
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe('/todos/1');
  });

  it('ids are 1, 2, 3... and GET /todos/:id and GET /todos read them back', async () => {
    const { server } = await start();
    const first = await create(server, { title: 'one' });
    const second = await create(server, { title: 'two', done: true, dueDate: '2031-06-01' });
    const third = await create(server, { title: 'three' });
    expect(idsOf([first, second, third]), 'ids of three new todos').toEqual([1, 2, 3]);
    expect(bodyOf<Todo>(await server.get('/todos/2')), 'GET /todos/2').toEqual(second);
    expect(second, 'POST /todos {"title":"two","done":true,"dueDate":"2031-06-01"}').toMatchObject({ done: true, dueDate: '2031-06-01' });
    expect(await list(server), 'GET /todos after three POSTs').toEqual([first, second, third]);
  });

  it('a new app on an empty folder lists nothing, and GET /todos/1 is a 404', async () => {
    const { server } = await start();
    expect(await list(server), 'GET /todos on a new app').toEqual([]);
    expectApiError(await server.get('/todos/1'), 404, 'not_found');
  });

  it('the title is trimmed; 200 characters pass, 201 do not', async () => {
    const { server } = await start();
    expect((await create(server, { title: '  Buy milk \n' })).title, 'POST /todos {"title":"  Buy milk \\n"}: title').toBe('Buy milk');
    const long = 'a'.repeat(200);
    expect((await create(server, { title: `  ${long}  ` })).title, 'POST /todos with a title of 200 characters (plus spaces)').toBe(long);
    expectInvalid(await server.post('/todos', { json: { title: 'b'.repeat(201) } }), 'title');
  });

  it('a missing, empty or blank title is a 400 validation_failed about title', async () => {
    const { server } = await start();
    for (const body of [{}, { title: '' }, { title: '  \t ' }, { done: true }]) {
      expectInvalid(await server.post('/todos', { json: body }), 'title');
    }
    expect(await list(server), 'GET /todos after refused POSTs').toEqual([]);
  });

  it('wrong types are a 400 whose details name every bad field', async () => {
    const { server } = await start();
    expectInvalid(await server.post('/todos', { json: { title: 42, done: 'yes', dueDate: 20310601 } }), 'title', 'done', 'dueDate');
    for (const title of [null, true, ['a'], { text: 'a' }]) {
      expectInvalid(await server.post('/todos', { json: { title } }), 'title');
    }
    expectInvalid(await server.post('/todos', { json: { title: 'a', done: 1 } }), 'done');
  });

  it('dueDate must be a real calendar date written YYYY-MM-DD', async () => {
    const { server } = await start();
    for (const dueDate of ['2031-02-30', '2031-13-01', '2031-00-10', '31-06-01', '2031-6-1', '2031-06-01T00:00:00Z', 'tomorrow', '']) {
      expectInvalid(await server.post('/todos', { json: { title: 'a', dueDate } }), 'dueDate');
    }
    expect((await create(server, { title: 'leap', dueDate: '2032-02-29' })).dueDate, 'POST /todos with dueDate 2032-02-29').toBe('2032-02-29');
    expect((await create(server, { title: 'none', dueDate: null })).dueDate, 'POST /todos with dueDate null').toBeNull();
  });

  it('unknown fields are refused: the client never chooses the id or the timestamps', async () => {
    const { server } = await start();
    for (const [field, value] of [['id', 99], ['createdAt', '2020-01-01T00:00:00.000Z'], ['updatedAt', START], ['titel', 'typo']] as const) {
      expectInvalid(await server.post('/todos', { json: { title: 'a', [field]: value } }), field);
    }
    expect(await list(server), 'GET /todos after refused POSTs').toEqual([]);
  });

  it('a body that is not a JSON object is a 400', async () => {
    const { server } = await start();
    expectInvalid(await server.post('/todos', { json: [{ title: 'a' }] }), 'body');
    for (const body of ['{"title": "a"', "{title: 'a'}", '{"title": "a",}', 'title=a']) {
      expectApiError(await postJson(server, body), 400, 'invalid_json');
    }
    for (const body of ['"a"', '42', 'null']) {
      const res = await postJson(server, body);
      expectStatus(res, 400);
      const code = (res.json as { error?: { code?: unknown } } | undefined)?.error?.code;
      expect(['invalid_json', 'validation_failed'], `${res.request}: error.code`).toContain(code);
    }
  });

  it('a body that is not JSON is a 415 unsupported_media_type', async () => {
    const { server } = await start();
    expectApiError(await send(server, 'POST', '/todos', 'Buy milk', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    expectApiError(await send(server, 'POST', '/todos', 'title=a', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
    expectApiError(await send(server, 'POST', '/todos', undefined), 415, 'unsupported_media_type');
    expectApiError(await send(server, 'POST', '/todos', '{"title": "a"}', { 'content-type': 'application/json; charset=latin1' }), 415, 'unsupported_media_type');
    expectStatus(await send(server, 'POST', '/todos', '{"title": "ok"}', { 'content-type': 'application/json; charset=utf-8' }), 201);
    expect(idsOf(await list(server)), 'GET /todos after refused POSTs and one good one').toEqual([1]);
  });

  it('a body of 10240 bytes is read; 10241 bytes is a 413 payload_too_large', async () => {
    const { server } = await start();
    const json = '{"title": "Buy milk"}';
    expectStatus(await postJson(server, json + ' '.repeat(10_240 - json.length)), 201);
    expectApiError(await postJson(server, json + ' '.repeat(10_241 - json.length)), 413, 'payload_too_large');
    expectApiError(await server.post('/todos', { json: { title: 'x'.repeat(200_000) } }), 413, 'payload_too_large');
  });

  it('titles that look like HTML, SQL or paths are stored and returned as they are', async () => {
    const { server } = await start();
    const titles = ['<script>alert(1)</script>', "'; DROP TABLE todos; --", '../../etc/passwd', '{"nextId": 1, "todos": []}', 'line\nbreak "quoted" \\ \u2028 👋'];
    for (const title of titles) {
      const created = await create(server, { title });
      expect(created.title, `POST /todos ${JSON.stringify({ title })}: title`).toBe(title);
      expect(bodyOf<Todo>(await server.get(`/todos/${created.id}`)).title, `GET /todos/${created.id}: title`).toBe(title);
    }
  });

  it('an unknown or malformed id is a 404 not_found', async () => {
    const { server } = await start();
    await create(server, { title: 'one' });
    for (const id of ['2', '99', '0', '-1', 'abc', '1.5', '1abc', '1e0', '01', '%20', '99999999999999999999']) {
      expectApiError(await server.get(`/todos/${id}`), 404, 'not_found');
    }
  });

  it('a wrong method is a 405 with Allow; an unknown path is a 404', async () => {
    const { server } = await start();
    await create(server, { title: 'one' });
    const onItem = await server.put('/todos/1', { json: { title: 'x' } });
    expectApiError(onItem, 405, 'method_not_allowed');
    expectAllow(onItem, ['GET', 'HEAD', 'PATCH', 'DELETE']);
    const onList = await server.delete('/todos');
    expectApiError(onList, 405, 'method_not_allowed');
    expectAllow(onList, ['GET', 'HEAD', 'POST']);
    expectApiError(await server.get('/todo'), 404, 'not_found');
    expectApiError(await server.get('/todos/1/done'), 404, 'not_found');
  });

  it('createApp without a clock uses the system time', async () => {
    const createApp = await loadCreateApp();
    const server = await serve(createApp({ file: path.join(tempDir('b100-p20-'), 'todos.json') }));
    const created = await create(server, { title: 'a' });
    expect(Number.isNaN(Date.parse(created.createdAt)), `createdAt should be an ISO date, got ${created.createdAt}`).toBe(false);
    expect(created.updatedAt, 'updatedAt of a new todo').toBe(created.createdAt);
  });

  it('two apps on two files share nothing', async () => {
    const first = await start();
    const second = await start();
    await create(first.server, { title: 'only in the first' });
    expect(await list(second.server), 'GET /todos on the second app').toEqual([]);
    expect((await create(second.server, { title: 'x' })).id, 'first id on the second app').toBe(1);
  });
});

describe('Task 2: Update, toggle and delete', () => {
  it('PATCH changes only the fields sent and moves updatedAt', async () => {
    const { server, clock } = await start();
    const before = await create(server, { title: 'Buy milk', dueDate: '2031-06-01' });
    clock.advance(90_000);
    const res = await server.patch('/todos/1', { json: { title: '  Buy oat milk ' } });
    const after = bodyOf<Todo>(res);
    expect(after, res.request).toEqual({ ...before, title: 'Buy oat milk', updatedAt: '2031-05-04T03:03:31.250Z' });
    expect(bodyOf<Todo>(await server.get('/todos/1')), 'GET /todos/1 after the PATCH').toEqual(after);
  });

  it('PATCH sets done and dueDate; dueDate null clears it', async () => {
    const { server } = await start();
    await create(server, { title: 'a' });
    expect(bodyOf<Todo>(await server.patch('/todos/1', { json: { done: true, dueDate: '2031-12-31' } })), 'PATCH /todos/1 done, dueDate').toMatchObject({ title: 'a', done: true, dueDate: '2031-12-31' });
    expect(bodyOf<Todo>(await server.patch('/todos/1', { json: { dueDate: null } })), 'PATCH /todos/1 {"dueDate":null}').toMatchObject({ done: true, dueDate: null });
    expect(bodyOf<Todo>(await server.patch('/todos/1', { json: { done: false } })).done, 'PATCH /todos/1 {"done":false}').toBe(false);
  });

  it('a bad PATCH is a 400 and changes nothing', async () => {
    const { server } = await start();
    const before = await create(server, { title: 'a' });
    expectInvalid(await server.patch('/todos/1', { json: {} }), 'body');
    expectInvalid(await server.patch('/todos/1', { json: { id: 5 } }), 'id');
    expectInvalid(await server.patch('/todos/1', { json: { createdAt: START } }), 'createdAt');
    expectInvalid(await server.patch('/todos/1', { json: { title: ' ' } }), 'title');
    expectInvalid(await server.patch('/todos/1', { json: { title: 'ok', done: 'true' } }), 'done');
    expectInvalid(await server.patch('/todos/1', { json: { dueDate: '2031-02-29' } }), 'dueDate');
    expectInvalid(await server.patch('/todos/1', { json: [] }), 'body');
    expectApiError(await postJson(server, '{"title": ', '/todos/1', 'PATCH'), 400, 'invalid_json');
    expectApiError(await send(server, 'PATCH', '/todos/1', 'title=b', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    expect(bodyOf<Todo>(await server.get('/todos/1')), 'GET /todos/1 after refused PATCHes').toEqual(before);
  });

  it('PATCH, toggle and DELETE of an unknown id are 404 not_found', async () => {
    const { server } = await start();
    await create(server, { title: 'a' });
    expectApiError(await server.patch('/todos/2', { json: { done: true } }), 404, 'not_found');
    expectApiError(await server.patch('/todos/abc', { json: { done: true } }), 404, 'not_found');
    expectApiError(await server.post('/todos/2/toggle'), 404, 'not_found');
    expectApiError(await server.post('/todos/1abc/toggle'), 404, 'not_found');
    expectApiError(await server.delete('/todos/2'), 404, 'not_found');
    expectApiError(await server.delete('/todos/0'), 404, 'not_found');
    expect(await list(server), 'GET /todos after the 404s').toHaveLength(1);
  });

  it('POST /todos/:id/toggle flips done and moves updatedAt', async () => {
    const { server, clock } = await start();
    const before = await create(server, { title: 'a' });
    clock.advance(1_000);
    const res = await server.post('/todos/1/toggle');
    expect(bodyOf<Todo>(res), res.request).toEqual({ ...before, done: true, updatedAt: '2031-05-04T03:02:02.250Z' });
    expect(bodyOf<Todo>(await server.post('/todos/1/toggle')).done, 'the second POST /todos/1/toggle').toBe(false);
    const wrong = await server.get('/todos/1/toggle');
    expectApiError(wrong, 405, 'method_not_allowed');
    expectAllow(wrong, ['POST']);
  });

  it('DELETE answers 204 with no body, and the todo is gone', async () => {
    const { server } = await start();
    const first = await create(server, { title: 'a' });
    await create(server, { title: 'b' });
    const res = await server.delete('/todos/2');
    expectStatus(res, 204);
    expect(res.text, `${res.request}: the body`).toBe('');
    expectApiError(await server.get('/todos/2'), 404, 'not_found');
    expectApiError(await server.delete('/todos/2'), 404, 'not_found');
    expect(await list(server), 'GET /todos after DELETE /todos/2').toEqual([first]);
  });

  it('ids are never reused after a delete', async () => {
    const { server } = await start();
    for (const title of ['a', 'b', 'c']) await create(server, { title });
    expectStatus(await server.delete('/todos/3'), 204);
    expectStatus(await server.delete('/todos/2'), 204);
    expect((await create(server, { title: 'd' })).id, 'the id after deleting 3 and 2').toBe(4);
  });
});

describe('Task 3: Filter and sort the list', () => {
  async function seed(server: TestServer): Promise<void> {
    await create(server, { title: 'a', dueDate: '2031-07-01' });
    await create(server, { title: 'b', done: true });
    await create(server, { title: 'c', dueDate: '2031-06-15', done: true });
    await create(server, { title: 'd' });
    await create(server, { title: 'e', dueDate: '2031-07-01' });
    await create(server, { title: 'f', dueDate: '2031-06-20' });
    await create(server, { title: 'g', dueDate: '2031-01-31' });
  }

  it('GET /todos is oldest first, by default and with sort=createdAt', async () => {
    const { server } = await start();
    await seed(server);
    expect(idsOf(await list(server)), 'GET /todos').toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(idsOf(await list(server, '?sort=createdAt')), 'GET /todos?sort=createdAt').toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('sort=-createdAt is newest first', async () => {
    const { server } = await start();
    await seed(server);
    expect(idsOf(await list(server, '?sort=-createdAt')), 'GET /todos?sort=-createdAt').toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('sort=dueDate: earliest first, ties by id, todos without a due date last', async () => {
    const { server } = await start();
    await seed(server);
    expect(idsOf(await list(server, '?sort=dueDate')), 'GET /todos?sort=dueDate').toEqual([7, 3, 6, 1, 5, 2, 4]);
  });

  it('done=true and done=false filter, and combine with sort', async () => {
    const { server } = await start();
    await seed(server);
    expect(idsOf(await list(server, '?done=true')), 'GET /todos?done=true').toEqual([2, 3]);
    expect(idsOf(await list(server, '?done=false')), 'GET /todos?done=false').toEqual([1, 4, 5, 6, 7]);
    expect(idsOf(await list(server, '?done=false&sort=-createdAt')), 'GET /todos?done=false&sort=-createdAt').toEqual([7, 6, 5, 4, 1]);
    expect(idsOf(await list(server, '?done=true&sort=dueDate&other=1')), 'GET /todos?done=true&sort=dueDate&other=1').toEqual([3, 2]);
  });

  it('a bad done or sort is a 400 validation_failed naming the parameter', async () => {
    const { server } = await start();
    await seed(server);
    for (const query of ['done=yes', 'done=1', 'done=TRUE', 'done=', 'done=true&done=false']) {
      expectInvalid(await server.get(`/todos?${query}`), 'done');
    }
    for (const query of ['sort=title', 'sort=', 'sort=createdAt&sort=dueDate', 'sort=-dueDate']) {
      expectInvalid(await server.get(`/todos?${query}`), 'sort');
    }
  });

  it('hostile input to every route is refused with a JSON 4xx, never a 5xx', async () => {
    const { server } = await start();
    const target = await create(server, { title: 'hostile target', dueDate: '2031-05-04' });
    await expectHostileInputRefused(
      server,
      [
        { method: 'POST', path: '/todos', body: { title: 'probe', done: false, dueDate: '2031-06-01' } },
        { method: 'GET', path: '/todos', query: ['done', 'sort'] },
        { method: 'GET', path: '/todos/:id' },
        { method: 'PATCH', path: '/todos/:id', body: { title: 'probed', done: true, dueDate: null } },
        { method: 'POST', path: '/todos/:id/toggle' },
        { method: 'DELETE', path: '/todos/:id' },
      ],
      { params: { id: String(target.id) } },
    );
  });
});

describe('Task 4: Save to a file and load it back', () => {
  it('a missing file is an empty list; the first change creates it', async () => {
    const { server, file } = await start();
    expect(await list(server), 'GET /todos on a missing file').toEqual([]);
    expectApiError(await server.delete('/todos/1'), 404, 'not_found');
    expectApiError(await server.patch('/todos/1', { json: { done: true } }), 404, 'not_found');
    expectApiError(await server.post('/todos/1/toggle'), 404, 'not_found');
    expect(readdirSync(path.dirname(file)), 'the folder after a GET and three 404s: no file is written before the first change').toEqual([]);
    const created = await create(server, { title: 'Buy milk' });
    const data = readStore(file);
    expect(data.nextId, 'nextId in the file after the first POST').toBe(2);
    expect(data.todos, 'todos in the file after the first POST').toEqual([created]);
  });

  it('every answered change is already in the file', async () => {
    const { server, file, clock } = await start();
    const check = async (step: string) => {
      expect(readStore(file).todos, `the file after ${step}`).toEqual(await list(server));
    };
    await create(server, { title: 'a', dueDate: '2031-06-01' });
    await check('POST /todos');
    await create(server, { title: 'b' });
    await check('a second POST /todos');
    clock.advance(5_000);
    expectStatus(await server.patch('/todos/1', { json: { title: 'a2', dueDate: null } }), 200);
    await check('PATCH /todos/1');
    expectStatus(await server.post('/todos/2/toggle'), 200);
    await check('POST /todos/2/toggle');
    expectStatus(await server.delete('/todos/1'), 204);
    await check('DELETE /todos/1');
    expect(readStore(file).nextId, 'nextId in the file after deleting todo 1 of 2').toBe(3);
  });

  it('the data survives a restart: fields, order, and ids that keep growing', async () => {
    const file = path.join(tempDir('b100-p20-'), 'todos.json');
    const clock = fakeClock(START);
    const first = await start({ file, clock });
    for (const title of ['a', 'b', 'c', 'd']) await create(first.server, { title, dueDate: title === 'b' ? '2031-09-09' : null });
    clock.advance(60_000);
    expectStatus(await first.server.patch('/todos/2', { json: { title: 'b2' } }), 200);
    expectStatus(await first.server.post('/todos/3/toggle'), 200);
    expectStatus(await first.server.delete('/todos/4'), 204);
    const before = await list(first.server);
    await first.server.close();

    const second = await start({ file, clock });
    expect(await list(second.server), 'GET /todos after a restart').toEqual(before);
    expect(bodyOf<Todo>(await second.server.get('/todos/2')), 'GET /todos/2 after a restart').toEqual(before[1]);
    expect((await create(second.server, { title: 'e' })).id, 'the id of a new todo after deleting 4 and restarting').toBe(5);

    const third = await start({ file, clock });
    expect(idsOf(await list(third.server)), 'GET /todos after a second restart').toEqual([1, 2, 3, 5]);
  });

  it('reads a data file written in the documented format', async () => {
    const dir = tempDir('b100-p20-');
    const file = path.join(dir, 'todos.json');
    const todos = [todo(2, 'from disk', { dueDate: '2031-08-01' }), todo(7, 'done already', { done: true, updatedAt: '2031-05-05T00:00:00.000Z' })];
    writeStore(file, { nextId: 9, todos });
    const { server } = await start({ file });
    expect(await list(server), 'GET /todos on a hand-written file').toEqual(todos);
    expect(bodyOf<Todo>(await server.get('/todos/7')), 'GET /todos/7').toEqual(todos[1]);
    expect((await create(server, { title: 'new' })).id, 'the id of a new todo when the file says nextId 9').toBe(9);
  });

  it('a file that is not JSON makes createApp throw, naming the file, and is left untouched', async () => {
    const createApp = await loadCreateApp();
    for (const content of ['{"nextId": 2, "todos": [', '', 'hello', '{"nextId": 2, "todos": []}}']) {
      const file = path.join(tempDir('b100-p20-'), 'todos.json');
      writeFileSync(file, content);
      expect(() => createApp({ file, now: fakeClock(START).now }), `createApp on a file holding ${JSON.stringify(content)}`).toThrow(file);
      expect(readFileSync(file, 'utf8'), `the file holding ${JSON.stringify(content)} after createApp`).toBe(content);
    }
  });

  it('a data path that cannot be read as a file makes createApp throw, naming it', async () => {
    const createApp = await loadCreateApp();
    const file = path.join(tempDir('b100-p20-'), 'todos.json');
    mkdirSync(file);
    expect(() => createApp({ file, now: fakeClock(START).now }), 'createApp on a path that is a folder').toThrow(file);
  });

  it('JSON of the wrong shape makes createApp throw, naming the file, and is left untouched', async () => {
    const createApp = await loadCreateApp();
    const shapes: unknown[] = [
      [],
      null,
      { todos: [] },
      { nextId: 1 },
      { nextId: '2', todos: [] },
      { nextId: 2, todos: {} },
      { nextId: 2, todos: [{ id: 1, done: false, dueDate: null, createdAt: START, updatedAt: START }] },
      { nextId: 2, todos: [{ ...todo(1, 'a'), done: 'no' }] },
      { nextId: 2, todos: [{ ...todo(1, 'a'), dueDate: 'soon' }] },
      { nextId: 2, todos: [{ ...todo(1, 'a'), id: '1' }] },
      { nextId: 2, todos: [todo(5, 'an id not below nextId')] },
      { nextId: 3, todos: [todo(1, 'twice'), todo(1, 'the same id')] },
      { nextId: 3, todos: [todo(1, 'below'), todo(3, 'equal to nextId')] },
      { nextId: 2, todos: [todo(0, 'id 0')] },
      { nextId: 0, todos: [] },
      { nextId: 1.5, todos: [] },
      { nextId: 2, todos: [{ ...todo(1, 'a'), createdAt: 'yesterday' }] },
      { nextId: 2, todos: [{ ...todo(1, 'a'), updatedAt: null }] },
    ];
    for (const shape of shapes) {
      const file = path.join(tempDir('b100-p20-'), 'todos.json');
      const content = JSON.stringify(shape, null, 2);
      writeFileSync(file, content);
      expect(() => createApp({ file, now: fakeClock(START).now }), `createApp on a file holding ${JSON.stringify(shape)}`).toThrow(file);
      expect(readFileSync(file, 'utf8'), `the file holding ${JSON.stringify(shape)} after createApp`).toBe(content);
    }
  });
});

describe('Task 5: Atomic, serialised writes', () => {
  it('100 concurrent POSTs all succeed, with distinct ids, and all 100 are in the file', async () => {
    const { server, file } = await start();
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => server.post('/todos', { json: { title: `todo ${i}` } })));
    for (const res of responses) expectStatus(res, 201);
    const ids = responses.map((res) => (res.json as Todo).id).sort((a, b) => a - b);
    expect(ids, 'the ids of 100 concurrent POSTs').toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(await list(server), 'GET /todos after 100 concurrent POSTs').toHaveLength(100);
    expect(bodyOf<Todo>(await server.get('/todos/100')).id, 'GET /todos/100').toBe(100);
    expect(bodyOf<Todo>(await server.patch('/todos/42', { json: { done: true } })).done, 'PATCH /todos/42').toBe(true);
    const data = readStore(file);
    expect(data.todos.map((t) => t.title).sort(), 'the titles in the file after 100 concurrent POSTs').toEqual(Array.from({ length: 100 }, (_, i) => `todo ${i}`).sort());
    expect(data.nextId, 'nextId in the file after 100 concurrent POSTs').toBe(101);

    const restarted = await start({ file });
    expect(await list(restarted.server), 'GET /todos on a new app on the same file').toEqual(await list(server));
  });

  it('concurrent changes to many todos are all applied, in memory and on disk', async () => {
    const { server, file } = await start();
    for (let i = 1; i <= 30; i++) await create(server, { title: `todo ${i}` });
    // Each request changes something no other request touches, so every lost update shows: a
    // change computed from data another change has already replaced drops that other change.
    const requests = [
      ...Array.from({ length: 10 }, (_, i) => server.patch(`/todos/${i + 1}`, { json: { title: `renamed ${i + 1}` } })),
      ...Array.from({ length: 10 }, (_, i) => server.post(`/todos/${i + 11}/toggle`)),
      ...Array.from({ length: 10 }, (_, i) => server.delete(`/todos/${i + 21}`)),
      ...Array.from({ length: 20 }, (_, i) => server.post('/todos', { json: { title: `new ${i}` } })),
    ];
    for (const res of await Promise.all(requests)) expect(res.status, `${res.request} answered ${res.status}: ${res.text.slice(0, 200)}`).toBeLessThan(300);
    const todos = await list(server);
    const expectedIds = [...Array.from({ length: 20 }, (_, i) => i + 1), ...Array.from({ length: 20 }, (_, i) => i + 31)];
    expect(idsOf(todos), '50 concurrent changes: ids after 10 renames (1-10), 10 toggles (11-20), 10 deletes (21-30) and 20 creations (31-50)').toEqual(expectedIds);
    const byId = new Map(todos.map((t) => [t.id, t]));
    const renamed = Array.from({ length: 10 }, (_, i) => byId.get(i + 1)?.title);
    expect(renamed, 'the titles of todos 1-10, each renamed by one of the concurrent PATCHes').toEqual(Array.from({ length: 10 }, (_, i) => `renamed ${i + 1}`));
    const toggled = Array.from({ length: 10 }, (_, i) => byId.get(i + 11)?.done);
    expect(toggled, 'done of todos 11-20, each toggled once by the concurrent requests').toEqual(Array.from({ length: 10 }, () => true));
    expect(todos.filter((t) => t.id > 30).map((t) => t.title).sort(), 'the titles of the 20 concurrent creations').toEqual(Array.from({ length: 20 }, (_, i) => `new ${i}`).sort());
    const data = readStore(file);
    expect(data.todos, 'the file after the 50 concurrent changes (it must hold every one of them)').toEqual(todos);
    expect(data.nextId, 'nextId in the file after 50 todos were created').toBe(51);
  });

  it('the file is complete JSON at every moment, even while writes are in flight', async () => {
    const { server, file } = await start();
    await create(server, { title: 'first' });
    const pending = Promise.all(Array.from({ length: 40 }, (_, i) => server.post('/todos', { json: { title: `t${i} ${'x'.repeat(150)}` } })));
    let settled = false;
    void pending.finally(() => (settled = true)).catch(() => undefined);
    for (let reads = 0; !settled && reads < 2000; reads++) {
      const text = await readFile(file, 'utf8');
      expect(() => JSON.parse(text), `the data file read while writes were in flight (read ${reads}): ${text.slice(0, 80)}...${text.slice(-40)}`).not.toThrow();
    }
    for (const res of await pending) expectStatus(res, 201);
    expect(readStore(file).todos, 'the file after the writes').toHaveLength(41);
  });

  it('temporary files live next to the data file and do not stay after a write', async () => {
    const { server, file, dir } = await start();
    await Promise.all(Array.from({ length: 10 }, (_, i) => server.post('/todos', { json: { title: `t${i}` } })));
    expectStatus(await server.delete('/todos/1'), 204);
    const names = readdirSync(dir);
    expect(names, 'the folder after 11 successful writes').toContain(path.basename(file));
    expect(names.filter((name) => name.endsWith('.tmp')), 'temporary files left in the folder after 11 successful writes').toEqual([]);
  });

  it('a leftover *.tmp file from a crash is ignored on start', async () => {
    const dir = tempDir('b100-p20-');
    const file = path.join(dir, 'todos.json');
    writeStore(file, { nextId: 2, todos: [todo(1, 'safe')] });
    writeFileSync(`${file}.tmp`, '{"nextId": 50, "todos": [{"id": 4');
    writeFileSync(path.join(dir, 'todos.json.3f2a.tmp'), '');
    const { server } = await start({ file });
    expect(await list(server), 'GET /todos next to leftover *.tmp files').toEqual([todo(1, 'safe')]);
    expect((await create(server, { title: 'next' })).id, 'the next id').toBe(2);
    expect(readStore(file).todos, 'the file after a POST').toHaveLength(2);

    const alone = path.join(tempDir('b100-p20-'), 'todos.json');
    writeFileSync(`${alone}.tmp`, '{"nextId": 50, "todos": []}');
    const fresh = await start({ file: alone });
    expect(await list(fresh.server), 'GET /todos when only a *.tmp file exists').toEqual([]);
    expect((await create(fresh.server, { title: 'first' })).id, 'the first id when only a *.tmp file exists').toBe(1);
  });

  it('a failed write is a 503 storage_unavailable, and nothing changes', async () => {
    const { server, file } = await start();
    const kept = await create(server, { title: 'kept' });
    // A folder where the data file was: writing the temp file works, the rename cannot.
    rmSync(file);
    mkdirSync(path.join(file, 'in-the-way'), { recursive: true });
    expectApiError(await server.post('/todos', { json: { title: 'lost' } }), 503, 'storage_unavailable');
    expectApiError(await server.patch('/todos/1', { json: { title: 'changed' } }), 503, 'storage_unavailable');
    expectApiError(await server.post('/todos/1/toggle'), 503, 'storage_unavailable');
    expectApiError(await server.delete('/todos/1'), 503, 'storage_unavailable');
    expect(await list(server), 'GET /todos after four failed writes').toEqual([kept]);
    expect(bodyOf<Todo>(await server.get('/todos/1')), 'GET /todos/1 after four failed writes').toEqual(kept);
    // Bad input is still a 4xx, even while the disk is broken.
    expectInvalid(await server.post('/todos', { json: { title: '' } }), 'title');
    const leftovers = readdirSync(path.dirname(file)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers, 'temporary files left in the folder after four failed writes').toEqual([]);

    rmSync(file, { recursive: true });
    const next = await create(server, { title: 'after the repair' });
    const data = readStore(file);
    expect(data.todos, 'the file after the repair: the kept todo and the new one, none of the failed changes').toEqual([kept, next]);
    expect(await list(server), 'GET /todos after the repair').toEqual([kept, next]);
  });

  it('a missing folder: the first change creates it, or is a 503 that changes nothing', async () => {
    const dir = tempDir('b100-p20-');
    const file = path.join(dir, 'data', 'todos.json');
    const { server } = await start({ file });
    const first = await server.post('/todos', { json: { title: 'nowhere to go' } });
    // The SPEC allows both: create the folder, or refuse with a 503 until it exists.
    if (first.status === 201) {
      expect(readStore(file).todos.map((t) => t.title), 'the file in the folder the app created').toEqual(['nowhere to go']);
      expect(await list(server), 'GET /todos after the first write created the folder').toHaveLength(1);
      return;
    }
    expectApiError(first, 503, 'storage_unavailable');
    expect(await list(server), 'GET /todos after a failed first write').toEqual([]);
    mkdirSync(path.dirname(file));
    expect((await create(server, { title: 'now it works' })).id, 'the first id once the folder exists').toBeGreaterThanOrEqual(1);
    expect(readStore(file).todos, 'the file once the folder exists').toHaveLength(1);
  });
});
