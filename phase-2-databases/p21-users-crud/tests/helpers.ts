// Shared by the p21 suite: starting an app on a temporary database, the shapes the Interface
// promises, and a look inside the database file for the checks that need it.
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { expectError, fakeClock, implPath, load, serve, tempDbFile, type AppLike, type FakeClock, type HttpResponse, type TestServer } from '#testkit';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
}

export interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

export interface UserJson {
  id: number;
  email: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export interface UserPage {
  items: UserJson[];
  total: number;
  limit: number;
  offset: number;
}

export const USER_FIELDS = ['createdAt', 'email', 'id', 'name', 'updatedAt'];

export const START = '2026-01-15T12:00:00.000Z';

export interface Started {
  api: TestServer;
  clock: FakeClock;
  dbFile: string;
}

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export async function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<Started> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  const clock = options.clock ?? fakeClock(START);
  const dbFile = options.dbFile ?? tempDbFile();
  const api = await serve(createApp({ dbFile, now: clock.now }));
  return { api, clock, dbFile };
}

/** Asserts the JSON error shape with a code and a message a person can read. */
export function expectApiError(res: HttpResponse, status: number, code: string): void {
  expectError(res, status, code);
  const message = (res.json as { error: { message: string } }).error.message;
  expect(message.length, `${res.request}: error.message should not be empty`).toBeGreaterThan(0);
}

/**
 * Asserts a 400 validation_failed whose details name the field (or query parameter):
 * `details` is a list of `{ field, message }`, one per problem.
 */
export function expectValidation(res: HttpResponse, field?: string): void {
  expectApiError(res, 400, 'validation_failed');
  const details = (res.json as { error: { details?: unknown } }).error.details;
  expect(Array.isArray(details) && details.length > 0, `${res.request}: error.details should list the problems, got ${JSON.stringify(details)}`).toBe(true);
  for (const problem of details as Array<{ field?: unknown; message?: unknown }>) {
    expect(typeof problem?.field, `${res.request}: every entry of error.details has a string "field", got ${JSON.stringify(problem)}`).toBe('string');
    expect(typeof problem.message === 'string' && problem.message.length > 0, `${res.request}: every entry of error.details has a non-empty "message", got ${JSON.stringify(problem)}`).toBe(true);
  }
  if (field !== undefined) {
    const fields = (details as Array<{ field: string }>).map((problem) => problem.field);
    expect(fields, `${res.request}: error.details should have an entry with "field": "${field}"`).toContain(field);
  }
}

/** Asserts that the body is a user with exactly the fields of the Interface. */
export function expectUserShape(res: HttpResponse): UserJson {
  const user = res.json as UserJson;
  expect(user, `${res.request}: the body should be a user object, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(user).sort(), `${res.request}: a user has exactly the fields ${USER_FIELDS.join(', ')}`).toEqual(USER_FIELDS);
  expect(Number.isInteger(user.id) && user.id > 0, `${res.request}: id should be a positive integer, got ${JSON.stringify(user.id)}`).toBe(true);
  return user;
}

/** POST /users that must succeed: returns the user from the 201 body. */
export async function createUser(api: TestServer, body: { email: string; name: string }): Promise<UserJson> {
  const res = await api.post('/users', { json: body });
  expect(res.status, `${res.request} answered ${res.status} with body ${res.text.slice(0, 300)}`).toBe(201);
  return expectUserShape(res);
}

/** GET /users with a query string that must succeed. */
export async function listUsers(api: TestServer, query = ''): Promise<UserPage> {
  const res = await api.get(`/users${query}`);
  expect(res.status, `${res.request} answered ${res.status} with body ${res.text.slice(0, 300)}`).toBe(200);
  const page = res.json as UserPage;
  expect(Array.isArray(page?.items), `${res.request}: the body should be { items, total, limit, offset }, got ${res.text.slice(0, 300)}`).toBe(true);
  return page;
}

/** GET /users/:id that must succeed. */
export async function getUser(api: TestServer, id: number): Promise<UserJson> {
  const res = await api.get(`/users/${id}`);
  expect(res.status, `${res.request} answered ${res.status} with body ${res.text.slice(0, 300)}`).toBe(200);
  return expectUserShape(res);
}

/** How many users the API reports (GET /users total). */
export async function countUsers(api: TestServer): Promise<number> {
  return (await listUsers(api)).total;
}

/** The migrations the implementation ships: drizzle/meta/_journal.json entries. */
export function journalTags(): string[] {
  const journal = implPath('drizzle/meta/_journal.json');
  if (!existsSync(journal)) return [];
  const parsed = JSON.parse(readFileSync(journal, 'utf8')) as { entries?: Array<{ tag: string }> };
  return (parsed.entries ?? []).map((entry) => entry.tag);
}

/** Runs `use` on the database file opened directly with better-sqlite3 (the app should be closed). */
export function withRawDb<T>(dbFile: string, use: (db: Database.Database) => T): T {
  const db = new Database(dbFile);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/**
 * Tries to insert, with plain SQL and no API in between, a copy of the row that holds `email`
 * (the primary key changed to a new value). The learner designs the columns, so the row is
 * found by its content. Returns the SQLite error code, or null when the database accepted it.
 */
export function insertDuplicateRow(dbFile: string, email: string): string | null {
  return withRawDb(dbFile, (db) => {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter(
      (name) => !name.startsWith('sqlite_') && !name.startsWith('__drizzle'),
    );
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM ${quote(table)}`).all() as Array<Record<string, unknown>>;
      const row = rows.find((r) => Object.values(r).some((v) => typeof v === 'string' && v.toLowerCase() === email));
      if (!row) continue;
      const columns = db.prepare(`PRAGMA table_info(${quote(table)})`).all() as Array<{ name: string; pk: number }>;
      const copy: Record<string, unknown> = { ...row };
      for (const pk of columns.filter((c) => c.pk > 0)) {
        copy[pk.name] = (db.prepare(`SELECT max(${quote(pk.name)}) FROM ${quote(table)}`).pluck().get() as number) + 1000;
      }
      const names = Object.keys(copy);
      try {
        db.prepare(`INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
          ...names.map((n) => copy[n]),
        );
        return null;
      } catch (error) {
        return String((error as { code?: unknown }).code ?? error);
      }
    }
    throw new Error(`no table of the database holds a row with the email ${email}`);
  });
}
