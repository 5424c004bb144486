// Queries on authors.
import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { authors, books } from '../db/schema.js';

/** An author as the API shows it, with how many books name them. */
export interface Author {
  id: number;
  name: string;
  bookCount: number;
}

/**
 * Every author by name (SQLite's default BINARY order: "Z" before "a"), then id, with their
 * book count. LEFT JOIN, so that an author without books would still be listed, with 0.
 */
export function listAuthors(db: Db): Author[] {
  return db
    .select({ id: authors.id, name: authors.name, bookCount: count(books.id) })
    .from(authors)
    .leftJoin(books, eq(books.authorId, authors.id))
    .groupBy(authors.id)
    .orderBy(asc(authors.name), asc(authors.id))
    .all();
}
