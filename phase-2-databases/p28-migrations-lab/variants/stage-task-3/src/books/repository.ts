// Every query on books. drizzle builds parameterised SQL: values travel to SQLite separately
// from the SQL text, so no input can change what a query does.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { authors, books } from '../db/schema.js';
import type { BookFilter, CreateBookInput } from './validation.js';

/** A book with its author's name, as the API shows it. */
export interface Book {
  id: number;
  title: string;
  author: string;
  authorId: number;
  publishedYear: number | null;
  isbn: string | null;
  titleSort: string;
}

/**
 * TODO (Task 4): the key books are sorted by: the title lower-cased (A to Z only, as SQLite's
 * lower() does), without one leading "the ", "a " or "an ". The same rule as migration 0001.
 */
export function titleSortKey(title: string): string {
  void title;
  throw new Error('Not implemented: titleSortKey (Task 4)');
}

// One SELECT shape for every read: the book's columns and its author's name, joined by id.
const bookColumns = {
  id: books.id,
  title: books.title,
  author: authors.name,
  authorId: books.authorId,
  publishedYear: books.publishedYear,
  isbn: books.isbn,
  titleSort: books.titleSort,
};

function selectBooks(db: Db) {
  return db.select(bookColumns).from(books).innerJoin(authors, eq(books.authorId, authors.id));
}

/** The books, by title_sort then id; only one author's when the filter names one. */
export function listBooks(db: Db, filter: BookFilter): Book[] {
  const query = selectBooks(db);
  const filtered = filter.author === undefined ? query : query.where(eq(authors.name, filter.author));
  return filtered.orderBy(asc(books.titleSort), asc(books.id)).all();
}

export function findBook(db: Db, id: number): Book | undefined {
  return selectBooks(db).where(eq(books.id, id)).get();
}

/**
 * TODO (Task 4): in one db.transaction: find or create the author by name, then insert the book
 * (titleSort from titleSortKey). A duplicate ISBN must roll the new author back too.
 */
export function insertBook(db: Db, input: CreateBookInput): Book {
  void [db, input];
  throw new Error('Not implemented: insertBook (Task 4)');
}
