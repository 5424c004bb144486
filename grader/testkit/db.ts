// What phase 2 suites need to look inside a learner's SQLite file. The learner designs the
// tables and columns, so these helpers find tables and rows by their content, never by a
// name the Interface does not promise.
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { fakeClock, type FakeClock } from './clock.js';
import { serve, type AppLike, type HttpResponse, type TestServer } from './http.js';
import { implPath, load } from './impl.js';
import { tempDbFile } from './temp.js';

export type RawDb = Database.Database;
export type Row = Record<string, unknown>;

/**
 * A database error names only the rule ("FOREIGN KEY constraint failed"); the learner also needs
 * the statement the check ran to see which of their rules answered.
 */
function withStatement(db: RawDb): RawDb {
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const original = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        try {
          return original(...args);
        } catch (error) {
          if (error instanceof Error && !error.message.includes('\n  while running: ')) {
            const params = args.length > 0 ? ` with ${JSON.stringify(args).slice(0, 200)}` : '';
            error.message += `\n  while running: ${sql.replace(/\s+/g, ' ').trim().slice(0, 300)}${params}`;
          }
          throw error;
        }
      };
    }
    return statement;
  }) as RawDb['prepare'];
  return db;
}

/** Opens the database file directly with better-sqlite3, runs `use`, and closes it. */
export function withRawDb<T>(dbFile: string, use: (db: RawDb) => T): T {
  const db = withStatement(new Database(dbFile));
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** Quotes an SQL identifier (a table or column name found in the file). */
export function quoteIdent(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** The learner's tables: everything but SQLite's own and drizzle's bookkeeping. */
export function appTables(db: RawDb): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]).filter(
    (name) => !name.startsWith('sqlite_') && !name.startsWith('__drizzle'),
  );
}

/** The tags of the migrations the implementation ships (drizzle/meta/_journal.json), in order. */
export function migrationTags(): string[] {
  const journal = implPath('drizzle/meta/_journal.json');
  if (!existsSync(journal)) return [];
  const parsed = JSON.parse(readFileSync(journal, 'utf8')) as { entries?: Array<{ tag: string }> };
  return (parsed.entries ?? []).map((entry) => entry.tag);
}

/**
 * Asserts that the implementation ships drizzle-kit migrations and that the database file (its
 * app closed or still open) recorded each of them exactly once in __drizzle_migrations.
 */
export function expectMigrationsApplied(dbFile: string): void {
  const tags = migrationTags();
  expect(tags.length, 'drizzle/meta/_journal.json should list at least one migration: run `npx drizzle-kit generate` in your project folder').toBeGreaterThan(0);
  for (const tag of tags) {
    expect(existsSync(implPath(`drizzle/${tag}.sql`)), `drizzle/${tag}.sql (listed in the journal) should exist`).toBe(true);
  }
  const { applied, tables } = withRawDb(dbFile, (db) => ({
    applied: db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number,
    tables: appTables(db),
  }));
  expect(applied, 'rows in __drizzle_migrations: every migration of drizzle/ applied exactly once by migrate()').toBe(tags.length);
  expect(tables.length, 'tables the migrations created (besides __drizzle_migrations)').toBeGreaterThan(0);
}

/** The first row, in any of the learner's tables, for which `match` is true. */
export function findRow(db: RawDb, match: (row: Row) => boolean): { table: string; row: Row } | undefined {
  for (const table of appTables(db)) {
    const row = (db.prepare(`SELECT * FROM ${quoteIdent(table)}`).all() as Row[]).find(match);
    if (row) return { table, row };
  }
  return undefined;
}

/** A row matcher: some text column equals `text` (compared case-insensitively). */
export function hasText(text: string): (row: Row) => boolean {
  const wanted = text.toLowerCase();
  return (row) => Object.values(row).some((value) => typeof value === 'string' && value.toLowerCase() === wanted);
}

/**
 * Inserts, with plain SQL and no API in between, a copy of the first row `match` finds, its
 * integer primary key moved to an unused value (a composite key is copied as is) and `change`
 * applied to the copy. Returns the SQLite
 * error code (e.g. 'SQLITE_CONSTRAINT_UNIQUE') or null when the database accepted the row: how
 * a suite proves that a rule is enforced by the database itself, not only by JavaScript.
 */
export function tryInsertCopy(dbFile: string, match: (row: Row) => boolean, change: (row: Row, table: string) => Row = (row) => row): string | null {
  return withRawDb(dbFile, (db) => {
    const found = findRow(db, match);
    if (!found) throw new Error('no table of the database holds the row the check looks for');
    const { table, row } = found;
    const copy: Row = { ...row };
    const columns = db.prepare(`PRAGMA table_info(${quoteIdent(table)})`).all() as Array<{ name: string; pk: number; type: string }>;
    // A single integer key (the rowid) is moved so the copy is a new row; a composite key is
    // kept: its columns are data (foreign keys), and `change` decides what differs.
    const keys = columns.filter((c) => c.pk > 0);
    if (keys.length === 1 && /int/i.test(keys[0]!.type)) {
      const pk = keys[0]!.name;
      copy[pk] = ((db.prepare(`SELECT max(${quoteIdent(pk)}) FROM ${quoteIdent(table)}`).pluck().get() as number) ?? 0) + 1000;
    }
    const changed = change(copy, table);
    const names = Object.keys(changed);
    try {
      db.pragma('foreign_keys = ON');
      db.prepare(`INSERT INTO ${quoteIdent(table)} (${names.map(quoteIdent).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
        ...names.map((name) => changed[name]),
      );
      return null;
    } catch (error) {
      return String((error as { code?: unknown }).code ?? error);
    }
  });
}

/** The `detail` lines of EXPLAIN QUERY PLAN for `sql` (e.g. "SEARCH products USING INDEX ..."). */
export function queryPlan(db: RawDb, sql: string, params: unknown[] = []): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((step) => step.detail);
}

/** A 5xx is never the answer to bad input. */
export function expectNo5xx(res: HttpResponse): void {
  expect(res.status, `${res.request} answered ${res.status} with body ${res.text.slice(0, 300)}: bad input must get a 4xx`).toBeLessThan(500);
}

export interface StartedDbApp {
  api: TestServer;
  clock: FakeClock;
  dbFile: string;
  /** The app createApp returned, for its Interface's `locals` (`app.locals.close()`). */
  app: AppLike;
}

export interface StartDbAppOptions {
  /** The database file; a fresh temporary one by default. Pass an earlier app's file to test a restart. */
  dbFile?: string;
  /** The clock passed as `now`; a fakeClock at `start` by default. */
  clock?: FakeClock;
  start?: string;
  /** Further createApp options a project documents (a seeded random source, a base URL...). */
  extra?: Record<string, unknown>;
}

/**
 * The phase 2 contract: `createApp({ dbFile, now, ...extra })` from the implementation's
 * src/app.ts, served on port 0 (closed, with the database, when the check ends).
 */
export async function startDbApp(options: StartDbAppOptions = {}): Promise<StartedDbApp> {
  const { createApp } = await load<{ createApp: (options: Record<string, unknown>) => AppLike }>('src/app.ts', ['createApp']);
  const clock = options.clock ?? fakeClock(options.start);
  const dbFile = options.dbFile ?? tempDbFile();
  const app = createApp({ dbFile, now: clock.now, ...options.extra });
  const api = await serve(app);
  return { api, clock, dbFile, app };
}
