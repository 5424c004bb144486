// Shared by the p31 suite: starting an app on a temporary database, the shapes the Interface
// promises, and the raw SQL the Interface allows on the notes table.
import { expect } from 'vitest';
import { expectInvalid as expectInvalidFields, expectStatus, startDbApp, withRawDb, type AppLike, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
}

export interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

export interface NoteJson {
  id: number;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface SearchHit {
  id: number;
  title: string;
  snippet: string;
}

export const NOTE_FIELDS = ['body', 'createdAt', 'id', 'title', 'updatedAt'];
export const HIT_FIELDS = ['id', 'snippet', 'title'];

export const START = '2026-01-15T12:00:00.000Z';

export type Started = StartedDbApp;

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<Started> {
  return startDbApp({ ...options, start: START });
}

/** Asserts that the body is a note with exactly the fields of the Interface. */
export function expectNoteShape(res: HttpResponse): NoteJson {
  const note = res.json as NoteJson;
  expect(note, `${res.request}: the body should be a note object, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(note ?? {}).sort(), `${res.request}: a note has exactly the fields ${NOTE_FIELDS.join(', ')}`).toEqual(NOTE_FIELDS);
  expect(Number.isInteger(note.id) && note.id > 0, `${res.request}: id should be a positive integer, got ${JSON.stringify(note.id)}`).toBe(true);
  return note;
}

/** POST /notes that must succeed: returns the note from the 201 body. */
export async function createNote(api: TestServer, title: string, body = ''): Promise<NoteJson> {
  const res = await api.post('/notes', { json: { title, body } });
  expectStatus(res, 201);
  return expectNoteShape(res);
}

/** GET /notes/:id that must succeed. */
export async function getNote(api: TestServer, id: number): Promise<NoteJson> {
  const res = await api.get(`/notes/${id}`);
  expectStatus(res, 200);
  return expectNoteShape(res);
}

/** GET /notes/search?q=... (plus any other parameters) that must answer 200; returns the items. */
export async function search(api: TestServer, q: string, extra = ''): Promise<SearchHit[]> {
  const res = await api.get(`/notes/search?q=${encodeURIComponent(q)}${extra}`);
  expectStatus(res, 200);
  const body = res.json as { items?: unknown };
  expect(Array.isArray(body?.items), `${res.request}: the body should be { "items": [...] }, got ${res.text.slice(0, 300)}`).toBe(true);
  return body.items as SearchHit[];
}

/** The ids that a search finds, sorted (for checks where the order is not the point). */
export async function foundIds(api: TestServer, q: string): Promise<number[]> {
  return (await search(api, q)).map((hit) => hit.id).sort((a, b) => a - b);
}

/** The ids that a search finds, in the order of the answer. */
export async function rankedIds(api: TestServer, q: string, extra = ''): Promise<number[]> {
  return (await search(api, q, extra)).map((hit) => hit.id);
}

/** Inserts a note with plain SQL (columns named by the Interface), as another program would; returns its id. */
export function rawInsert(dbFile: string, title: string, body: string, at = Date.parse(START)): number {
  return withRawDb(dbFile, (db) =>
    Number(db.prepare('INSERT INTO notes (title, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(title, body, at, at).lastInsertRowid),
  );
}

/** Runs one statement with plain SQL on the learner's database file. */
export function rawRun(dbFile: string, statement: string, ...params: unknown[]): number {
  return withRawDb(dbFile, (db) => db.prepare(statement).run(...params).changes);
}

/**
 * Runs FTS5's own consistency check on every FTS5 table of the file: it fails when the index
 * does not match the text (for an external content table, the rows of its content table).
 * Returns the names of the FTS5 tables it found.
 */
export function ftsIntegrity(dbFile: string): { tables: string[]; problems: string[] } {
  return withRawDb(dbFile, (db) => {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' AND lower(sql) LIKE '%using fts5%'").pluck().all() as string[]);
    const problems: string[] = [];
    for (const table of tables) {
      const quoted = `"${table.replaceAll('"', '""')}"`;
      try {
        db.prepare(`INSERT INTO ${quoted} (${quoted}, rank) VALUES ('integrity-check', 1)`).run();
      } catch (error) {
        problems.push(`${table}: ${(error as Error).message}`);
      }
    }
    return { tables, problems };
  });
}

/**
 * A 400 validation_failed whose details name each field, every detail being a
 * { field, message } with a non-empty message (the phase 1 error contract).
 */
export function expectInvalid(res: HttpResponse, ...fields: string[]): void {
  expectInvalidFields(res, ...fields);
  const details = (res.json as { error: { details: Array<{ field?: unknown; message?: unknown }> } }).error.details;
  for (const detail of details) {
    expect(typeof detail?.message === 'string' && detail.message.length > 0, `${res.request}: each entry of error.details needs a non-empty message, got ${JSON.stringify(detail)}`).toBe(true);
  }
}
