// The hidden suite of p39 kanban-backend. It reaches the app only through what SPEC.md's
// Interface promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), the
// drizzle/ migrations folder, and the `cards` table (id, column_id, position) with its unique
// index and foreign key. Other tables are the learner's design.
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectStatus, load, seededRandom, serve, startAppProcesses, tempDbFile, tryInsertCopy, withRawDb, type HttpResponse, type Row, type TestServer } from '#testkit';
import {
  START,
  addCard,
  boardWith,
  cardRows,
  createBoard,
  createColumn,
  dumpDb,
  expectBoard,
  expectCard,
  expectColumn,
  expectDenseInDb,
  getBoard,
  idsByColumnInDb,
  move,
  postMove,
  start,
  titlesByColumn,
  type AppModule,
  type CardJson,
  type ColumnJson,
} from './helpers.js';

const MINUTE = 60_000;

beforeEach(() => {
  vi.resetModules();
});

/** Asserts a 404 not_found whose details name columnId (a columnId of the body that is not on the board). */
function expectColumnNotFound(res: HttpResponse): void {
  expectApiError(res, 404, 'not_found');
  const details = (res.json as { error: { details?: unknown } }).error.details;
  expect(Array.isArray(details) && details.some((d) => (d as { field?: unknown })?.field === 'columnId'), `${res.request}: error.details should have an entry with "field": "columnId", got ${JSON.stringify(details)}`).toBe(true);
}

/** Asserts a 409 wip_limit with details { columnId, wipLimit, cardCount }. */
function expectWipLimit(res: HttpResponse, columnId: number, wipLimit: number, cardCount = wipLimit): void {
  expectApiError(res, 409, 'wip_limit');
  const details = (res.json as { error: { details?: unknown } }).error.details;
  expect(details, `${res.request}: error.details of wip_limit`).toEqual({ columnId, wipLimit, cardCount });
}

describe('Task 1: Create boards and columns', () => {
  it('createApp({ dbFile, now }) applies the migrations in drizzle/ and creates the cards table of the Interface', async () => {
    const { api, dbFile } = await start();
    await api.close();
    expectMigrationsApplied(dbFile);
    const columns = withRawDb(dbFile, (db) => (db.prepare("SELECT name FROM pragma_table_info('cards')").pluck().all() as string[]));
    for (const name of ['id', 'column_id', 'position']) expect(columns, `the columns of the table cards (PRAGMA table_info(cards))`).toContain(name);
  });

  it('POST /boards answers 201 with the board, its Location, and no columns; GET /boards/:id reads it', async () => {
    const started = await start();
    const res = await started.api.post('/boards', { json: { name: 'Launch' } });
    expectStatus(res, 201);
    const board = expectBoard(res);
    expect(board, res.request).toEqual({ id: board.id, name: 'Launch', createdAt: START, columns: [] });
    expect(Number.isInteger(board.id) && board.id > 0, `${res.request}: id should be a positive integer`).toBe(true);
    expect(res.headers.get('location'), `${res.request}: Location`).toBe(`/boards/${board.id}`);
    expect(await getBoard(started.api, board.id), `GET /boards/${board.id}`).toEqual(board);
    started.clock.advance(MINUTE);
    const second = await createBoard(started.api, 'Launch');
    expect(second.id, 'a second board, even with the same name, has its own id').not.toBe(board.id);
    expect(second.createdAt, 'createdAt of a board created a minute later').toBe('2026-04-07T08:31:00.000Z');
  });

  it('columns are added at the end of their board: positions 0, 1, 2, with the WIP limit given or null', async () => {
    const { api } = await start();
    const board = await createBoard(api);
    const res = await api.post(`/boards/${board.id}/columns`, { json: { name: 'Todo' } });
    expectStatus(res, 201);
    const todo = expectColumn(res);
    expect(todo, res.request).toEqual({ id: todo.id, boardId: board.id, name: 'Todo', position: 0, wipLimit: null });
    const doing = await createColumn(api, board.id, 'Doing', 3);
    const done = await createColumn(api, board.id, 'Done', null);
    expect([doing.position, doing.wipLimit, done.position, done.wipLimit], 'position and wipLimit of Doing (limit 3) and Done (limit null)').toEqual([1, 3, 2, null]);
    const other = await createBoard(api, 'Other');
    expect((await createColumn(api, other.id, 'Inbox')).position, 'the first column of another board').toBe(0);
    const read = await getBoard(api, board.id);
    expect(read.columns, `GET /boards/${board.id}: its columns in position order, each with its cards`).toEqual([
      { ...todo, cards: [] },
      { ...doing, cards: [] },
      { ...done, cards: [] },
    ]);
  });

  it('names and WIP limits are validated: 400 validation_failed naming the field, nothing written', async () => {
    const { api, dbFile } = await start();
    const board = await createBoard(api);
    const before = dumpDb(dbFile);
    const boardCases: Array<[unknown, string]> = [
      [{}, 'name'],
      [{ name: '' }, 'name'],
      [{ name: '  \t ' }, 'name'],
      [{ name: 'x'.repeat(101) }, 'name'],
      [{ name: 7 }, 'name'],
      [{ name: null }, 'name'],
      [{ name: 'Team', columns: [] }, 'columns'],
    ];
    for (const [json, field] of boardCases) expectInvalid(await api.post('/boards', { json }), field);
    const columnCases: Array<[unknown, string]> = [
      [{}, 'name'],
      [{ name: ' ' }, 'name'],
      [{ name: 'x'.repeat(51) }, 'name'],
      [{ name: ['Todo'] }, 'name'],
      [{ name: 'Todo', wipLimit: 0 }, 'wipLimit'],
      [{ name: 'Todo', wipLimit: -1 }, 'wipLimit'],
      [{ name: 'Todo', wipLimit: 101 }, 'wipLimit'],
      [{ name: 'Todo', wipLimit: 2.5 }, 'wipLimit'],
      [{ name: 'Todo', wipLimit: '3' }, 'wipLimit'],
      [{ name: 'Todo', wipLimit: true }, 'wipLimit'],
      [{ name: 'Todo', position: 0 }, 'position'],
    ];
    for (const [json, field] of columnCases) expectInvalid(await api.post(`/boards/${board.id}/columns`, { json }), field);
    expectInvalid(await api.post('/boards', { body: '[]', headers: { 'content-type': 'application/json' } }), 'body');
    expectApiError(await api.post('/boards', { body: '{"name": ', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.post('/boards', { body: '{"name":"Team"}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/boards', { json: { name: 'x'.repeat(17_000) } }), 413, 'payload_too_large');
    expect(dumpDb(dbFile), 'the database after the refused requests').toEqual(before);
    expect((await createBoard(api, 'x'.repeat(100))).name, 'a board name of 100 characters').toBe('x'.repeat(100));
    const edge = await createColumn(api, board.id, 'y'.repeat(50), 100);
    expect([edge.name.length, edge.wipLimit], 'a column name of 50 characters with a WIP limit of 100').toEqual([50, 100]);
    expect((await createColumn(api, board.id, 'One', 1)).wipLimit, 'a WIP limit of 1').toBe(1);
  });

  it('bodies: a corrupt gzip or deflate body is 400 invalid_json, another charset or encoding 415; a malformed URL 400 bad_request', async () => {
    const { api, dbFile } = await start();
    const board = await createBoard(api);
    const before = dumpDb(dbFile);
    const json = 'application/json';
    const valid = JSON.stringify({ name: 'Team' });
    const broken = gzipSync(valid).subarray(0, 12);
    expectApiError(await api.post('/boards', { body: broken, headers: { 'content-type': json, 'content-encoding': 'gzip' } }), 400, 'invalid_json');
    expectApiError(await api.post('/boards', { body: Buffer.from('not deflated at all'), headers: { 'content-type': json, 'content-encoding': 'deflate' } }), 400, 'invalid_json');
    expectApiError(await api.post(`/boards/${board.id}/columns`, { body: valid, headers: { 'content-type': 'application/json; charset=latin1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post(`/boards/${board.id}/columns`, { body: valid, headers: { 'content-type': json, 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expectApiError(await api.get('/boards/%ZZ'), 400, 'bad_request');
    expectApiError(await api.get(`/boards/${board.id}/cards/%E0%A4%A`), 400, 'bad_request');
    expect(dumpDb(dbFile), 'the database after the refused bodies').toEqual(before);
    const zipped = await api.post('/boards', { body: gzipSync(valid), headers: { 'content-type': json, 'content-encoding': 'gzip' } });
    expectStatus(zipped, 201);
  });

  it('unknown or malformed board ids answer 404; wrong methods 405 with Allow; other paths 404', async () => {
    const { api } = await start();
    const board = await createBoard(api);
    for (const raw of ['999999', 'abc', '0', `${board.id}.0`, `-${board.id}`, `${board.id}e0`, encodeURIComponent(`${board.id} OR 1=1`)]) {
      expectApiError(await api.get(`/boards/${raw}`), 404, 'not_found');
      expectApiError(await api.post(`/boards/${raw}/columns`, { json: { name: 'Todo' } }), 404, 'not_found');
    }
    const cases: Array<[string, string, string[]]> = [
      ['GET', '/boards', ['POST']],
      ['DELETE', `/boards/${board.id}`, ['GET', 'HEAD']],
      ['PUT', `/boards/${board.id}`, ['GET', 'HEAD']],
      ['GET', `/boards/${board.id}/columns`, ['POST']],
    ];
    for (const [method, path, allowed] of cases) {
      const res = await api.request(method, path, method === 'GET' ? {} : { json: { name: 'x' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, allowed);
    }
    expectApiError(await api.get('/columns'), 404, 'not_found');
    expectApiError(await api.get(`/boards/${board.id}/lanes`), 404, 'not_found');
  });

  it('app.locals.close() closes the database (later requests: 500 internal); a restart keeps every board; two files share nothing', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const dbFile = tempDbFile();
    const app = createApp({ dbFile }) as ReturnType<AppModule['createApp']> & { locals: { close?: () => unknown } };
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    const api = await serve((req, res) => app(req, res));
    const board = await createBoard(api, 'Kept');
    const todo = await createColumn(api, board.id, 'Todo', 2);
    expect(board.createdAt, 'createdAt without a now option (the real clock)').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await app.locals.close?.();
    const res = await api.get(`/boards/${board.id}`);
    expectApiError(res, 500, 'internal');
    expect(res.text, `${res.request}: a 500 shows no stack trace`).not.toMatch(/\n\s+at |SqliteError|node_modules/);
    const again = await start({ dbFile });
    expect(await getBoard(again.api, board.id), 'the board after a restart on the same file').toEqual({ ...board, columns: [{ ...todo, cards: [] }] });
    const other = await start();
    expectApiError(await other.api.get(`/boards/${board.id}`), 404, 'not_found');
  });
});

describe('Task 2: Add cards in order', () => {
  it('POST /boards/:boardId/cards adds a card at the end of its column: positions 0, 1, 2', async () => {
    const started = await start();
    const board = await createBoard(started.api);
    const todo = await createColumn(started.api, board.id, 'Todo');
    started.clock.advance(MINUTE);
    const res = await started.api.post(`/boards/${board.id}/cards`, { json: { columnId: todo.id, title: 'Write spec' } });
    expectStatus(res, 201);
    const first = expectCard(res);
    expect(first, res.request).toEqual({ id: first.id, boardId: board.id, columnId: todo.id, title: 'Write spec', position: 0, createdAt: '2026-04-07T08:31:00.000Z' });
    expect(res.headers.get('location'), `${res.request}: Location`).toBe(`/boards/${board.id}/cards/${first.id}`);
    const second = await addCard(started.api, board.id, todo.id, 'Write tests');
    const third = await addCard(started.api, board.id, todo.id, 'Ship');
    expect([second.position, third.position], 'positions of the second and third card added without a position').toEqual([1, 2]);
    const read = await started.api.get(`/boards/${board.id}/cards/${second.id}`);
    expectStatus(read, 200);
    expect(expectCard(read), read.request).toEqual(second);
    expect(await titlesByColumn(started.api, board.id), `GET /boards/${board.id}`).toEqual({ Todo: ['Write spec', 'Write tests', 'Ship'] });
    expect((await getBoard(started.api, board.id)).columns[0]!.cards[0], 'the first card as GET /boards/:id lists it').toEqual(first);
  });

  it('a card added at a position pushes the cards from there one place down, in the cards table too', async () => {
    const { api, dbFile } = await start();
    const { board, column } = await boardWith(api, { Todo: ['a', 'b', 'c'], Done: ['x'] });
    const top = await addCard(api, board.id, column.Todo!.id, 'top', 0);
    expect(top.position, 'a card added at position 0').toBe(0);
    const mid = await addCard(api, board.id, column.Todo!.id, 'mid', 2);
    expect(mid.position, 'a card added at position 2').toBe(2);
    const end = await addCard(api, board.id, column.Todo!.id, 'end', 5);
    expect(end.position, 'a card added at position 5 of a column of 5 cards (the end)').toBe(5);
    expect(await titlesByColumn(api, board.id), `GET /boards/${board.id}`).toEqual({ Todo: ['top', 'a', 'mid', 'b', 'c', 'end'], Done: ['x'] });
    expectDenseInDb(dbFile, 'after adding cards at positions 0, 2 and 5');
    const ids = idsByColumnInDb(dbFile);
    const board2 = await getBoard(api, board.id);
    expect(ids.get(column.Todo!.id), 'the card ids of Todo in the cards table, by position').toEqual(board2.columns[0]!.cards.map((card) => card.id));
  });

  it('a position past the end of the column puts the card last (clamped), never leaving a gap', async () => {
    const { api, dbFile } = await start();
    const { board, column } = await boardWith(api, { Todo: ['a', 'b'], Empty: [] });
    expect((await addCard(api, board.id, column.Todo!.id, 'far', 99)).position, 'a card added at position 99 of a column of 2 cards').toBe(2);
    expect((await addCard(api, board.id, column.Todo!.id, 'further', Number.MAX_SAFE_INTEGER)).position, 'a card added at position Number.MAX_SAFE_INTEGER of a column of 3 cards').toBe(3);
    expect((await addCard(api, board.id, column.Empty!.id, 'first', 7)).position, 'a card added at position 7 of an empty column').toBe(0);
    expect(await titlesByColumn(api, board.id), `GET /boards/${board.id}`).toEqual({ Todo: ['a', 'b', 'far', 'further'], Empty: ['first'] });
    expectDenseInDb(dbFile, 'after adding cards past the end');
  });

  it('columnId, title and position are validated: 400 naming the field, nothing written', async () => {
    const { api, dbFile } = await start();
    const { board, column } = await boardWith(api, { Todo: ['a'] });
    const ok = { columnId: column.Todo!.id, title: 'New' };
    const before = dumpDb(dbFile);
    const cases: Array<[unknown, string]> = [
      [{ title: 'New' }, 'columnId'],
      [{ ...ok, columnId: 0 }, 'columnId'],
      [{ ...ok, columnId: -1 }, 'columnId'],
      [{ ...ok, columnId: 1.5 }, 'columnId'],
      [{ ...ok, columnId: String(column.Todo!.id) }, 'columnId'],
      [{ ...ok, columnId: null }, 'columnId'],
      [{ columnId: column.Todo!.id }, 'title'],
      [{ ...ok, title: '' }, 'title'],
      [{ ...ok, title: '   ' }, 'title'],
      [{ ...ok, title: 'x'.repeat(201) }, 'title'],
      [{ ...ok, title: 12 }, 'title'],
      [{ ...ok, position: -1 }, 'position'],
      [{ ...ok, position: 0.5 }, 'position'],
      [{ ...ok, position: '0' }, 'position'],
      [{ ...ok, position: null }, 'position'],
      [{ ...ok, position: Number.MAX_SAFE_INTEGER + 1 }, 'position'],
      [{ ...ok, boardId: board.id }, 'boardId'],
    ];
    for (const [json, field] of cases) expectInvalid(await api.post(`/boards/${board.id}/cards`, { json }), field);
    expect(dumpDb(dbFile), 'the database after the refused cards').toEqual(before);
    expect((await addCard(api, board.id, column.Todo!.id, 'x'.repeat(200))).title, 'a title of 200 characters').toHaveLength(200);
  });

  it('a columnId of another board, or of no column, answers 404 naming columnId; a card is read only through its own board', async () => {
    const { api, dbFile } = await start();
    const mine = await boardWith(api, { Todo: ['mine'] }, 'Mine');
    const theirs = await boardWith(api, { Inbox: ['theirs'] }, 'Theirs');
    const before = dumpDb(dbFile);
    expectColumnNotFound(await api.post(`/boards/${mine.board.id}/cards`, { json: { columnId: theirs.column.Inbox!.id, title: 'sneaky' } }));
    expectColumnNotFound(await api.post(`/boards/${mine.board.id}/cards`, { json: { columnId: 999_999, title: 'lost' } }));
    expectApiError(await api.post('/boards/999999/cards', { json: { columnId: mine.column.Todo!.id, title: 'lost' } }), 404, 'not_found');
    expect(dumpDb(dbFile), 'the database after the refused cards').toEqual(before);
    expectApiError(await api.get(`/boards/${mine.board.id}/cards/${theirs.card.theirs!.id}`), 404, 'not_found');
    for (const raw of ['999999', 'abc', '0', `${mine.card.mine!.id}.0`, encodeURIComponent(`${mine.card.mine!.id} OR 1=1`)]) {
      expectApiError(await api.get(`/boards/${mine.board.id}/cards/${raw}`), 404, 'not_found');
    }
    expectStatus(await api.get(`/boards/${theirs.board.id}/cards/${theirs.card.theirs!.id}`), 200);
    const list = await api.get(`/boards/${mine.board.id}/cards`);
    expectApiError(list, 405, 'method_not_allowed');
    expectAllow(list, ['POST']);
  });

  it('the database refuses two cards at one position of a column, and a card of a column that does not exist', async () => {
    const { api, dbFile } = await start();
    await boardWith(api, { Todo: ['Unique title one', 'other'] });
    await api.close();
    const [first] = cardRows(dbFile);
    const isFirst = (row: Row) => row.id === first!.id && row.column_id === first!.column_id;
    const same = tryInsertCopy(dbFile, isFirst);
    expect(same ?? 'accepted', 'a copy of the card at position 0 of its column, inserted with plain SQL at the same column_id and position: the unique index on (column_id, position) refuses it').toBe('SQLITE_CONSTRAINT_UNIQUE');
    const free = tryInsertCopy(dbFile, isFirst, (row) => ({ ...row, position: 2 }));
    expect(free ?? 'accepted', 'a copy of that card at the free position 2 of the same column').toBe('accepted');
    const orphan = tryInsertCopy(dbFile, isFirst, (row) => ({ ...row, position: 0, column_id: 987_654 }));
    expect(orphan ?? 'accepted', 'a copy of the card in column 987654, which does not exist: the foreign key refuses it').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  });
});

describe('Task 3: Delete cards and close the gap', () => {
  it('DELETE answers 204, and the cards below move up: positions stay 0..n-1, in the cards table too', async () => {
    const { api, dbFile } = await start();
    const { board, card } = await boardWith(api, { Todo: ['a', 'b', 'c', 'd', 'e'], Done: ['x', 'y'] });
    const res = await api.delete(`/boards/${board.id}/cards/${card.b!.id}`);
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expectApiError(await api.get(`/boards/${board.id}/cards/${card.b!.id}`), 404, 'not_found');
    expect(await titlesByColumn(api, board.id), 'after deleting b (position 1)').toEqual({ Todo: ['a', 'c', 'd', 'e'], Done: ['x', 'y'] });
    expectDenseInDb(dbFile, 'after deleting the card at position 1');
    const c = await api.get(`/boards/${board.id}/cards/${card.c!.id}`);
    expect((c.json as { position?: unknown }).position, `${c.request}: c moved up from 2 to 1`).toBe(1);
    expectStatus(await api.delete(`/boards/${board.id}/cards/${card.a!.id}`), 204);
    expectStatus(await api.delete(`/boards/${board.id}/cards/${card.e!.id}`), 204);
    expectStatus(await api.delete(`/boards/${board.id}/cards/${card.x!.id}`), 204);
    expect(await titlesByColumn(api, board.id), 'after deleting the first (a), the last (e) of Todo and the first of Done').toEqual({ Todo: ['c', 'd'], Done: ['y'] });
    expectDenseInDb(dbFile, 'after deleting the first and the last cards');
  });

  it('after a delete, a new card goes to the end at n, and added positions still count from 0', async () => {
    const { api, dbFile } = await start();
    const { board, column, card } = await boardWith(api, { Todo: ['a', 'b', 'c'] });
    expectStatus(await api.delete(`/boards/${board.id}/cards/${card.a!.id}`), 204);
    expect((await addCard(api, board.id, column.Todo!.id, 'd')).position, 'a card added after deleting one of three').toBe(2);
    expect((await addCard(api, board.id, column.Todo!.id, 'top', 0)).position, 'a card added at 0').toBe(0);
    expect(await titlesByColumn(api, board.id), `GET /boards/${board.id}`).toEqual({ Todo: ['top', 'b', 'c', 'd'] });
    for (const title of ['top', 'b', 'c', 'd']) {
      const id = (await getBoard(api, board.id)).columns[0]!.cards.find((c) => c.title === title)!.id;
      expectStatus(await api.delete(`/boards/${board.id}/cards/${id}`), 204);
    }
    expect(cardRows(dbFile), 'the cards table after deleting every card').toEqual([]);
    expect((await addCard(api, board.id, column.Todo!.id, 'again')).position, 'a card added to the emptied column').toBe(0);
  });

  it('a card deleted through another board, twice, or by a malformed id answers 404 and deletes nothing', async () => {
    const { api, dbFile } = await start();
    const mine = await boardWith(api, { Todo: ['a', 'b'] }, 'Mine');
    const theirs = await boardWith(api, { Inbox: ['t'] }, 'Theirs');
    const before = dumpDb(dbFile);
    expectApiError(await api.delete(`/boards/${mine.board.id}/cards/${theirs.card.t!.id}`), 404, 'not_found');
    for (const raw of ['999999', 'abc', `${mine.card.a!.id}.0`, encodeURIComponent(`${mine.card.a!.id} OR 1=1`)]) {
      expectApiError(await api.delete(`/boards/${mine.board.id}/cards/${raw}`), 404, 'not_found');
    }
    expectApiError(await api.delete(`/boards/999999/cards/${mine.card.a!.id}`), 404, 'not_found');
    expect(dumpDb(dbFile), 'the database after the refused deletes').toEqual(before);
    expectStatus(await api.delete(`/boards/${mine.board.id}/cards/${mine.card.a!.id}`), 204);
    expectApiError(await api.delete(`/boards/${mine.board.id}/cards/${mine.card.a!.id}`), 404, 'not_found');
    const res = await api.request('PUT', `/boards/${mine.board.id}/cards/${mine.card.b!.id}`, { json: { title: 'x' } });
    expectApiError(res, 405, 'method_not_allowed');
    expectAllow(res, ['GET', 'HEAD', 'DELETE']);
  });
});

describe('Task 4: Move cards within a column', () => {
  it('moving a card down shifts the cards it passes up by one', async () => {
    const { api, dbFile } = await start();
    const { board, column, card } = await boardWith(api, { Todo: ['a', 'b', 'c', 'd', 'e'] });
    const res = await postMove(api, board.id, card.a!.id, { columnId: column.Todo!.id, position: 3 });
    expectStatus(res, 200);
    expect(expectCard(res), res.request).toEqual({ ...card.a!, position: 3 });
    expect(await titlesByColumn(api, board.id), 'after moving a from 0 to 3').toEqual({ Todo: ['b', 'c', 'd', 'a', 'e'] });
    expectDenseInDb(dbFile, 'after moving a card down');
    await move(api, board.id, card.c!.id, column.Todo!.id, 2);
    expect(await titlesByColumn(api, board.id), 'after moving c from 1 to 2').toEqual({ Todo: ['b', 'd', 'c', 'a', 'e'] });
  });

  it('moving a card up shifts the cards it passes down by one', async () => {
    const { api, dbFile } = await start();
    const { board, column, card } = await boardWith(api, { Todo: ['a', 'b', 'c', 'd', 'e'] });
    expect((await move(api, board.id, card.e!.id, column.Todo!.id, 1)).position, 'e moved from 4 to 1').toBe(1);
    expect(await titlesByColumn(api, board.id), 'after moving e from 4 to 1').toEqual({ Todo: ['a', 'e', 'b', 'c', 'd'] });
    expect((await move(api, board.id, card.c!.id, column.Todo!.id, 0)).position, 'c moved from 3 to 0').toBe(0);
    expect(await titlesByColumn(api, board.id), 'after moving c from 3 to 0').toEqual({ Todo: ['c', 'a', 'e', 'b', 'd'] });
    expectDenseInDb(dbFile, 'after moving cards up');
  });

  it('a position past the end, or no position, puts the card last; its own position changes nothing', async () => {
    const { api, dbFile } = await start();
    const { board, column, card } = await boardWith(api, { Todo: ['a', 'b', 'c'], Other: ['z'] });
    expect((await move(api, board.id, card.a!.id, column.Todo!.id, 3)).position, 'a moved to position 3 in a column of 3 cards (last is 2)').toBe(2);
    expect(await titlesByColumn(api, board.id), 'after moving a to position 3').toEqual({ Todo: ['b', 'c', 'a'], Other: ['z'] });
    expect((await move(api, board.id, card.b!.id, column.Todo!.id)).position, 'b moved with no position').toBe(2);
    expect(await titlesByColumn(api, board.id), 'after moving b with no position').toEqual({ Todo: ['c', 'a', 'b'], Other: ['z'] });
    const before = dumpDb(dbFile);
    expect((await move(api, board.id, card.a!.id, column.Todo!.id, 1)).position, 'a moved to its own position 1').toBe(1);
    expect(dumpDb(dbFile), 'the database after moving a card to where it is').toEqual(before);
    expect((await move(api, board.id, card.z!.id, column.Other!.id, 5)).position, 'the only card of a column moved to position 5').toBe(0);
    expectDenseInDb(dbFile, 'after moves past the end');
  });

  it('a move is validated (400 naming the field) and names a card and a column of its board (404), changing nothing', async () => {
    const { api, dbFile } = await start();
    const mine = await boardWith(api, { Todo: ['a', 'b'] }, 'Mine');
    const theirs = await boardWith(api, { Inbox: ['t'] }, 'Theirs');
    const todo = mine.column.Todo!.id;
    const a = mine.card.a!.id;
    const before = dumpDb(dbFile);
    const cases: Array<[unknown, string]> = [
      [{ position: 1 }, 'columnId'],
      [{ columnId: '1', position: 1 }, 'columnId'],
      [{ columnId: 0 }, 'columnId'],
      [{ columnId: todo, position: -1 }, 'position'],
      [{ columnId: todo, position: 1.5 }, 'position'],
      [{ columnId: todo, position: '1' }, 'position'],
      [{ columnId: todo, position: null }, 'position'],
      [{ columnId: todo, position: 1, title: 'renamed' }, 'title'],
    ];
    for (const [json, field] of cases) expectInvalid(await postMove(api, mine.board.id, a, json), field);
    expectApiError(await postMove(api, mine.board.id, 999_999, { columnId: todo, position: 0 }), 404, 'not_found');
    expectApiError(await postMove(api, mine.board.id, theirs.card.t!.id, { columnId: todo, position: 0 }), 404, 'not_found');
    expectApiError(await postMove(api, theirs.board.id, a, { columnId: theirs.column.Inbox!.id, position: 0 }), 404, 'not_found');
    expectColumnNotFound(await postMove(api, mine.board.id, a, { columnId: 999_999, position: 0 }));
    expect(dumpDb(dbFile), 'the database after the refused moves').toEqual(before);
    const res = await api.get(`/boards/${mine.board.id}/cards/${a}/move`);
    expectApiError(res, 405, 'method_not_allowed');
    expectAllow(res, ['POST']);
  });

  it('twenty moves within a column keep the cards table at positions 0..n-1 in the order the API shows', async () => {
    const { api, dbFile } = await start();
    const titles = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
    const { board, column, card } = await boardWith(api, { Todo: titles });
    const model = [...titles];
    const random = seededRandom(39);
    for (let i = 0; i < 20; i++) {
      const title = model[Math.floor(random() * model.length)]!;
      const to = Math.floor(random() * (model.length + 2));
      const moved = await move(api, board.id, card[title]!.id, column.Todo!.id, to);
      model.splice(model.indexOf(title), 1);
      const at = Math.min(to, model.length);
      model.splice(at, 0, title);
      expect(moved.position, `moving ${title} to position ${to}: the position answered`).toBe(at);
    }
    expect(await titlesByColumn(api, board.id), 'after twenty moves').toEqual({ Todo: model });
    expectDenseInDb(dbFile, 'after twenty moves within a column');
    expect(idsByColumnInDb(dbFile).get(column.Todo!.id), 'the card ids in the cards table, by position').toEqual(model.map((title) => card[title]!.id));
  });
});

describe('Task 5: Move cards across columns', () => {
  it('a card moved to another column leaves no gap behind and opens one where it lands', async () => {
    const { api, dbFile } = await start();
    const { board, column, card } = await boardWith(api, { Todo: ['a', 'b', 'c'], Doing: ['x', 'y'] });
    const res = await postMove(api, board.id, card.a!.id, { columnId: column.Doing!.id, position: 1 });
    expectStatus(res, 200);
    expect(expectCard(res), res.request).toEqual({ ...card.a!, columnId: column.Doing!.id, position: 1 });
    expect(await titlesByColumn(api, board.id), 'after moving a from Todo 0 to Doing 1').toEqual({ Todo: ['b', 'c'], Doing: ['x', 'a', 'y'] });
    expectDenseInDb(dbFile, 'after moving a card across columns');
    const b = await api.get(`/boards/${board.id}/cards/${card.b!.id}`);
    expect((b.json as { position?: unknown }).position, `${b.request}: b moved up from 1 to 0`).toBe(0);
    await move(api, board.id, card.y!.id, column.Todo!.id, 0);
    expect(await titlesByColumn(api, board.id), 'after moving y from Doing 2 to Todo 0').toEqual({ Todo: ['y', 'b', 'c'], Doing: ['x', 'a'] });
    expectDenseInDb(dbFile, 'after moving a card back');
  });

  it('into another column, a position past its end or no position puts the card last; an empty column gets it at 0', async () => {
    const { api, dbFile } = await start();
    const { board, column, card } = await boardWith(api, { Todo: ['a', 'b', 'c'], Doing: ['x'], Done: [] });
    expect((await move(api, board.id, card.b!.id, column.Doing!.id, 1)).position, 'b moved to position 1 of Doing, which holds 1 card (the end)').toBe(1);
    expect((await move(api, board.id, card.a!.id, column.Doing!.id, 40)).position, 'a moved to position 40 of Doing, which holds 2 cards').toBe(2);
    expect((await move(api, board.id, card.c!.id, column.Done!.id)).position, 'c moved to the empty Done with no position').toBe(0);
    expect((await move(api, board.id, card.x!.id, column.Done!.id)).position, 'x moved to Done with no position').toBe(1);
    expect(await titlesByColumn(api, board.id), 'after the moves').toEqual({ Todo: [], Doing: ['b', 'a'], Done: ['c', 'x'] });
    expectDenseInDb(dbFile, 'after moving cards to the ends of columns');
  });

  it('a column of another board is refused with 404 naming columnId, and every row stays as it was', async () => {
    const { api, dbFile } = await start();
    const mine = await boardWith(api, { Todo: ['a', 'b'], Done: [] }, 'Mine');
    const theirs = await boardWith(api, { Inbox: ['t'] }, 'Theirs');
    const before = dumpDb(dbFile);
    expectColumnNotFound(await postMove(api, mine.board.id, mine.card.a!.id, { columnId: theirs.column.Inbox!.id, position: 0 }));
    expectColumnNotFound(await postMove(api, mine.board.id, mine.card.a!.id, { columnId: theirs.column.Inbox!.id }));
    expectApiError(await postMove(api, theirs.board.id, mine.card.a!.id, { columnId: theirs.column.Inbox!.id, position: 0 }), 404, 'not_found');
    expectApiError(await postMove(api, mine.board.id, theirs.card.t!.id, { columnId: mine.column.Done!.id, position: 0 }), 404, 'not_found');
    expect(dumpDb(dbFile), 'the database after moves naming another board\'s column or card').toEqual(before);
    expect(await titlesByColumn(api, theirs.board.id), 'the other board').toEqual({ Inbox: ['t'] });
  });

  it('a random mix of 80 adds, moves and deletes over three columns keeps every column dense and in the expected order', async () => {
    const { api, dbFile } = await start();
    const { board, column } = await boardWith(api, { Todo: [], Doing: [], Done: [] });
    const names = ['Todo', 'Doing', 'Done'];
    const model: Record<string, string[]> = { Todo: [], Doing: [], Done: [] };
    const ids = new Map<string, number>();
    const random = seededRandom(2039);
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
    let next = 0;
    for (let step = 0; step < 80; step++) {
      const all = names.flatMap((name) => model[name]!);
      const roll = random();
      if (all.length < 4 || roll < 0.25) {
        const name = pick(names);
        const title = `card-${next++}`;
        const at = random() < 0.5 ? undefined : Math.floor(random() * (model[name]!.length + 2));
        const made = await addCard(api, board.id, column[name]!.id, title, at);
        ids.set(title, made.id);
        model[name]!.splice(Math.min(at ?? Infinity, model[name]!.length), 0, title);
      } else if (roll < 0.35) {
        const title = pick(all);
        expectStatus(await api.delete(`/boards/${board.id}/cards/${ids.get(title)}`), 204);
        for (const name of names) model[name] = model[name]!.filter((t) => t !== title);
      } else {
        const title = pick(all);
        const to = pick(names);
        const at = random() < 0.2 ? undefined : Math.floor(random() * (model[to]!.length + 2));
        for (const name of names) model[name] = model[name]!.filter((t) => t !== title);
        const landed = Math.min(at ?? Infinity, model[to]!.length);
        model[to]!.splice(landed, 0, title);
        const moved = await move(api, board.id, ids.get(title)!, column[to]!.id, at);
        expect([moved.columnId, moved.position], `step ${step}: moving ${title} to ${to} at ${at ?? 'the end'}: columnId and position answered`).toEqual([column[to]!.id, landed]);
      }
      if (step % 10 === 9) expectDenseInDb(dbFile, `after step ${step + 1} of the random mix`);
    }
    expect(await titlesByColumn(api, board.id), 'after 80 random adds, moves and deletes').toEqual(model);
    const inDb = idsByColumnInDb(dbFile);
    for (const name of names) expect(inDb.get(column[name]!.id) ?? [], `the card ids of ${name} in the cards table, by position`).toEqual(model[name]!.map((title) => ids.get(title)));
  });
});

describe('Task 6: Enforce WIP limits', () => {
  /** The WIP limit of the columns, and the number of rounds, of the race of four processes. */
  const LIMIT = 3;
  const ROUNDS = 8;

  it('adding a card to a full column answers 409 wip_limit with { columnId, wipLimit, cardCount } and writes nothing', async () => {
    const { api, dbFile } = await start();
    const board = await createBoard(api);
    const doing = await createColumn(api, board.id, 'Doing', 2);
    await addCard(api, board.id, doing.id, 'one');
    await addCard(api, board.id, doing.id, 'two', 0);
    const before = dumpDb(dbFile);
    expectWipLimit(await api.post(`/boards/${board.id}/cards`, { json: { columnId: doing.id, title: 'three' } }), doing.id, 2);
    expectWipLimit(await api.post(`/boards/${board.id}/cards`, { json: { columnId: doing.id, title: 'three', position: 0 } }), doing.id, 2);
    expect(dumpDb(dbFile), 'the database after the refused card').toEqual(before);
    const one = await createColumn(api, board.id, 'Solo', 1);
    await addCard(api, board.id, one.id, 'only');
    expectWipLimit(await api.post(`/boards/${board.id}/cards`, { json: { columnId: one.id, title: 'second' } }), one.id, 1);
  });

  it('moving a card into a full column answers 409 wip_limit and leaves every row unchanged; after one leaves, it fits', async () => {
    const { api, dbFile } = await start();
    const board = await createBoard(api);
    const todo = await createColumn(api, board.id, 'Todo');
    const doing = await createColumn(api, board.id, 'Doing', 3);
    const cards: CardJson[] = [];
    for (const title of ['a', 'b', 'c', 'd', 'e']) cards.push(await addCard(api, board.id, todo.id, title));
    for (const c of cards.slice(0, 3)) await move(api, board.id, c.id, doing.id, 0);
    expect(await titlesByColumn(api, board.id), 'after moving a, b and c to the top of Doing (limit 3)').toEqual({ Todo: ['d', 'e'], Doing: ['c', 'b', 'a'] });
    const before = dumpDb(dbFile);
    expectWipLimit(await postMove(api, board.id, cards[3]!.id, { columnId: doing.id, position: 1 }), doing.id, 3);
    expectWipLimit(await postMove(api, board.id, cards[4]!.id, { columnId: doing.id }), doing.id, 3);
    expect(dumpDb(dbFile), 'the database after the refused moves into the full column').toEqual(before);
    await move(api, board.id, cards[1]!.id, todo.id, 0);
    expect((await move(api, board.id, cards[3]!.id, doing.id, 1)).position, 'd moved into Doing once b left it').toBe(1);
    expect(await titlesByColumn(api, board.id), 'after b went back and d came in').toEqual({ Todo: ['b', 'e'], Doing: ['c', 'd', 'a'] });
    expectDenseInDb(dbFile, 'after the moves around a WIP limit');
  });

  it('moving a card within a full column never counts against its WIP limit', async () => {
    const { api, dbFile } = await start();
    const board = await createBoard(api);
    const doing = await createColumn(api, board.id, 'Doing', 3);
    const cards: CardJson[] = [];
    for (const title of ['a', 'b', 'c']) cards.push(await addCard(api, board.id, doing.id, title));
    expect((await move(api, board.id, cards[0]!.id, doing.id, 2)).position, 'a moved from 0 to 2 inside the full Doing').toBe(2);
    expect((await move(api, board.id, cards[2]!.id, doing.id, 0)).position, 'c moved from 1 to 0 inside the full Doing').toBe(0);
    expect((await move(api, board.id, cards[1]!.id, doing.id)).position, 'b moved to the end of the full Doing').toBe(2);
    expect((await move(api, board.id, cards[1]!.id, doing.id, 2)).position, 'b moved to where it is').toBe(2);
    expect(await titlesByColumn(api, board.id), 'Doing after the moves').toEqual({ Doing: ['c', 'a', 'b'] });
    const solo = await createColumn(api, board.id, 'Solo', 1);
    const only = await addCard(api, board.id, solo.id, 'only');
    expect((await move(api, board.id, only.id, solo.id, 0)).position, 'the only card of a column with a WIP limit of 1, moved within it').toBe(0);
    expectDenseInDb(dbFile, 'after moves within full columns');
  });

  it('a column without a WIP limit takes any number of cards; the other board\'s column and a bad body win over a full column', async () => {
    const { api, dbFile } = await start();
    const board = await createBoard(api);
    const open = await createColumn(api, board.id, 'Open', null);
    for (let i = 0; i < 30; i++) await addCard(api, board.id, open.id, `card ${i}`, i % 3 === 0 ? 0 : undefined);
    expectDenseInDb(dbFile, 'after 30 cards in a column without a WIP limit');
    const full = await createColumn(api, board.id, 'Full', 1);
    const only = await addCard(api, board.id, full.id, 'only');
    const other = await createBoard(api, 'Other');
    const otherFull = await createColumn(api, other.id, 'Their full', 1);
    await addCard(api, other.id, otherFull.id, 'theirs');
    const first = (await getBoard(api, board.id)).columns[0]!.cards[0]!;
    const before = dumpDb(dbFile);
    expectColumnNotFound(await postMove(api, board.id, first.id, { columnId: otherFull.id, position: 0 }));
    expectInvalid(await postMove(api, board.id, first.id, { columnId: full.id, position: -1 }), 'position');
    expectInvalid(await api.post(`/boards/${board.id}/cards`, { json: { columnId: full.id, title: '' } }), 'title');
    expect(dumpDb(dbFile), 'the database after the refused requests').toEqual(before);
    expect((await move(api, board.id, only.id, open.id, 0)).position, 'the card of Full moved to the top of Open').toBe(0);
    expect((await move(api, board.id, first.id, full.id)).position, 'a card moved into Full once it was empty').toBe(0);
  });

  it('160 moves and adds racing from four app processes: a column never ends above its WIP limit, positions stay dense, no 5xx', async () => {
    const { api, dbFile } = await start();
    const board = await createBoard(api);
    const todo = await createColumn(api, board.id, 'Todo');
    const cards: CardJson[] = [];
    for (let i = 0; i < 120; i++) cards.push(await addCard(api, board.id, todo.id, `task ${i}`));
    // ROUNDS columns, each one card below its WIP limit: as many races for a last place.
    const doing: ColumnJson[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      doing.push(await createColumn(api, board.id, `Doing ${round}`, LIMIT));
      for (let i = 0; i < LIMIT - 1; i++) await addCard(api, board.id, doing[round]!.id, `started ${round}.${i}`);
    }
    await api.close();
    const { apps, stderr } = await startAppProcesses(4, { options: { dbFile }, start: START });
    const random = seededRandom(4);
    const wrong: string[] = [];
    let movedOut = 0;
    let next = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // All at once, spread over the four processes: 12 moves and 2 adds into this round's
      // column, and 6 moves that reorder cards within Todo (cards 100 to 109).
      const requests: Array<{ toDoing: boolean; ok: number; send: () => Promise<HttpResponse> }> = [];
      for (let i = 0; i < 12; i++) {
        const card = cards[next++]!;
        requests.push({ toDoing: true, ok: 200, send: () => postMove(apps[i % 4]!, board.id, card.id, { columnId: doing[round]!.id, position: Math.floor(random() * LIMIT) }) });
      }
      for (let i = 0; i < 2; i++) requests.push({ toDoing: true, ok: 201, send: () => apps[(i + round) % 4]!.post(`/boards/${board.id}/cards`, { json: { columnId: doing[round]!.id, title: `new ${round}.${i}` } }) });
      for (let i = 0; i < 6; i++) requests.push({ toDoing: false, ok: 200, send: () => postMove(apps[(i + 1) % 4]!, board.id, cards[100 + ((round + i) % 10)]!.id, { columnId: todo.id, position: Math.floor(random() * 120) }) });
      const responses = await Promise.all(requests.map((request) => request.send()));
      let won = 0;
      for (const [i, res] of responses.entries()) {
        const { toDoing, ok } = requests[i]!;
        if (res.status === ok) {
          if (toDoing) won++;
          if (toDoing && ok === 200) movedOut++;
        } else if (!(toDoing && res.status === 409 && (res.json as { error?: { code?: unknown } })?.error?.code === 'wip_limit')) {
          wrong.push(`${res.request}: ${res.status} ${res.text.slice(0, 120)}`);
        }
      }
      if (wrong.length === 0 && won !== 1) wrong.push(`round ${round + 1}: ${won} moves and adds into "Doing ${round}" (${LIMIT - 1} cards, WIP limit ${LIMIT}) answered 2xx; exactly one should win its last place`);
    }
    expect(wrong, `${ROUNDS} rounds of 20 requests sent to four app processes at once: moves and adds into a column one card below its WIP limit answer 2xx (exactly one) or 409 wip_limit, the moves within Todo 200 (the WIP check and the move in ONE immediate transaction; SQLITE_BUSY must not reach the client). Server stderr:\n${stderr().slice(-600)}`).toEqual([]);
    const byColumn = idsByColumnInDb(dbFile);
    for (const column of doing) {
      expect(byColumn.get(column.id)?.length ?? 0, `cards of "${column.name}" in the cards table after the race: exactly its WIP limit of ${LIMIT} (more means the count was read outside the transaction of the move)`).toBe(LIMIT);
    }
    expect(byColumn.get(todo.id)?.length ?? 0, `cards of Todo: the 120 it had, minus the ${movedOut} moved out`).toBe(120 - movedOut);
    expectDenseInDb(dbFile, 'after the concurrent moves and adds');
  }, 30_000);

  it('hostile input on every route of the Interface is refused with a 4xx JSON error, never a 5xx', async () => {
    const { api } = await start();
    const { board, column, card } = await boardWith(api, { Todo: ['a', 'b'] });
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/boards', body: { name: 'Board' } },
        { method: 'GET', path: '/boards/:boardId' },
        { method: 'POST', path: '/boards/:boardId/columns', body: { name: 'Col', wipLimit: 2 } },
        { method: 'POST', path: '/boards/:boardId/cards', body: { columnId: column.Todo!.id, title: 'Card', position: 0 } },
        { method: 'GET', path: '/boards/:boardId/cards/:cardId' },
        { method: 'POST', path: '/boards/:boardId/cards/:cardId/move', body: { columnId: column.Todo!.id, position: 1 } },
        { method: 'DELETE', path: '/boards/:boardId/cards/:spareId' },
      ],
      { params: { boardId: String(board.id), cardId: String(card.a!.id), spareId: String(card.b!.id) } },
    );
  });

  it('SQL in names and titles is stored as sent; SQL in ids is a 404 that touches nothing', async () => {
    const { api, dbFile } = await start();
    const hostile = ["Robert'); DROP TABLE cards;--", "' OR 1=1 --", 'x"; UPDATE cards SET position = 0; --', '%_\\\'"`;'];
    const board = await createBoard(api, hostile[0]!);
    const column = await createColumn(api, board.id, hostile[1]!);
    for (const title of hostile) expect((await addCard(api, board.id, column.id, title)).title, `a card titled ${JSON.stringify(title)}`).toBe(title);
    expect(await titlesByColumn(api, board.id), `GET /boards/${board.id}`).toEqual({ [hostile[1]!]: hostile });
    const before = dumpDb(dbFile);
    expectApiError(await api.delete(`/boards/${board.id}/cards/${encodeURIComponent('1 OR 1=1')}`), 404, 'not_found');
    expectApiError(await postMove(api, board.id, 1, { columnId: `${column.id} OR 1=1`, position: 0 }), 400, 'validation_failed');
    expect(dumpDb(dbFile), 'the database after SQL in ids').toEqual(before);
    expectDenseInDb(dbFile, 'after the hostile titles');
  });
});
