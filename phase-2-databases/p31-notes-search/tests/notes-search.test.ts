// The hidden suite of p31 notes-search. It reaches the app only through what SPEC.md's Interface
// promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), the drizzle/
// migrations, and the notes table with its columns id, title, body, created_at and updated_at,
// which the checks write to with plain SQL: the search index must follow every write to notes,
// whoever makes it, so an index kept in sync by JavaScript fails. The FTS5 table's name is the
// learner's: the integrity check finds every FTS5 table in sqlite_master.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  expectAllow,
  expectApiError,
  expectHostileInputRefused,
  expectMigrationsApplied,
  expectNo5xx,
  expectStatus,
  load,
  migrationTags,
  serve,
  tempDbFile,
  withRawDb,
  type HttpResponse,
  type TestServer,
} from '#testkit';
import {
  HIT_FIELDS,
  START,
  createNote,
  expectInvalid,
  expectNoteShape,
  foundIds,
  ftsIntegrity,
  getNote,
  rankedIds,
  rawInsert,
  rawRun,
  search,
  start,
  type AppModule,
} from './helpers.js';

const MINUTE = 60_000;

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next (and mutation testing sees each check run that code).
beforeEach(() => {
  vi.resetModules();
});

/** How many rows the notes table holds. */
function noteCount(dbFile: string): number {
  return withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM notes').pluck().get() as number);
}

/** The row of the notes table with this id, as plain SQL reads it. */
function noteRow(dbFile: string, id: number): Record<string, unknown> | undefined {
  return withRawDb(dbFile, (db) => db.prepare('SELECT id, title, body, created_at, updated_at FROM notes WHERE id = ?').get(id) as Record<string, unknown> | undefined);
}

/** Asserts a 400 validation_failed naming q for GET /notes/search?q=<q>. */
async function expectBadQuery(api: TestServer, q: string, why: string): Promise<void> {
  const res = await api.get(`/notes/search?q=${encodeURIComponent(q)}`);
  expect(res.status, `GET /notes/search?q=${JSON.stringify(q)}: ${why}, so the SPEC expects 400 validation_failed naming q (got ${res.status} ${res.text.slice(0, 200)})`).toBe(400);
  expectInvalid(res, 'q');
}

describe('Task 1: Create and read notes', () => {
  it('createApp with dbFile and now applies the migrations in drizzle/ and creates the notes table with the columns of the Interface', async () => {
    const { api, dbFile } = await start();
    await api.close();
    expectMigrationsApplied(dbFile);
    const columns = withRawDb(dbFile, (db) => (db.prepare("SELECT name FROM pragma_table_info('notes')").pluck().all() as string[]));
    for (const column of ['id', 'title', 'body', 'created_at', 'updated_at']) {
      expect(columns, `the notes table should have a column ${column} (the Interface names it)`).toContain(column);
    }
  });

  it('POST /notes answers 201 with the note and a Location header; GET /notes/:id reads it back', async () => {
    const { api, dbFile } = await start();
    const res = await api.post('/notes', { json: { title: 'Groceries', body: 'milk, eggs and bread' } });
    expectStatus(res, 201);
    const note = expectNoteShape(res);
    expect(note, 'the created note').toEqual({ id: note.id, title: 'Groceries', body: 'milk, eggs and bread', createdAt: START, updatedAt: START });
    const location = res.headers.get('location') ?? '';
    expect(location.endsWith(`/notes/${note.id}`), `${res.request}: Location should be /notes/${note.id}, got "${location}"`).toBe(true);
    expect(await getNote(api, note.id), `GET /notes/${note.id}`).toEqual(note);
    expect(noteRow(dbFile, note.id), `the row of notes with id ${note.id} (created_at in milliseconds)`).toEqual({
      id: note.id,
      title: 'Groceries',
      body: 'milk, eggs and bread',
      created_at: Date.parse(START),
      updated_at: Date.parse(START),
    });
  });

  it('each note gets its own id and its times from the injected clock; a row written with plain SQL is read too', async () => {
    const started = await start();
    const first = await createNote(started.api, 'First', 'one');
    started.clock.advance(MINUTE);
    const second = await createNote(started.api, 'Second', 'two');
    expect(second.id, 'the second note gets another id').not.toBe(first.id);
    expect(second.createdAt, 'createdAt of a note created one minute later').toBe('2026-01-15T12:01:00.000Z');
    expect(second.updatedAt, 'updatedAt of a new note equals its createdAt').toBe('2026-01-15T12:01:00.000Z');
    const rawId = rawInsert(started.dbFile, 'Raw note', 'written by a script', Date.parse('2026-02-01T08:30:00.000Z'));
    withRawDb(started.dbFile, (db) => db.prepare('INSERT INTO notes (id, title, body, created_at, updated_at) VALUES (4242, ?, ?, 0, 0)').run('Far', 'away'));
    expect(await getNote(started.api, 4242), 'GET /notes/4242 of a row INSERTed with plain SQL and id 4242').toEqual({
      id: 4242, title: 'Far', body: 'away', createdAt: '1970-01-01T00:00:00.000Z', updatedAt: '1970-01-01T00:00:00.000Z',
    });
    expect(await getNote(started.api, rawId), `GET /notes/${rawId} of a row INSERTed with plain SQL`).toEqual({
      id: rawId,
      title: 'Raw note',
      body: 'written by a script',
      createdAt: '2026-02-01T08:30:00.000Z',
      updatedAt: '2026-02-01T08:30:00.000Z',
    });
  });

  it('now is optional: without it the times come from the real clock', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const api = await serve(createApp({ dbFile: tempDbFile() }));
    const note = await createNote(api, 'Clock', '');
    expect(note.createdAt, 'createdAt without a now option').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('text is stored exactly as sent: quotes, brackets, HTML, SQL and FTS5 syntax; an empty body is fine', async () => {
    const { api } = await start();
    const cases: Array<[string, string]> = [
      ['  Spaced  title ', ''],
      ['"quoted" NEAR(a b) title:x -y *', "Robert'); DROP TABLE notes;--"],
      ['<script>alert(1)</script>', '[not a mark] and {braces} é ü 日本 🙂\nsecond line\ttab'],
      ['x'.repeat(200), 'y'.repeat(10_000)],
    ];
    for (const [title, body] of cases) {
      const note = await createNote(api, title, body);
      expect([note.title, note.body], `POST /notes with title ${JSON.stringify(title.slice(0, 40))}: stored exactly as sent`).toEqual([title, body]);
      const read = await getNote(api, note.id);
      expect([read.title, read.body], `GET /notes/${note.id}: the text exactly as sent`).toEqual([title, body]);
    }
  });

  it('a missing, blank, too long or wrongly typed title or body, or an unknown field, answers 400 validation_failed naming it', async () => {
    const { api, dbFile } = await start();
    const cases: Array<[unknown, string]> = [
      [{ body: 'no title' }, 'title'],
      [{ title: 'no body' }, 'body'],
      [{ title: '', body: '' }, 'title'],
      [{ title: '   ', body: '' }, 'title'],
      [{ title: 'x'.repeat(201), body: '' }, 'title'],
      [{ title: 'ok', body: 'y'.repeat(10_001) }, 'body'],
      [{ title: 42, body: '' }, 'title'],
      [{ title: null, body: '' }, 'title'],
      [{ title: ['a'], body: '' }, 'title'],
      [{ title: 'ok', body: 7 }, 'body'],
      [{ title: 'ok', body: null }, 'body'],
      [{ title: 'ok', body: { $ne: '' } }, 'body'],
      [{ title: 'ok', body: '', id: 5 }, 'id'],
      [{ title: 'ok', body: '', tags: ['x'] }, 'tags'],
    ];
    for (const [json, field] of cases) expectInvalid(await api.post('/notes', { json }), field);
    expectApiError(await api.post('/notes', { json: [{ title: 'a', body: '' }] }), 400, 'validation_failed');
    expectApiError(await api.post('/notes', { body: '{"title": "a",', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.post('/notes', { body: 'title=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expect(noteCount(dbFile), 'rows in notes after refused POSTs').toBe(0);
  });

  it('bodies: broken JSON or gzip is 400 invalid_json, another type or charset 415, over 64 KiB 413, a broken URL 400 bad_request', async () => {
    const { api, dbFile } = await start();
    const json = JSON.stringify({ title: 'T', body: 'B' });
    expectApiError(await api.post('/notes', { body: '{"title": "a",', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.post('/notes', { body: json, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }), 400, 'invalid_json');
    expectApiError(await api.post('/notes', { body: json, headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/notes', { body: json, headers: { 'content-type': 'application/json; charset=latin1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/notes', { body: json, headers: { 'content-type': 'application/json', 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/notes', { json: { title: 'Big', body: 'y'.repeat(70_000) } }), 413, 'payload_too_large');
    expectApiError(await api.get('/notes/%ZZ'), 400, 'bad_request');
    expect(noteCount(dbFile), 'rows in notes after refused bodies').toBe(0);
    const note = await createNote(api, 'Fits', 'y'.repeat(10_000));
    expectApiError(await api.patch(`/notes/${note.id}`, { json: { body: 'z'.repeat(70_000) } }), 413, 'payload_too_large');
  });

  it('GET /notes/:id of an unknown or malformed id answers 404 not_found', async () => {
    const { api } = await start();
    const note = await createNote(api, 'Only', '');
    for (const id of [String(note.id + 1), '0', 'abc', '1.5', '-1', '1%20OR%201=1', '99999999999999999999']) {
      expectApiError(await api.get(`/notes/${id}`), 404, 'not_found');
    }
  });

  it('unknown routes are 404, wrong methods 405 with Allow, and app.locals.close makes later requests a JSON 500', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: tempDbFile(), now: () => new Date(START) }) as ReturnType<AppModule['createApp']> & { locals: { close?: () => unknown } };
    const api = await serve((req, res) => app(req, res));
    const note = await createNote(api, 'A', 'b');
    expectApiError(await api.get('/nope'), 404, 'not_found');
    expectApiError(await api.get(`/notes/${note.id}/tags`), 404, 'not_found');
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await api.request(method, '/notes');
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['POST']);
    }
    for (const method of ['PUT', 'POST']) {
      const res = await api.request(method, `/notes/${note.id}`, { json: { title: 'x', body: '' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['DELETE', 'GET', 'HEAD', 'PATCH']);
    }
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    await app.locals.close?.();
    expectApiError(await api.get(`/notes/${note.id}`), 500, 'internal');
  });

  it('a restart on the same file keeps every note and applies no migration twice; two files share nothing', async () => {
    const first = await start();
    const note = await createNote(first.api, 'Keep me', 'across restarts');
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await getNote(second.api, note.id), `GET /notes/${note.id} after the restart`).toEqual(note);
    const other = await start();
    expectApiError(await other.api.get(`/notes/${note.id}`), 404, 'not_found');
    await second.api.close();
    const applied = withRawDb(first.dbFile, (db) => db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get());
    expect(applied, 'rows in __drizzle_migrations after two starts').toBe(migrationTags().length);
  });
});

describe('Task 2: Edit and delete notes', () => {
  it('PATCH /notes/:id changes only the fields sent and moves updatedAt, not createdAt', async () => {
    const started = await start();
    const { api, clock, dbFile } = started;
    const note = await createNote(api, 'Draft', 'first words');
    clock.advance(5 * MINUTE);
    const res = await api.patch(`/notes/${note.id}`, { json: { title: 'Final' } });
    expectStatus(res, 200);
    expect(expectNoteShape(res), `PATCH /notes/${note.id} with { title }`).toEqual({ ...note, title: 'Final', updatedAt: '2026-01-15T12:05:00.000Z' });
    clock.advance(MINUTE);
    const bodyOnly = await api.patch(`/notes/${note.id}`, { json: { body: '' } });
    expectStatus(bodyOnly, 200);
    expect(expectNoteShape(bodyOnly), `PATCH /notes/${note.id} with { body: "" }`).toEqual({ ...note, title: 'Final', body: '', updatedAt: '2026-01-15T12:06:00.000Z' });
    clock.advance(MINUTE);
    const both = await api.patch(`/notes/${note.id}`, { json: { title: 'Both', body: 'new words' } });
    expectStatus(both, 200);
    const expected = { ...note, title: 'Both', body: 'new words', updatedAt: '2026-01-15T12:07:00.000Z' };
    expect(expectNoteShape(both), `PATCH /notes/${note.id} with { title, body }`).toEqual(expected);
    expect(await getNote(api, note.id), `GET /notes/${note.id} after the PATCHes`).toEqual(expected);
    expect(noteRow(dbFile, note.id), `the row of notes ${note.id} after the PATCHes`).toEqual({
      id: note.id, title: 'Both', body: 'new words', created_at: Date.parse(START), updated_at: Date.parse('2026-01-15T12:07:00.000Z'),
    });
  });

  it('an invalid PATCH answers 400 validation_failed naming the field and changes nothing', async () => {
    const { api, dbFile } = await start();
    const note = await createNote(api, 'Stable', 'text');
    const cases: Array<[unknown, string]> = [
      [{}, 'body'],
      [{ title: '' }, 'title'],
      [{ title: '  ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ body: 'y'.repeat(10_001) }, 'body'],
      [{ title: null }, 'title'],
      [{ body: 3 }, 'body'],
      [{ title: 'ok', createdAt: START }, 'createdAt'],
      [{ id: 9 }, 'id'],
    ];
    for (const [json, field] of cases) expectInvalid(await api.patch(`/notes/${note.id}`, { json }), field);
    expect(await getNote(api, note.id), `GET /notes/${note.id} after refused PATCHes`).toEqual(note);
    expect(noteRow(dbFile, note.id)?.title, 'the title in the notes table').toBe('Stable');
  });

  it('DELETE /notes/:id answers 204, removes the row, and the note is gone', async () => {
    const { api, dbFile } = await start();
    const keep = await createNote(api, 'Keep', '');
    const gone = await createNote(api, 'Gone', '');
    const res = await api.delete(`/notes/${gone.id}`);
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expectApiError(await api.get(`/notes/${gone.id}`), 404, 'not_found');
    expectApiError(await api.delete(`/notes/${gone.id}`), 404, 'not_found');
    expect(noteRow(dbFile, gone.id), `the row of notes ${gone.id} after DELETE`).toBeUndefined();
    expect(await getNote(api, keep.id), 'the other note is still there').toEqual(keep);
  });

  it('PATCH and DELETE of an unknown or malformed id answer 404 not_found and write nothing', async () => {
    const { api, dbFile } = await start();
    const note = await createNote(api, 'Only', 'one');
    for (const id of [String(note.id + 1), 'abc', '1.0', '0x1']) {
      expectApiError(await api.patch(`/notes/${id}`, { json: { title: 'Changed' } }), 404, 'not_found');
      expectApiError(await api.delete(`/notes/${id}`), 404, 'not_found');
    }
    expect(noteCount(dbFile), 'rows in notes').toBe(1);
    expect(await getNote(api, note.id), `GET /notes/${note.id}`).toEqual(note);
  });
});

describe('Task 3: Search with an index kept in sync', () => {
  it('GET /notes/search with q finds the notes whose title or body holds every word, ignoring case and accents', async () => {
    const { api } = await start();
    const both = await createNote(api, 'Fruit salad', 'Apple and banana, cut small');
    const apple = await createNote(api, 'Apple pie', 'Bake for forty minutes');
    const cherry = await createNote(api, 'Dessert', 'Cherry clafoutis at the Café');
    expect(await foundIds(api, 'apple'), 'q=apple (in a title or a body)').toEqual([both.id, apple.id].sort((a, b) => a - b));
    expect(await foundIds(api, 'apple banana'), 'q=apple banana (every word must be there)').toEqual([both.id]);
    expect(await foundIds(api, '  BANANA   apple '), 'q=  BANANA   apple  (case and spaces do not matter)').toEqual([both.id]);
    expect(await foundIds(api, 'cafe'), 'q=cafe finds Café (the default tokenizer ignores accents)').toEqual([cherry.id]);
    expect(await foundIds(api, 'kiwi'), 'q=kiwi (no note has it)').toEqual([]);
    expect(await foundIds(api, 'apple kiwi'), 'q=apple kiwi (kiwi is in no note)').toEqual([]);
  });

  it('words match whole words only: no prefix without a star, no stemming', async () => {
    const { api } = await start();
    const note = await createNote(api, 'Running shoes', 'applesauce for the runners');
    expect(await foundIds(api, 'run'), 'q=run (running is another word)').toEqual([]);
    expect(await foundIds(api, 'apple'), 'q=apple (applesauce is another word)').toEqual([]);
    expect(await foundIds(api, 'running'), 'q=running').toEqual([note.id]);
  });

  it('a note INSERTed into notes with plain SQL is found: the index follows the table, not the app', async () => {
    const { api, dbFile } = await start();
    await createNote(api, 'Through the API', 'zebra crossing');
    const rawId = rawInsert(dbFile, 'Written by a script', 'A giraffe and a zebra');
    expect(await foundIds(api, 'giraffe'), `q=giraffe after INSERT INTO notes (id ${rawId}) with plain SQL`).toEqual([rawId]);
    expect((await foundIds(api, 'zebra')).length, 'q=zebra: the API note and the raw one').toBe(2);
    expect(await foundIds(api, 'script'), 'q=script (a word of the raw title)').toEqual([rawId]);
  });

  it('an UPDATE of notes with plain SQL moves the note in the index: new words found, old words gone', async () => {
    const { api, dbFile } = await start();
    const note = await createNote(api, 'Travel plans', 'Train to Lisbon');
    const other = await createNote(api, 'Other', 'Lisbon again');
    expect(rawRun(dbFile, 'UPDATE notes SET body = ? WHERE id = ?', 'Flight to Porto', note.id), 'rows changed by the UPDATE').toBe(1);
    expect(await foundIds(api, 'porto'), 'q=porto after UPDATE notes SET body = ...Porto with plain SQL').toEqual([note.id]);
    expect(await foundIds(api, 'train'), 'q=train: the old body must be out of the index').toEqual([]);
    expect(await foundIds(api, 'lisbon'), 'q=lisbon: only the note that still says it').toEqual([other.id]);
    rawRun(dbFile, 'UPDATE notes SET title = ? WHERE id = ?', 'Holiday ideas', note.id);
    expect(await foundIds(api, 'holiday'), 'q=holiday after UPDATE notes SET title with plain SQL').toEqual([note.id]);
    expect(await foundIds(api, 'travel'), 'q=travel: the old title must be out of the index').toEqual([]);
    expect(await foundIds(api, 'porto'), 'q=porto: the body did not change with the title').toEqual([note.id]);
  });

  it('a note DELETEd from notes with plain SQL is no longer found, and the others still are', async () => {
    const { api, dbFile } = await start();
    const gone = await createNote(api, 'Old recipe', 'pancakes with syrup');
    const kept = await createNote(api, 'New recipe', 'pancakes with lemon');
    expect(rawRun(dbFile, 'DELETE FROM notes WHERE id = ?', gone.id), 'rows deleted').toBe(1);
    expect(await foundIds(api, 'pancakes'), 'q=pancakes after DELETE FROM notes of one of them with plain SQL').toEqual([kept.id]);
    expect(await foundIds(api, 'syrup'), 'q=syrup: only the deleted note had it').toEqual([]);
    expect(await foundIds(api, 'recipe'), 'q=recipe').toEqual([kept.id]);
    // The id may be used again (an explicit id in an INSERT): the old words must not come back with it.
    withRawDb(dbFile, (db) => db.prepare('INSERT INTO notes (id, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(gone.id, 'Reused id', 'waffles', 0, 0));
    expect(await foundIds(api, 'syrup'), `q=syrup after a new note (without syrup) was inserted with the deleted note's id ${gone.id}`).toEqual([]);
    expect(await foundIds(api, 'waffles'), 'q=waffles').toEqual([gone.id]);
  });

  it('PATCH and DELETE through the API keep the search in step', async () => {
    const { api } = await start();
    const note = await createNote(api, 'Meeting', 'agenda: budget');
    const other = await createNote(api, 'Budget', 'numbers');
    expectStatus(await api.patch(`/notes/${note.id}`, { json: { body: 'agenda: hiring' } }), 200);
    expect(await foundIds(api, 'hiring'), 'q=hiring after PATCH of the body').toEqual([note.id]);
    expect(await foundIds(api, 'budget'), 'q=budget: the PATCHed note no longer says it').toEqual([other.id]);
    expectStatus(await api.patch(`/notes/${note.id}`, { json: { title: 'Standup' } }), 200);
    expect(await foundIds(api, 'meeting'), 'q=meeting after the title changed').toEqual([]);
    expect(await foundIds(api, 'standup hiring'), 'q=standup hiring (new title, body kept)').toEqual([note.id]);
    expectStatus(await api.delete(`/notes/${note.id}`), 204);
    expect(await foundIds(api, 'hiring'), 'q=hiring after DELETE').toEqual([]);
    expect(await foundIds(api, 'numbers'), 'q=numbers (the other note)').toEqual([other.id]);
  });

  it('after writes of every kind the FTS5 index passes its own integrity-check against the notes table', async () => {
    const { api, dbFile } = await start();
    const a = await createNote(api, 'Alpha', 'first body');
    const b = await createNote(api, 'Beta', 'second body');
    await api.patch(`/notes/${a.id}`, { json: { body: 'changed body' } });
    await api.delete(`/notes/${b.id}`);
    const rawId = rawInsert(dbFile, 'Gamma', 'raw body');
    rawRun(dbFile, 'UPDATE notes SET title = ?, body = ? WHERE id = ?', 'Delta', 'raw changed', rawId);
    rawInsert(dbFile, 'Epsilon', 'to be deleted');
    rawRun(dbFile, "DELETE FROM notes WHERE title = 'Epsilon'");
    await api.close();
    const { tables, problems } = ftsIntegrity(dbFile);
    expect(tables.length, 'FTS5 virtual tables in the database (CREATE VIRTUAL TABLE ... USING fts5)').toBeGreaterThan(0);
    expect(problems, "INSERT INTO <fts table>(<fts table>, rank) VALUES ('integrity-check', 1) on each FTS5 table").toEqual([]);
  });

  it('FTS5 operators in q are plain words: OR, NOT, AND, NEAR, minus, caret, plus, title: and parentheses', async () => {
    const { api } = await start();
    const apple = await createNote(api, 'Apple', 'just an apple');
    const banana = await createNote(api, 'Banana', 'only a banana');
    const or = await createNote(api, 'Choice', 'apple or banana, not both');
    const near = await createNote(api, 'Orchard', 'a house near apple trees and a banana');
    const titled = await createNote(api, 'Title', 'the title apple of a book');
    const sorted = (...ids: number[]) => ids.sort((x, y) => x - y);
    expect(await foundIds(api, 'apple OR banana'), 'q=apple OR banana: three words, all required (OR is a word)').toEqual([or.id]);
    expect(await foundIds(api, 'banana NOT both'), 'q=banana NOT both: NOT is a word').toEqual([or.id]);
    expect(await foundIds(api, 'apple AND banana'), 'q=apple AND banana: AND is a word, which only one note has').toEqual([near.id]);
    expect(await foundIds(api, '-apple'), 'q=-apple: the - is punctuation, not "without"').toEqual(sorted(apple.id, or.id, near.id, titled.id));
    expect(await foundIds(api, 'NEAR(apple banana)'), 'q=NEAR(apple banana): the words "near apple" next to each other, and banana').toEqual([near.id]);
    expect(await foundIds(api, 'title:apple'), 'q=title:apple: the words "title apple" next to each other, not a column filter').toEqual([titled.id]);
    expect(await foundIds(api, '^banana'), 'q=^banana').toEqual(sorted(banana.id, or.id, near.id));
    expect(await foundIds(api, 'apple + banana'), 'q=apple + banana: the lone + is ignored').toEqual(sorted(or.id, near.id));
    expect(await foundIds(api, '(banana) only'), 'q=(banana) only').toEqual([banana.id]);
    expect(await foundIds(api, "' OR 1=1 --"), "q=' OR 1=1 --: no note has the words or, 1, 1").toEqual([]);
  });

  it('q missing, empty, repeated, longer than 200 characters, or without a letter or digit answers 400 naming q', async () => {
    const { api } = await start();
    const note = await createNote(api, 'Something', 'to find');
    expectInvalid(await api.get('/notes/search'), 'q');
    expectInvalid(await api.get('/notes/search?q=a&q=b'), 'q');
    await expectBadQuery(api, '', 'q is empty');
    await expectBadQuery(api, '    ', 'q has only spaces');
    await expectBadQuery(api, '- ( ) : ^ + !', 'q has no letter or digit');
    await expectBadQuery(api, `${'find '.repeat(40)}x`, 'q is 201 characters long');
    await expectBadQuery(api, 'find\u0000', 'q holds the character U+0000');
    const longest = `${'find '.repeat(39)}find `;
    expect(longest.length).toBe(200);
    expect(await foundIds(api, longest), 'q of exactly 200 characters is allowed').toEqual([note.id]);
    expect(await foundIds(api, 'to - find'), 'q=to - find: the lone - is ignored, the rest searched').toEqual([note.id]);
  });

  it('GET /notes/search answers other methods with 405 and Allow: GET, HEAD; the index survives a restart', async () => {
    const first = await start();
    const note = await createNote(first.api, 'Persistent', 'indexed before the restart');
    for (const method of ['POST', 'PATCH', 'DELETE']) {
      const res = await first.api.request(method, '/notes/search?q=x', { json: { title: 'x' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['GET', 'HEAD']);
    }
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await foundIds(second.api, 'restart'), 'q=restart after a restart').toEqual([note.id]);
  });
});

describe('Task 4: Rank results and show snippets', () => {
  it('each result has exactly the fields id, title and snippet, with the title as stored', async () => {
    const { api } = await start();
    const note = await createNote(api, 'Shopping <list>', 'Buy milk');
    const hits = await search(api, 'milk');
    expect(hits.length, 'q=milk: one result').toBe(1);
    expect(Object.keys(hits[0]!).sort(), 'the fields of a result').toEqual(HIT_FIELDS);
    expect(hits[0], 'q=milk').toEqual({ id: note.id, title: 'Shopping <list>', snippet: 'Buy [milk]' });
  });

  it('a word in the title ranks above the same word in the body: title weighted 10, body 1', async () => {
    const { api } = await start();
    const inBody = await createNote(api, 'Garden log', 'Planted tomatoes by the fence today');
    const inTitle = await createNote(api, 'Tomatoes', 'Planted by the fence on a sunny day');
    expect(await rankedIds(api, 'tomatoes'), 'q=tomatoes: the note with it in its title first').toEqual([inTitle.id, inBody.id]);
    expect(await rankedIds(api, 'planted'), 'q=planted: both only in the body, equally often; the shorter body first').toEqual([inBody.id, inTitle.id]);
  });

  it('more occurrences rank higher, best match first: bm25 ascending', async () => {
    const { api } = await start();
    const once = await createNote(api, 'Soup', 'leek soup with potato and cream tonight');
    const thrice = await createNote(api, 'Soup', 'leek soup, leek pie and leek tart tonight');
    const twice = await createNote(api, 'Soup', 'leek soup with leek and cream tonight');
    expect(await rankedIds(api, 'leek'), 'q=leek: three, two, then one occurrence').toEqual([thrice.id, twice.id, once.id]);
    expect(await rankedIds(api, 'tonight'), 'q=tonight: once in each body; the two bodies of 7 words tie (ascending id), then the body of 8 words').toEqual([once.id, twice.id, thrice.id]);
  });

  it('results that rank equally come in ascending id order', async () => {
    const { api } = await start();
    const ids = [];
    for (let i = 0; i < 4; i += 1) ids.push((await createNote(api, 'Same', 'identical text here')).id);
    expect(await rankedIds(api, 'identical'), 'q=identical over four identical notes').toEqual(ids);
  });

  it('snippets mark every matched word with square brackets, from the body, and leave the text as it is', async () => {
    const { api } = await start();
    const short = await createNote(api, 'Pie', 'Bake the apple pie, then the apple tart');
    const html = await createNote(api, 'Markup', '<b>apple</b> & [x] "quoted"');
    const titleOnly = await createNote(api, 'Apple', 'Nothing about fruit here');
    const hits = await search(api, 'apple');
    const snippet = (id: number) => hits.find((hit) => hit.id === id)?.snippet;
    expect(snippet(short.id), 'q=apple: the snippet of "Bake the apple pie, then the apple tart"').toBe('Bake the [apple] pie, then the [apple] tart');
    expect(snippet(html.id), 'q=apple: the snippet of "<b>apple</b> & [x] \\"quoted\\"" (plain text, nothing escaped)').toBe('<b>[apple]</b> & [x] "quoted"');
    expect(snippet(titleOnly.id), 'q=apple: a note that has the word only in its title: its body, unmarked').toBe('Nothing about fruit here');
    const two = await search(api, 'pie tart');
    expect(two.map((hit) => hit.snippet), 'q=pie tart').toEqual(['Bake the apple [pie], then the apple [tart]']);
  });

  it('a long body is cut to 10 words around the best match, with … where text was left out', async () => {
    const { api } = await start();
    const body = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
    const note = await createNote(api, 'Counting', body);
    const hit = async (q: string) => (await search(api, q)).find((h) => h.id === note.id)?.snippet;
    expect(await hit('three'), 'q=three').toBe('one two [three] four five six seven eight nine ten…');
    expect(await hit('fourteen'), 'q=fourteen').toBe('…ten eleven twelve thirteen [fourteen] fifteen sixteen seventeen eighteen nineteen…');
    expect(await hit('ten'), 'q=ten').toBe('one two three four five six seven eight nine [ten]…');
    expect(await hit('counting'), 'q=counting (only in the title): the first 10 words of the body').toBe('one two three four five six seven eight nine ten…');
  });

  it('limit caps the results, default 20 and at most 50, and keeps the best ones', async () => {
    const { api } = await start();
    const ids: number[] = [];
    // Note i says "report" i + 1 times in a body of 30 words: the later the note, the better it ranks.
    for (let i = 0; i < 25; i += 1) {
      const words = [...Array<string>(i + 1).fill('report'), ...Array<string>(29 - i).fill('filler')];
      ids.push((await createNote(api, `Week ${i}`, words.join(' '))).id);
    }
    const best = [...ids].reverse();
    expect(await rankedIds(api, 'report'), 'q=report without limit: the 20 best').toEqual(best.slice(0, 20));
    expect(await rankedIds(api, 'report', '&limit=5'), 'q=report&limit=5').toEqual(best.slice(0, 5));
    expect(await rankedIds(api, 'report', '&limit=1'), 'q=report&limit=1').toEqual(best.slice(0, 1));
    expect(await rankedIds(api, 'report', '&limit=3&page=2&sort=id'), 'q=report&limit=3&page=2&sort=id (other parameters are ignored)').toEqual(best.slice(0, 3));
    expect(await rankedIds(api, 'report', '&limit=50'), 'q=report&limit=50: all 25').toEqual(best);
    for (const limit of ['0', '51', '-1', '1.5', 'abc', '', '1e1', '%205']) {
      const res = await api.get(`/notes/search?q=report&limit=${limit}`);
      expectInvalid(res, 'limit');
    }
    expectInvalid(await api.get('/notes/search?q=report&limit=5&limit=6'), 'limit');
  });
});

describe('Task 5: Phrases and prefixes', () => {
  it('"a quoted phrase" finds the words next to each other, in that order, and is marked as one', async () => {
    const { api } = await start();
    const fox = await createNote(api, 'Typing', 'The quick brown fox jumps');
    const swapped = await createNote(api, 'Swapped', 'The brown quick fox sleeps');
    expect(await foundIds(api, 'quick brown'), 'q=quick brown (two words, any order)').toEqual([fox.id, swapped.id]);
    expect(await foundIds(api, '"quick brown"'), 'q="quick brown"').toEqual([fox.id]);
    expect(await foundIds(api, '"brown fox"'), 'q="brown fox"').toEqual([fox.id]);
    expect(await foundIds(api, '"quick  fox" sleeps'), 'q="quick  fox" sleeps (a phrase and a word)').toEqual([swapped.id]);
    expect(await foundIds(api, 'jumps"brown  quick"'), 'q=jumps"brown  quick" (a quote also ends a word)').toEqual([]);
    expect(await foundIds(api, 'fox"brown quick"'), 'q=fox"brown quick"').toEqual([swapped.id]);
    expect((await search(api, '"quick brown"'))[0]?.snippet, 'the snippet for q="quick brown"').toBe('The [quick brown] fox jumps');
  });

  it('inside quotes, operators and stars are words too', async () => {
    const { api } = await start();
    const exact = await createNote(api, 'Menu', 'apple or banana today');
    await createNote(api, 'Apple', 'apple only');
    const star = await createNote(api, 'Stars', 'five star hotel');
    expect(await foundIds(api, '"apple OR banana"'), 'q="apple OR banana"').toEqual([exact.id]);
    expect(await foundIds(api, '"NEAR(apple"'), 'q="NEAR(apple"').toEqual([]);
    expect(await foundIds(api, '"five st*"'), 'q="five st*": no prefix inside quotes').toEqual([]);
    expect(await foundIds(api, '"five* star"'), 'q="five* star": the * is punctuation there').toEqual([star.id]);
  });

  it('a word ending in a star matches every word that starts with it', async () => {
    const { api } = await start();
    const apples = await createNote(api, 'Apples', 'green apples');
    const app = await createNote(api, 'Phone', 'a new application');
    const pine = await createNote(api, 'Tropical', 'pineapple juice');
    const run = await createNote(api, 'Sport', 'running every morning');
    const sorted = (...ids: number[]) => ids.sort((x, y) => x - y);
    expect(await foundIds(api, 'app*'), 'q=app*').toEqual(sorted(apples.id, app.id));
    expect(await foundIds(api, 'app'), 'q=app without *').toEqual([]);
    expect(await foundIds(api, 'APPL*'), 'q=APPL*').toEqual(sorted(apples.id, app.id));
    expect(await foundIds(api, 'run*'), 'q=run*').toEqual([run.id]);
    expect(await foundIds(api, 'pine* juice'), 'q=pine* juice').toEqual([pine.id]);
    expect(await foundIds(api, 'appl** green'), 'q=appl** green (several stars are one)').toEqual([apples.id]);
    expect(await foundIds(api, '*apple'), 'q=*apple: a star in front is punctuation, so this is the whole word apple (apples is another word)').toEqual([]);
    expect(await foundIds(api, '*green'), 'q=*green: the whole word green').toEqual([apples.id]);
    expect((await search(api, 'appl*')).map((hit) => hit.snippet).sort(), 'snippets for q=appl*').toEqual(['a new [application]', 'green [apples]']);
  });

  it('unbalanced quotes, and queries with nothing to search, answer 400 validation_failed naming q', async () => {
    const { api, dbFile } = await start();
    const note = await createNote(api, 'Quotes', 'say "hello" world');
    for (const q of ['"hello', 'hello"', '"', '"say" "hello', 'a"b"c"d', '"""']) {
      await expectBadQuery(api, q, 'q has an odd number of " characters');
    }
    for (const q of ['""', '" "', '"-" *', '*', '"" ""', '" ( ) "']) {
      await expectBadQuery(api, q, 'q has no letter or digit outside empty phrases and lone stars');
    }
    expect(await foundIds(api, '"hello" world'), 'q="hello" world').toEqual([note.id]);
    expect(await foundIds(api, '"" hello'), 'q="" hello: the empty phrase is ignored').toEqual([note.id]);
    expect(noteCount(dbFile), 'rows in notes').toBe(1);
  });

  it('no text in q ever makes a 500: every answer is 200 or 400 validation_failed naming q', async () => {
    const { api, dbFile } = await start();
    await createNote(api, 'Target', 'a b c near title body apple');
    const hostile = [
      '"', '""', '"""', "'", '*', '**', 'a*b*', '*a', 'a**', '-', '--a', 'NOT', 'AND', 'OR', 'NEAR', 'NEAR(', 'NEAR(a b, 2)', 'NEAR(a b,',
      'a OR', 'OR a', 'a AND NOT b', '(a', 'a)', '((a))', 'a:b', 'title:a', 'body : apple', '{title body}:a', '- {title}: a', '^a', '+a', 'a + + b',
      'a "b', '"a" "b" "', '"a"*', 'a"*"', '\\', '\\"', '%', '_', ';DROP TABLE notes;--', "'); DELETE FROM notes; --", '\u0000a', 'a\u0000',
      'é', '日本語', '🙂', '🙂*', 'a\tb\nc', 'x'.repeat(200), '"'.repeat(199), '*'.repeat(200), `"${'a '.repeat(99)}"`, 'NEAR(' .repeat(40),
    ];
    for (const q of hostile) {
      const res: HttpResponse = await api.get(`/notes/search?q=${encodeURIComponent(q)}`);
      expectNo5xx(res);
      if (res.status !== 200) {
        expect(res.status, `GET /notes/search?q=${JSON.stringify(q.slice(0, 60))}: the SPEC allows only 200 or 400 (got ${res.text.slice(0, 200)})`).toBe(400);
        expectInvalid(res, 'q');
      } else {
        expect(Array.isArray((res.json as { items?: unknown })?.items), `GET /notes/search?q=${JSON.stringify(q.slice(0, 60))}: a 200 body is { items }`).toBe(true);
      }
    }
    expect(noteCount(dbFile), 'rows in notes after the hostile queries').toBe(1);
  });

  it('hostile input on every route is answered with a 4xx JSON error, never a 5xx', async () => {
    const { api } = await start();
    const note = await createNote(api, 'Probe', 'hostile input target');
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/notes', body: { title: 'Hello', body: 'world' } },
        { method: 'GET', path: '/notes/:id' },
        { method: 'PATCH', path: '/notes/:id', body: { title: 'Hello', body: 'world' } },
        { method: 'DELETE', path: '/notes/:id' },
        { method: 'GET', path: '/notes/search', query: ['q', 'limit'] },
      ],
      { params: { id: String(note.id) } },
    );
  });
});
