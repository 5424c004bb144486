// Shared by the p28 suite: starting an app, building a database at an older version of the
// schema with drizzle's own migrate(), seeding it with plain SQL, and the shapes the Interface
// promises. Looking inside the database file is the testkit's (withRawDb, tryInsertCopy...).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { expect } from 'vitest';
import { expectStatus, implPath, load, serve, tempDbFile, tempDir, withRawDb, type AppLike, type HttpResponse, type RawDb, type TestServer } from '#testkit';

export interface AppOptions {
  dbFile: string;
}

export interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

export interface ClientModule {
  SchemaTooNewError: new (...args: never[]) => Error;
}

export interface BookJson {
  id: number;
  title: string;
  author: string;
  authorId: number;
  publishedYear: number | null;
  isbn: string | null;
  titleSort: string;
}

export interface AuthorJson {
  id: number;
  name: string;
  bookCount: number;
}

export const BOOK_FIELDS = ['author', 'authorId', 'id', 'isbn', 'publishedYear', 'title', 'titleSort'];
export const AUTHOR_FIELDS = ['bookCount', 'id', 'name'];

/** The columns of books and authors at each version (SPEC.md, Interface). */
export const V1_BOOK_COLUMNS = ['author', 'id', 'title', 'year'];
export const V2_BOOK_COLUMNS = ['author', 'id', 'isbn', 'published_year', 'title', 'title_sort'];
export const V3_BOOK_COLUMNS = ['author_id', 'id', 'isbn', 'published_year', 'title', 'title_sort'];
export const V3_AUTHOR_COLUMNS = ['id', 'name'];

export interface Started {
  api: TestServer;
  dbFile: string;
}

/** createApp({ dbFile }) on a fresh temporary database (or the given file), served on port 0. */
export async function start(options: { dbFile?: string } = {}): Promise<Started> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  const dbFile = options.dbFile ?? tempDbFile();
  const api = await serve(createApp({ dbFile }));
  return { api, dbFile };
}

interface Journal {
  entries: Array<{ idx: number; when: number; tag: string }>;
}

/** The implementation's drizzle/meta/_journal.json. */
export function readJournal(): Journal {
  return JSON.parse(readFileSync(implPath('drizzle/meta/_journal.json'), 'utf8')) as Journal;
}

/**
 * Brings a database file (new or not) to version `version` of the schema: drizzle's own migrate()
 * run on a copy of the implementation's drizzle/ folder whose journal keeps only the first
 * `version` migrations. This is what an older release of the app would have done to the file.
 */
export function migrateTo(dbFile: string, version: number): string {
  const journal = readJournal();
  expect(journal.entries.length, 'migrations listed in drizzle/meta/_journal.json (0000 given, 0001 for v2, 0002 for v3)').toBeGreaterThanOrEqual(version);
  const folder = path.join(tempDir('b100-drizzle-'), 'drizzle');
  cpSync(implPath('drizzle'), folder, { recursive: true });
  writeFileSync(path.join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, version) }));
  const sqlite = new Database(dbFile);
  try {
    migrate(drizzle(sqlite), { migrationsFolder: folder });
  } finally {
    sqlite.close();
  }
  return dbFile;
}

/** A new database file at version `version`: the file an older release of the app left behind. */
export function databaseAt(version: number): string {
  return migrateTo(tempDbFile(), version);
}

export interface V1Book {
  id: number;
  title: string;
  author: string;
  year: number | null;
}

export interface V2Book {
  id: number;
  title: string;
  author: string;
  published_year: number | null;
  isbn: string | null;
  title_sort: string;
}

/** Inserts rows with plain SQL in the columns of version 1. */
export function seedV1(dbFile: string, rows: V1Book[]): void {
  withRawDb(dbFile, (db) => {
    const insert = db.prepare('INSERT INTO books (id, title, author, year) VALUES (@id, @title, @author, @year)');
    for (const row of rows) insert.run(row);
  });
}

/** Inserts rows with plain SQL in the columns of version 2. */
export function seedV2(dbFile: string, rows: V2Book[]): void {
  withRawDb(dbFile, (db) => {
    const insert = db.prepare('INSERT INTO books (id, title, author, published_year, isbn, title_sort) VALUES (@id, @title, @author, @published_year, @isbn, @title_sort)');
    for (const row of rows) insert.run(row);
  });
}

/** A v3 book as the suite writes it with plain SQL (author given by name). */
export interface V3Seed {
  id: number;
  title: string;
  author: string;
  published_year: number | null;
  isbn: string | null;
  title_sort: string;
}

/**
 * Inserts books into a file at version 3 with plain SQL, in the given order: each author is
 * found by name in `authors` or inserted first. This is how the Task 3 checks fill a catalogue
 * without POST /books (Task 4). Returns each book as the API must show it, in the given order.
 */
export function seedV3<const R extends readonly V3Seed[]>(dbFile: string, rows: R): { [K in keyof R]: BookJson } {
  return withRawDb(dbFile, (db) => {
    const findAuthor = db.prepare('SELECT id FROM authors WHERE name = ?').pluck();
    const insertAuthor = db.prepare('INSERT INTO authors (name) VALUES (?)');
    const insertBook = db.prepare('INSERT INTO books (id, title, author_id, published_year, isbn, title_sort) VALUES (?, ?, ?, ?, ?, ?)');
    return db.transaction(() =>
      rows.map((row) => {
        const authorId = (findAuthor.get(row.author) as number | undefined) ?? Number(insertAuthor.run(row.author).lastInsertRowid);
        insertBook.run(row.id, row.title, authorId, row.published_year, row.isbn, row.title_sort);
        return { id: row.id, title: row.title, author: row.author, authorId, publishedYear: row.published_year, isbn: row.isbn, titleSort: row.title_sort };
      }),
    )();
  }) as { [K in keyof R]: BookJson };
}

/** The column names of a table, sorted. */
export function columnsOf(db: RawDb, table: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).sort();
}

/** Every row of a table, by id. */
export function rowsOf<T>(db: RawDb, table: string): T[] {
  return db.prepare(`SELECT * FROM "${table}" ORDER BY id`).all() as T[];
}

/** The books of a v3 database with their author's name, by id. */
export function v3Books(dbFile: string): Array<{ id: number; title: string; author: string; published_year: number | null; isbn: string | null; title_sort: string }> {
  return withRawDb(dbFile, (db) =>
    db
      .prepare('SELECT b.id, b.title, a.name AS author, b.published_year, b.isbn, b.title_sort FROM books b JOIN authors a ON a.id = b.author_id ORDER BY b.id')
      .all() as Array<{ id: number; title: string; author: string; published_year: number | null; isbn: string | null; title_sort: string }>,
  );
}

/** Asserts that the body is a book with exactly the fields of the Interface. */
export function expectBookShape(res: HttpResponse): BookJson {
  const book = res.json as BookJson;
  expect(book, `${res.request}: the body should be a book object, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(book ?? {}).sort(), `${res.request}: a book has exactly the fields ${BOOK_FIELDS.join(', ')}`).toEqual(BOOK_FIELDS);
  return book;
}

/** POST /books that must succeed: returns the book from the 201 body. */
export async function createBook(api: TestServer, body: Record<string, unknown>): Promise<BookJson> {
  const res = await api.post('/books', { json: body });
  expectStatus(res, 201);
  return expectBookShape(res);
}

/** GET /books (with a query string) that must succeed: the items. */
export async function listBooks(api: TestServer, query = ''): Promise<BookJson[]> {
  const res = await api.get(`/books${query}`);
  expectStatus(res, 200);
  const body = res.json as { items?: BookJson[] };
  expect(Array.isArray(body?.items), `${res.request}: the body should be { items: [...] }, got ${res.text.slice(0, 300)}`).toBe(true);
  return body.items!;
}

/** GET /authors that must succeed: the items. */
export async function listAuthors(api: TestServer): Promise<AuthorJson[]> {
  const res = await api.get('/authors');
  expectStatus(res, 200);
  const body = res.json as { items?: AuthorJson[] };
  expect(Array.isArray(body?.items), `${res.request}: the body should be { items: [...] }, got ${res.text.slice(0, 300)}`).toBe(true);
  for (const author of body.items!) {
    expect(Object.keys(author).sort(), `${res.request}: an author has exactly the fields ${AUTHOR_FIELDS.join(', ')}`).toEqual(AUTHOR_FIELDS);
  }
  return body.items!;
}
