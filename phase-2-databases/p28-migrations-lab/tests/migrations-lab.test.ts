// The hidden suite of p28 migrations-lab. It reaches the app only through what SPEC.md's
// Interface promises: createApp({ dbFile }) from src/app.ts, SchemaTooNewError from
// src/db/client.ts, HTTP, and the drizzle/ migrations folder. In this project the table and
// column names of each version are part of the Interface: the checks build a database at an
// older version with drizzle's own migrate(), seed it with plain SQL, open the app on it, and
// look at every row.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appTables, expectAllow, expectHostileInputRefused, expectApiError, expectInvalid, expectMigrationsApplied, expectNo5xx, expectStatus, hasText, implPath, load, migrationTags, serve, tryInsertCopy, withRawDb } from '#testkit';
import {
  V1_BOOK_COLUMNS,
  V2_BOOK_COLUMNS,
  V3_AUTHOR_COLUMNS,
  V3_BOOK_COLUMNS,
  columnsOf,
  createBook,
  databaseAt,
  migrateTo,
  expectBookShape,
  listAuthors,
  listBooks,
  readJournal,
  rowsOf,
  seedV1,
  seedV2,
  seedV3,
  start,
  v3Books,
  type AppModule,
  type BookJson,
  type ClientModule,
  type V1Book,
  type V2Book,
} from './helpers.js';

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next (and mutation testing sees each check run that code).
beforeEach(() => {
  vi.resetModules();
});

/** Version 1 rows: ids with gaps, messy author names, titles with and without articles. */
const V1_SEED: V1Book[] = [
  { id: 1, title: 'The Left Hand of Darkness', author: 'Ursula K. Le Guin', year: 1969 },
  { id: 2, title: 'A Wizard of Earthsea', author: ' Ursula K. Le Guin ', year: 1968 },
  { id: 3, title: 'Guards! Guards!', author: 'Terry Pratchett', year: null },
  { id: 5, title: 'An Instance of the Fingerpost', author: 'Iain Pears', year: 1997 },
  { id: 7, title: 'Theory of Everything', author: 'ursula k. le guin', year: 2001 },
  { id: 8, title: 'THE SHINING', author: 'Stephen King', year: 1977 },
  { id: 9, title: 'Anathem', author: 'Neal Stephenson', year: 2008 },
  { id: 10, title: "Robert'); DROP TABLE books;--", author: "O'Brien", year: 0 },
  { id: 11, title: 'The', author: 'Terry Pratchett  ', year: -500 },
  { id: 12, title: 'A', author: 'Anonymous', year: 1500 },
];

/** title_sort of each V1_SEED book, by id: lower-cased, one leading "the ", "a " or "an " removed. */
const TITLE_SORT: Record<number, string> = {
  1: 'left hand of darkness',
  2: 'wizard of earthsea',
  3: 'guards! guards!',
  5: 'instance of the fingerpost',
  7: 'theory of everything',
  8: 'shining',
  9: 'anathem',
  10: "robert'); drop table books;--",
  11: 'the',
  12: 'a',
};

/** The author name each V1_SEED book has at version 3: trimmed, case kept. */
function authorAtV3(book: { author: string }): string {
  return book.author.trim();
}

/** The authors V1_SEED becomes at version 3, as GET /authors lists them (name, BINARY order). */
const V3_AUTHORS = [
  { name: 'Anonymous', bookCount: 1 },
  { name: 'Iain Pears', bookCount: 1 },
  { name: 'Neal Stephenson', bookCount: 1 },
  { name: "O'Brien", bookCount: 1 },
  { name: 'Stephen King', bookCount: 1 },
  { name: 'Terry Pratchett', bookCount: 2 },
  { name: 'Ursula K. Le Guin', bookCount: 2 },
  { name: 'ursula k. le guin', bookCount: 1 },
];

/** Version 2 rows, as an older release of the app would have written them. */
const V2_SEED: V2Book[] = [
  { id: 4, title: 'The Colour of Magic', author: 'Terry Pratchett', published_year: 1983, isbn: '9780552124751', title_sort: 'colour of magic' },
  { id: 6, title: 'Mort', author: '  Terry Pratchett', published_year: null, isbn: null, title_sort: 'mort' },
  { id: 9, title: 'Kindred', author: 'Octavia E. Butler', published_year: 1979, isbn: '080706305X', title_sort: 'kindred' },
  { id: 13, title: 'Dawn', author: 'octavia e. butler', published_year: 1987, isbn: null, title_sort: 'dawn' },
];

/** A v1 database holding V1_SEED. */
function v1Database(): string {
  const dbFile = databaseAt(1);
  seedV1(dbFile, V1_SEED);
  return dbFile;
}

/** A v2 database holding V2_SEED. */
function v2Database(): string {
  const dbFile = databaseAt(2);
  seedV2(dbFile, V2_SEED);
  return dbFile;
}

/** Opens the app on a file and closes it again: createApp migrates it to the latest version. */
async function migrateWithApp(dbFile: string): Promise<void> {
  const { api } = await start({ dbFile });
  await api.close();
}

/** What V1_SEED must look like at version 3, by id. */
function v1SeedAtV3() {
  return V1_SEED.map((book) => ({
    id: book.id,
    title: book.title,
    author: authorAtV3(book),
    published_year: book.year,
    isbn: null,
    title_sort: TITLE_SORT[book.id]!,
  }));
}

function readMigrationCount(dbFile: string): number {
  return withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number);
}

describe('Task 1: Version 2: rename, add and backfill', () => {
  it('drizzle/ lists 0000 (given) and then 0001 for v2, each with its SQL and a later `when`', () => {
    const tags = migrationTags();
    expect(tags.length, `migrations listed in drizzle/meta/_journal.json: ${tags.join(', ')} (0000 given, then yours for v2)`).toBeGreaterThanOrEqual(2);
    expectJournalInOrder(tags);
  });

  it('migration 0001 renames year to published_year and adds isbn and title_sort', () => {
    const dbFile = databaseAt(2);
    withRawDb(dbFile, (db) => {
      expect(appTables(db), 'tables at version 2').toEqual(['books']);
      expect(columnsOf(db, 'books'), 'columns of books at version 2').toEqual(V2_BOOK_COLUMNS);
    });
  });

  it('migration 0001 keeps every book and every value, year now in published_year', () => {
    const dbFile = databaseAt(1);
    withRawDb(dbFile, (db) => expect(columnsOf(db, 'books'), 'columns of books at version 1 (migration 0000, given)').toEqual(V1_BOOK_COLUMNS));
    seedV1(dbFile, V1_SEED);
    const migrated = migrateSeededTo2(dbFile);
    expect(
      migrated.map(({ id, title, author, published_year, isbn }) => ({ id, title, author, published_year, isbn })),
      'the books of a v1 database after migration 0001 (by id)',
    ).toEqual(V1_SEED.map((book) => ({ id: book.id, title: book.title, author: book.author, published_year: book.year, isbn: null })));
  });

  it('migration 0001 backfills title_sort: lower-cased, without a leading "the ", "a " or "an "', () => {
    const dbFile = databaseAt(1);
    seedV1(dbFile, V1_SEED);
    const migrated = migrateSeededTo2(dbFile);
    for (const book of migrated) {
      expect(book.title_sort, `title_sort of "${book.title}" after migration 0001`).toBe(TITLE_SORT[book.id]);
    }
  });

  it('at version 2 the database itself keeps ISBNs unique, allows many NULLs, and requires title_sort', () => {
    const dbFile = v2Database();
    expect(tryInsertCopy(dbFile, hasText('9780552124751')) ?? 'accepted', 'a copy of a book with the same isbn, inserted with plain SQL: refused by a unique index').toMatch(/^SQLITE_CONSTRAINT/);
    expect(tryInsertCopy(dbFile, hasText('Mort')), 'a copy of a book whose isbn is NULL: a unique index allows many NULLs').toBeNull();
    expect(tryInsertCopy(dbFile, hasText('Mort'), (row) => ({ ...row, title_sort: null })) ?? 'accepted', 'a book with title_sort NULL: refused (NOT NULL)').toMatch(/^SQLITE_CONSTRAINT/);
  });
});

/** The journal starts with the given 0000; every listed migration has SQL and a later `when`. */
function expectJournalInOrder(tags: string[]): void {
  expect(tags[0], 'the first migration is the one the starter ships').toMatch(/^0000_/);
  for (const tag of tags) expect(readFileSync(implPath(`drizzle/${tag}.sql`), 'utf8').trim().length, `drizzle/${tag}.sql should hold SQL`).toBeGreaterThan(0);
  const whens = readJournal().entries.map((entry) => entry.when);
  expect([...whens].sort((a, b) => a - b), 'the `when` of each journal entry is later than the one before').toEqual(whens);
}

/** Migrates a seeded v1 file to version 2 (drizzle's migrate(), first two migrations); its books by id. */
function migrateSeededTo2(dbFile: string): V2Book[] {
  migrateTo(dbFile, 2);
  return withRawDb(dbFile, (db) => {
    expect(columnsOf(db, 'books'), 'columns of books after migration 0001').toEqual(V2_BOOK_COLUMNS);
    return rowsOf<V2Book>(db, 'books');
  });
}

describe('Task 2: Version 3: move authors to their own table', () => {
  it('drizzle/ ships exactly three migrations: 0000 (given), 0001 for v2 and 0002 for v3', () => {
    const tags = migrationTags();
    expect(tags.length, `migrations listed in drizzle/meta/_journal.json: ${tags.join(', ')}`).toBe(3);
    expectJournalInOrder(tags);
  });

  it('createApp on a new file builds version 3 and records all three migrations', async () => {
    const { api, dbFile } = await start();
    await api.close();
    expectMigrationsApplied(dbFile);
    withRawDb(dbFile, (db) => {
      expect(appTables(db), 'tables at version 3').toEqual(['authors', 'books']);
      expect(columnsOf(db, 'books'), 'columns of books at version 3 (author replaced by author_id)').toEqual(V3_BOOK_COLUMNS);
      expect(columnsOf(db, 'authors'), 'columns of authors').toEqual(V3_AUTHOR_COLUMNS);
      expect(db.prepare('SELECT count(*) FROM books').pluck().get(), 'books in a new database').toBe(0);
    });
  });

  it('v2 to v3: one author per trimmed name, case kept, and every book linked to its author', async () => {
    const dbFile = v2Database();
    await migrateWithApp(dbFile);
    withRawDb(dbFile, (db) => {
      expect(columnsOf(db, 'books'), 'columns of books after migration 0002').toEqual(V3_BOOK_COLUMNS);
      const names = (db.prepare('SELECT name FROM authors').pluck().all() as string[]).sort();
      expect(names, 'authors after migration 0002 ("  Terry Pratchett" is Terry Pratchett; "octavia e. butler" is another author)').toEqual(['Octavia E. Butler', 'Terry Pratchett', 'octavia e. butler']);
    });
    expect(v3Books(dbFile), 'every book of the v2 database after migration 0002, with its author (by id)').toEqual(
      V2_SEED.map((book) => ({ ...book, author: book.author.trim() })),
    );
  });

  it('v1 to v3 in one go: every book kept with its id, values renamed, backfilled and linked', async () => {
    const dbFile = v1Database();
    await migrateWithApp(dbFile);
    expect(v3Books(dbFile), 'every book of the v1 database after migrations 0001 and 0002 (by id)').toEqual(v1SeedAtV3());
    withRawDb(dbFile, (db) => {
      expect(db.prepare('SELECT count(*) FROM authors').pluck().get(), 'authors made from the v1 names').toBe(V3_AUTHORS.length);
      expect(db.prepare('SELECT count(*) FROM books').pluck().get(), 'books after the migrations: none lost, none doubled').toBe(V1_SEED.length);
    });
  });

  it('at version 3 books.author_id is a foreign key: the database refuses an unknown author', async () => {
    const dbFile = v2Database();
    await migrateWithApp(dbFile);
    const keys = withRawDb(dbFile, (db) => db.prepare('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)').all('books'));
    expect(keys, 'foreign keys of books (PRAGMA foreign_key_list)').toEqual([{ table: 'authors', from: 'author_id', to: 'id' }]);
    expect(
      tryInsertCopy(dbFile, hasText('Mort'), (row) => ({ ...row, author_id: 99_999 })) ?? 'accepted',
      'a book whose author_id no author has, inserted with plain SQL and foreign keys on: refused',
    ).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(tryInsertCopy(dbFile, hasText('Mort')), 'a copy of a valid book (isbn NULL, a real author): accepted').toBeNull();
  });

  it('after the rebuild the database still keeps ISBNs and author names unique, and title_sort required', async () => {
    const dbFile = v2Database();
    await migrateWithApp(dbFile);
    expect(tryInsertCopy(dbFile, hasText('080706305X')) ?? 'accepted', 'a copy of a book with the same isbn (the unique index must be created again after DROP TABLE books)').toMatch(/^SQLITE_CONSTRAINT/);
    expect(tryInsertCopy(dbFile, hasText('Octavia E. Butler')) ?? 'accepted', 'a second author with the same name: refused by a unique index').toMatch(/^SQLITE_CONSTRAINT/);
    expect(tryInsertCopy(dbFile, hasText('octavia e. butler'), (row) => ({ ...row, name: 'Octavia E. Butler ' })), 'an author whose name differs (a trailing space): accepted').toBeNull();
    expect(tryInsertCopy(dbFile, hasText('Mort'), (row) => ({ ...row, title_sort: null })) ?? 'accepted', 'a book with title_sort NULL: refused').toMatch(/^SQLITE_CONSTRAINT/);
  });
});

describe('Task 3: Read the catalogue', () => {
  it('the migrated catalogue is what the API answers', async () => {
    const dbFile = v1Database();
    const { api } = await start({ dbFile });
    const books = await listBooks(api);
    const expected = [...v1SeedAtV3()].sort((a, b) => (a.title_sort < b.title_sort ? -1 : a.title_sort > b.title_sort ? 1 : a.id - b.id));
    expect(
      books.map(({ id, title, author, publishedYear, isbn, titleSort }) => ({ id, title, author, published_year: publishedYear, isbn, title_sort: titleSort })),
      'GET /books on the migrated v1 database (by titleSort, then id)',
    ).toEqual(expected);
    expect((await listAuthors(api)).map(({ name, bookCount }) => ({ name, bookCount })), 'GET /authors on the migrated v1 database').toEqual(V3_AUTHORS);
    const ids = new Map((await listAuthors(api)).map((author) => [author.name, author.id]));
    for (const book of books) expect(book.authorId, `authorId of "${book.title}"`).toBe(ids.get(book.author));
  });

  it('GET /books lists books by titleSort, then id; GET /books/:id answers one', async () => {
    // The books are written with plain SQL into the file the app migrated (POST /books is Task 4).
    const { api, dbFile } = await start();
    const [dune, hobbit, dune2, anathem, zed] = seedV3(dbFile, [
      { id: 8, title: 'Dune', author: 'Someone Else', published_year: null, isbn: null, title_sort: 'dune' },
      { id: 1, title: 'The Hobbit', author: 'J. R. R. Tolkien', published_year: 1937, isbn: '9780547928227', title_sort: 'hobbit' },
      { id: 3, title: 'Dune', author: 'Frank Herbert', published_year: 1965, isbn: null, title_sort: 'dune' },
      { id: 5, title: 'Anathem', author: 'Neal Stephenson', published_year: null, isbn: null, title_sort: 'anathem' },
      { id: 2, title: 'A Zed', author: 'Neal Stephenson', published_year: -12, isbn: '030640615X', title_sort: 'zed' },
    ]);
    expect(await listBooks(api), 'GET /books (by titleSort, then id; "The Hobbit" sorts as "hobbit")').toEqual([anathem, dune2, dune, hobbit, zed]);
    for (const book of [hobbit, dune]) {
      const res = await api.get(`/books/${book.id}`);
      expectStatus(res, 200);
      expect(expectBookShape(res), res.request).toEqual(book);
    }
  });

  it('GET /books/:id answers 404 not_found for an unknown id or one not written in digits', async () => {
    const { api, dbFile } = await start();
    const seeded = seedV3(
      dbFile,
      Array.from({ length: 12 }, (_, i) => ({ id: i + 1, title: i === 0 ? 'Dune' : `Dune ${i + 1}`, author: 'Frank Herbert', published_year: null, isbn: null, title_sort: i === 0 ? 'dune' : `dune ${i + 1}` })),
    );
    const book = seeded[0]!;
    const twelfth = await api.get(`/books/${book.id + 11}`);
    expect(twelfth.status, `${twelfth.request}: an id of two digits`).toBe(200);
    expect(twelfth.json, `${twelfth.request}: the book with id 12`).toEqual(seeded[11]);
    for (const raw of ['999999', 'abc', `${book.id}e0`, `0x${book.id}`, `${book.id}.5`, `-${book.id}`, '99999999999999999999', encodeURIComponent(`${book.id} OR 1=1`), encodeURIComponent(`${book.id}' --`)]) {
      expectApiError(await api.get(`/books/${raw}`), 404, 'not_found');
    }
  });

  it('GET /authors lists authors by name (BINARY order), with their book counts', async () => {
    const dbFile = v1Database();
    const { api } = await start({ dbFile });
    seedV3(dbFile, [
      { id: 20, title: 'Small Gods', author: 'Terry Pratchett', published_year: 1992, isbn: null, title_sort: 'small gods' },
      { id: 21, title: 'Zeitgeist', author: 'Bruce Sterling', published_year: 2000, isbn: null, title_sort: 'zeitgeist' },
    ]);
    const expected = [{ name: 'Bruce Sterling', bookCount: 1 }, ...V3_AUTHORS.map((a) => (a.name === 'Terry Pratchett' ? { ...a, bookCount: 3 } : a))].sort((a, b) => (a.name < b.name ? -1 : 1));
    const authors = await listAuthors(api);
    expect(authors.map(({ name, bookCount }) => ({ name, bookCount })), 'GET /authors').toEqual(expected);
    expect(new Set(authors.map((a) => a.id)).size, 'author ids are distinct').toBe(authors.length);
  });

  it('GET /books?author= lists one author\'s books, by exact (trimmed) name', async () => {
    const dbFile = v1Database();
    const { api } = await start({ dbFile });
    const titles = async (query: string) => (await listBooks(api, query)).map((book) => book.title);
    expect(await titles('?author=Ursula%20K.%20Le%20Guin'), 'GET /books?author=Ursula K. Le Guin').toEqual(['The Left Hand of Darkness', 'A Wizard of Earthsea']);
    expect(await titles('?author=%20%20Terry%20Pratchett%20'), 'GET /books?author= Terry Pratchett (spaces around)').toEqual(['Guards! Guards!', 'The']);
    expect(await titles('?author=ursula%20k.%20le%20guin'), 'GET /books?author=ursula k. le guin (another author)').toEqual(['Theory of Everything']);
    expect(await titles('?author=Nobody'), 'GET /books?author=Nobody').toEqual([]);
    expect(await titles('?author=O%27Brien'), "GET /books?author=O'Brien").toEqual(["Robert'); DROP TABLE books;--"]);
    expectInvalid(await api.get('/books?author=a&author=b'), 'author');
    expectInvalid(await api.get('/books?author=%20%20'), 'author');
  });

  it('SQL in the author filter is only a name: an empty list, and the data intact', async () => {
    const dbFile = v1Database();
    const { api } = await start({ dbFile });
    for (const hostile of ["' OR 1=1 --", "Robert'); DROP TABLE books;--", '"', ';', "x' UNION SELECT 1,2,3,4,5,6,7 --", '%']) {
      const res = await api.get(`/books?author=${encodeURIComponent(hostile)}`);
      expectNo5xx(res);
      if (res.status === 200) expect((res.json as { items: unknown[] }).items, `${res.request}: no author has that name`).toEqual([]);
      else expectInvalid(res, 'author');
    }
    expect((await listBooks(api)).length, 'books after the hostile requests').toBe(V1_SEED.length);
  });

  it('two apps on two files share nothing; app.locals.close() closes the database (then 500)', async () => {
    const one = await start();
    const two = await start();
    const [book] = seedV3(one.dbFile, [{ id: 1, title: 'Dune', author: 'Frank Herbert', published_year: 1965, isbn: null, title_sort: 'dune' }]);
    expect(await listBooks(one.api), 'GET /books of the first app after a book was written to its file').toEqual([book]);
    expect(await listBooks(two.api), 'GET /books of the second app, whose file has no book').toEqual([]);
    expect(await listAuthors(two.api), 'GET /authors of the second app').toEqual([]);
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: one.dbFile }) as ReturnType<AppModule['createApp']> & { locals: { close?: () => unknown } };
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    const api = await serve((req, res) => app(req, res));
    expect((await api.get(`/books/${book.id}`)).json, 'the book, seen by a third app on the same file').toEqual(book);
    await app.locals.close?.();
    expectApiError(await api.get('/books'), 500, 'internal');
  });

  it('a wrong method answers 405 with Allow; an unknown path 404', async () => {
    const { api } = await start();
    const cases: Array<[string, string, string[]]> = [
      ['PUT', '/books', ['GET', 'HEAD', 'POST']],
      ['DELETE', '/books', ['GET', 'HEAD', 'POST']],
      ['PATCH', '/books/1', ['GET', 'HEAD']],
      ['DELETE', '/books/1', ['GET', 'HEAD']],
      ['POST', '/authors', ['GET', 'HEAD']],
    ];
    for (const [method, target, allow] of cases) {
      const res = await api.request(method, target, { json: { title: 'x' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, allow);
    }
    expectApiError(await api.get('/nope'), 404, 'not_found');
    expectApiError(await api.get('/authors/1/books'), 404, 'not_found');
  });
});

describe('Task 4: Add books', () => {
  it('POST /books answers 201 with the book and a Location; the author is created on first use', async () => {
    const { api } = await start();
    const res = await api.post('/books', { json: { title: 'The Dispossessed', author: 'Ursula K. Le Guin', publishedYear: 1974, isbn: '978-0-06-051275-9' } });
    expectStatus(res, 201);
    const book = expectBookShape(res);
    expect(book, res.request).toEqual({ id: book.id, title: 'The Dispossessed', author: 'Ursula K. Le Guin', authorId: book.authorId, publishedYear: 1974, isbn: '9780060512759', titleSort: 'dispossessed' });
    expect(Number.isInteger(book.id) && book.id > 0, `${res.request}: id is a positive integer`).toBe(true);
    const location = res.headers.get('location') ?? '';
    expect(location.endsWith(`/books/${book.id}`), `${res.request}: Location should be /books/${book.id}, got "${location}"`).toBe(true);
    const again = await createBook(api, { title: 'Lavinia', author: '  Ursula K. Le Guin ' });
    expect(again.authorId, 'a second book by the same (trimmed) name has the same author').toBe(book.authorId);
    expect(again.author, 'the author name, trimmed').toBe('Ursula K. Le Guin');
    const other = await createBook(api, { title: 'Lavinia', author: 'ursula k. le guin' });
    expect(other.authorId, 'a name in another case is another author').not.toBe(book.authorId);
    expect((await listAuthors(api)).map(({ name, bookCount }) => ({ name, bookCount })), 'GET /authors').toEqual([
      { name: 'Ursula K. Le Guin', bookCount: 2 },
      { name: 'ursula k. le guin', bookCount: 1 },
    ]);
  });

  it('POST /books: publishedYear and isbn are optional (null), titles are trimmed, titleSort follows the rule', async () => {
    const { api } = await start();
    const cases: Array<[string, string]> = [
      ['  The Hobbit  ', 'hobbit'],
      ['A Game of Thrones', 'game of thrones'],
      ['AN Unkindness of Ghosts', 'unkindness of ghosts'],
      ['Theodore', 'theodore'],
      ['Another Country', 'another country'],
      ['The', 'the'],
      ['Return of the King', 'return of the king'],
      ["' OR 1=1 --", "' or 1=1 --"],
    ];
    for (const [title, titleSort] of cases) {
      const book = await createBook(api, { title, author: 'Someone', publishedYear: null });
      expect({ title: book.title, titleSort: book.titleSort, publishedYear: book.publishedYear, isbn: book.isbn }, `POST /books with title ${JSON.stringify(title)}`).toEqual({ title: title.trim(), titleSort, publishedYear: null, isbn: null });
    }
    const x = await createBook(api, { title: 'Ten', author: 'Someone', isbn: '0-306-40615-x', publishedYear: -700 });
    expect([x.isbn, x.publishedYear], 'isbn 0-306-40615-x and publishedYear -700').toEqual(['030640615X', -700]);
  });

  it('a duplicate ISBN (in any form) answers 409 conflict naming isbn, and creates neither book nor author', async () => {
    const { api } = await start();
    const first = await createBook(api, { title: 'Dune', author: 'Frank Herbert', isbn: '9780441013593' });
    for (const isbn of ['9780441013593', '978-0-441-01359-3', '978 0441 013593']) {
      const res = await api.post('/books', { json: { title: 'Dune Copy', author: 'A New Author', isbn } });
      expectApiError(res, 409, 'conflict');
      const details = (res.json as { error: { details?: Array<{ field?: unknown }> } }).error.details;
      expect(Array.isArray(details) && details.some((d) => d?.field === 'isbn'), `${res.request}: error.details should have an entry with "field": "isbn", got ${JSON.stringify(details)}`).toBe(true);
    }
    expect(await listBooks(api), 'books after the 409s').toEqual([first]);
    expect((await listAuthors(api)).map((a) => a.name), 'authors after the 409s: the new author was rolled back with its book').toEqual(['Frank Herbert']);
    await createBook(api, { title: 'No ISBN 1', author: 'Frank Herbert' });
    await createBook(api, { title: 'No ISBN 2', author: 'Frank Herbert', isbn: null });
  });

  it('missing, blank, too long and wrong-typed fields answer 400 validation_failed naming them', async () => {
    const { api } = await start();
    const both = await api.post('/books', { json: {} });
    expectInvalid(both, 'title', 'author');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ author: 'A' }, 'title'],
      [{ title: 'T' }, 'author'],
      [{ title: '   ', author: 'A' }, 'title'],
      [{ title: 'T', author: '' }, 'author'],
      [{ title: 'x'.repeat(201), author: 'A' }, 'title'],
      [{ title: 'T', author: 'x'.repeat(101) }, 'author'],
      [{ title: 42, author: 'A' }, 'title'],
      [{ title: 'T', author: ['A'] }, 'author'],
      [{ title: 'T', author: null }, 'author'],
      [{ title: 'T', author: 'A', publishedYear: '1965' }, 'publishedYear'],
      [{ title: 'T', author: 'A', publishedYear: 1965.5 }, 'publishedYear'],
      [{ title: 'T', author: 'A', publishedYear: 3001 }, 'publishedYear'],
      [{ title: 'T', author: 'A', publishedYear: -3001 }, 'publishedYear'],
      [{ title: 'T', author: 'A', isbn: 9780441013593 }, 'isbn'],
      [{ title: 'T', author: 'A', isbn: '12345' }, 'isbn'],
      [{ title: 'T', author: 'A', isbn: '97804410135931' }, 'isbn'],
      [{ title: 'T', author: 'A', isbn: 'X780441013593' }, 'isbn'],
      [{ title: 'T', author: 'A', isbn: "978' OR 1=1 --" }, 'isbn'],
      [{ title: 'T', author: 'A', id: 7 }, 'id'],
      [{ title: 'T', author: 'A', authorId: 1 }, 'authorId'],
      [{ title: 'T', author: 'A', year: 1965 }, 'year'],
    ];
    for (const [json, field] of cases) expectInvalid(await api.post('/books', { json }), field);
    const edges = [
      await createBook(api, { title: 'x'.repeat(200), author: 'y'.repeat(100), publishedYear: 3000 }),
      await createBook(api, { title: 'Old', author: 'A', publishedYear: -3000 }),
    ];
    expect(await listBooks(api), 'books after the rejected POSTs: only the two valid ones').toHaveLength(edges.length);
    expect((await listAuthors(api)).length, 'authors after the rejected POSTs').toBe(2);
  });

  it('bodies: broken JSON 400, not JSON 415, over 16 KiB 413, not an object 400', async () => {
    const { api } = await start();
    const json = { 'content-type': 'application/json' };
    expectApiError(await api.post('/books', { body: '{"title": "Dune", ', headers: json }), 400, 'invalid_json');
    expectApiError(await api.post('/books', { body: '{"title":"Dune","author":"F"}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/books', { body: 'title=Dune&author=F', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    const dune = JSON.stringify({ title: 'Dune', author: 'Frank Herbert' });
    expectApiError(await api.post('/books', { body: dune, headers: { 'content-type': 'application/json; charset=latin1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/books', { body: dune, headers: { ...json, 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/books', { body: JSON.stringify({ title: 'x'.repeat(17_000), author: 'F' }), headers: json }), 413, 'payload_too_large');
    for (const body of ['[]', 'null', '"Dune"', '42']) {
      const res = await api.post('/books', { body, headers: json });
      expectNo5xx(res);
      expectStatus(res, 400);
    }
    expectInvalid(await api.post('/books', { body: '[{"title":"Dune","author":"F"}]', headers: json }), 'body');
    expect(await listBooks(api), 'books after the rejected POSTs').toEqual([]);
  });

  it('titles and author names full of SQL are stored as sent; the tables stay intact', async () => {
    const { api, dbFile } = await start();
    const hostile = ["' OR 1=1 --", "Robert'); DROP TABLE books;--", '"', ';', "x'); DELETE FROM authors; --"];
    const created: BookJson[] = [];
    for (const text of hostile) {
      const book = await createBook(api, { title: text, author: text });
      expect([book.title, book.author], `POST /books with title and author ${JSON.stringify(text)}`).toEqual([text, text]);
      created.push(book);
    }
    for (const book of created) {
      const res = await api.get(`/books/${book.id}`);
      expect(res.json, res.request).toEqual(book);
      expect(await listBooks(api, `?author=${encodeURIComponent(book.author)}`), `GET /books?author=${book.author}`).toEqual([book]);
    }
    await api.close();
    withRawDb(dbFile, (db) => {
      expect(appTables(db), 'tables after the hostile POSTs').toEqual(['authors', 'books']);
      expect(db.prepare('SELECT count(*) FROM books').pluck().get(), 'books in the file').toBe(hostile.length);
      expect(db.prepare('SELECT count(*) FROM authors').pluck().get(), 'authors in the file').toBe(hostile.length);
    });
  });

  it('hostile input on every route (corrupt bodies, malformed URLs, repeated parameters) answers 4xx JSON, never 5xx', async () => {
    const dbFile = v1Database();
    const { api } = await start({ dbFile });
    const book = await createBook(api, { title: 'Dune', author: 'Frank Herbert', publishedYear: 1965, isbn: '9780441013593' });
    await expectHostileInputRefused(
      api,
      [
        { method: 'GET', path: '/books', query: ['author'] },
        { method: 'GET', path: '/books/:id' },
        { method: 'POST', path: '/books', body: { title: 'The Hobbit', author: 'J. R. R. Tolkien', publishedYear: 1937, isbn: '9780547928227' } },
        { method: 'GET', path: '/authors' },
      ],
      { params: { id: String(book.id) } },
    );
  });

  it('new books land in the v3 tables with title_sort computed like the migration does', async () => {
    const dbFile = v1Database();
    const { api } = await start({ dbFile });
    const book = await createBook(api, { title: 'THE SHINING', author: 'Stephen King', isbn: '9780307743657' });
    expect(book.id, 'a new book gets an id no migrated book has').not.toBeOneOf(V1_SEED.map((b) => b.id));
    expect(book.authorId, 'Stephen King, migrated from v1, is reused').toBe((await listAuthors(api)).find((a) => a.name === 'Stephen King')?.id);
    await api.close();
    const rows = v3Books(dbFile);
    expect(rows.find((row) => row.id === book.id), 'the new row in books, with its author').toEqual({ id: book.id, title: 'THE SHINING', author: 'Stephen King', published_year: null, isbn: '9780307743657', title_sort: 'shining' });
    expect(rows.filter((row) => row.title_sort === 'shining').map((row) => row.id), 'the migrated and the new SHINING share a title_sort').toEqual([8, book.id]);
  });
});

const CLIENT = 'src/db/client.ts';

/** Adds a row to __drizzle_migrations, as a newer release of the app would have. */
function recordMigration(dbFile: string, createdAt: number): void {
  withRawDb(dbFile, (db) => db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('a-migration-from-the-future', createdAt));
}

/** Tries createApp on a file that must be refused; asserts the error and that the file is untouched. */
async function expectRefused(dbFile: string, why: string): Promise<void> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  const { SchemaTooNewError } = await load<ClientModule>(CLIENT, ['SchemaTooNewError']);
  const bytes = readFileSync(dbFile);
  const files = readdirSync(path.dirname(dbFile)).sort();
  let thrown: unknown;
  let app: ReturnType<AppModule['createApp']> | undefined;
  try {
    app = createApp({ dbFile });
  } catch (error) {
    thrown = error;
  }
  await app?.locals?.close?.();
  expect(thrown, `createApp on ${why}: should throw SchemaTooNewError`).toBeInstanceOf(Error);
  const error = thrown as Error;
  expect(error.name, `the name of the error createApp threw on ${why} (message: ${error.message})`).toBe('SchemaTooNewError');
  expect(error, `createApp on ${why}: an instance of SchemaTooNewError exported by ${CLIENT}`).toBeInstanceOf(SchemaTooNewError);
  expect(error.message, 'the message of SchemaTooNewError').toMatch(/^The database is newer than this code/);
  expect(readFileSync(dbFile).equals(bytes), `the database file after createApp refused ${why}: not one byte changed`).toBe(true);
  expect(readdirSync(path.dirname(dbFile)).sort(), `files next to the database after createApp refused ${why}`).toEqual(files);
}

describe('Task 5: Re-run safely and refuse a newer database', () => {
  it('a restart applies nothing twice and changes nothing', async () => {
    const dbFile = v1Database();
    await migrateWithApp(dbFile);
    const before = withRawDb(dbFile, (db) => ({ books: rowsOf(db, 'books'), authors: rowsOf(db, 'authors') }));
    const { api } = await start({ dbFile });
    const added = await createBook(api, { title: 'Night Watch', author: 'Terry Pratchett' });
    await api.close();
    await migrateWithApp(dbFile);
    expectMigrationsApplied(dbFile);
    const after = withRawDb(dbFile, (db) => ({ books: rowsOf<{ id: number }>(db, 'books'), authors: rowsOf(db, 'authors') }));
    expect(after.authors, 'authors after two more starts: the same rows').toEqual(before.authors);
    expect(after.books.filter((row) => row.id !== added.id), 'the migrated books after two more starts: the same rows').toEqual(before.books);
    const again = await start({ dbFile });
    expect((await listBooks(again.api)).find((book) => book.id === added.id), 'the book added before the restart').toEqual(added);
  });

  it('a database left at version 2 is migrated once: a second start applies nothing', async () => {
    const dbFile = v2Database();
    expect(readMigrationCount(dbFile), 'migrations recorded at version 2').toBe(2);
    await migrateWithApp(dbFile);
    const once = v3Books(dbFile);
    await migrateWithApp(dbFile);
    expectMigrationsApplied(dbFile);
    expect(v3Books(dbFile), 'books after a second start').toEqual(once);
  });

  it('a database with a migration created after the newest of the journal is refused, untouched', async () => {
    const dbFile = databaseAt(3);
    seedV2ToV3(dbFile);
    const last = readJournal().entries.at(-1)!.when;
    recordMigration(dbFile, last + 60_000);
    await expectRefused(dbFile, 'a database with a migration newer than the journal');
    expect(readMigrationCount(dbFile), 'rows in __drizzle_migrations after the refusal').toBe(4);
  });

  it('a database with more migrations than the journal is refused, even when their dates are old', async () => {
    const dbFile = databaseAt(3);
    seedV2ToV3(dbFile);
    recordMigration(dbFile, readJournal().entries[0]!.when);
    await expectRefused(dbFile, 'a database with 4 migrations applied and 3 in the journal');
  });

  it('a database 1 ms newer than the journal is refused; one at exactly the newest migration opens', async () => {
    const newer = databaseAt(2);
    const entries = readJournal().entries;
    recordMigration(newer, entries.at(-1)!.when + 1);
    await expectRefused(newer, 'a database with 3 migrations, the last one 1 ms newer than the journal');
    const same = databaseAt(3);
    const { api } = await start({ dbFile: same });
    expect(await listBooks(api), 'GET /books on a database at exactly version 3').toEqual([]);
  });

  it('a refused database keeps every row: nothing was written', async () => {
    const dbFile = v2Database();
    migrateTo(dbFile, 3);
    const before = v3Books(dbFile);
    recordMigration(dbFile, readJournal().entries.at(-1)!.when + 60_000);
    await expectRefused(dbFile, 'a database from a newer release');
    expect(v3Books(dbFile), 'the books of the refused database').toEqual(before);
  });
});

/** Seeds a v3 database with one author and one book, with plain SQL. */
function seedV2ToV3(dbFile: string): void {
  withRawDb(dbFile, (db) => {
    db.prepare('INSERT INTO authors (id, name) VALUES (1, ?)').run('Frank Herbert');
    db.prepare('INSERT INTO books (id, title, author_id, published_year, isbn, title_sort) VALUES (1, ?, 1, 1965, NULL, ?)').run('Dune', 'dune');
  });
}

