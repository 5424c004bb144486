// Every query on books, written with drizzle's query builder (never by gluing strings into SQL).
import type { Db } from '../db/client.js';
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

/** TODO (Task 3): the books joined to their authors, by title_sort then id; one author's when filtered. */
export function listBooks(db: Db, filter: BookFilter): Book[] {
  void [db, filter];
  throw new Error('Not implemented: listBooks (Task 3)');
}

/** TODO (Task 3): one book with its author's name, or undefined. */
export function findBook(db: Db, id: number): Book | undefined {
  void [db, id];
  throw new Error('Not implemented: findBook (Task 3)');
}

/**
 * TODO (Task 4): in one db.transaction: find or create the author by name, then insert the book
 * (titleSort from titleSortKey). A duplicate ISBN must roll the new author back too.
 */
export function insertBook(db: Db, input: CreateBookInput): Book {
  void [db, input];
  throw new Error('Not implemented: insertBook (Task 4)');
}
