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
 * The key books are sorted by: the title lower-cased, without one leading "the ", "a " or
 * "an ". Only A to Z are lower-cased, exactly as SQLite's lower() does in migration 0001, so
 * that a book gets the same key whether the migration or the API computed it.
 */
export function titleSortKey(title: string): string {
  let key = '';
  for (const ch of title) key += ch >= 'A' && ch <= 'Z' ? String.fromCharCode(ch.charCodeAt(0) + 32) : ch;
  for (const article of ['the ', 'an ', 'a ']) {
    if (key.startsWith(article)) return key.slice(article.length);
  }
  return key;
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
 * Inserts a book, creating its author on first use. Both writes happen in one transaction: when
 * the book is refused (a duplicate ISBN), the new author is rolled back with it.
 */
export function insertBook(db: Db, input: CreateBookInput): Book {
  return db.transaction((tx) => {
    const found = tx.select({ id: authors.id }).from(authors).where(eq(authors.name, input.author)).get();
    const authorId = found?.id ?? tx.insert(authors).values({ name: input.author }).returning({ id: authors.id }).get().id;
    const row = tx
      .insert(books)
      .values({ title: input.title, authorId, publishedYear: input.publishedYear, isbn: input.isbn, titleSort: titleSortKey(input.title) })
      .returning()
      .get();
    return { ...row, author: input.author };
  });
}
