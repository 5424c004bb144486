// Queries on authors.
import type { Db } from '../db/client.js';

/** An author as the API shows it, with how many books name them. */
export interface Author {
  id: number;
  name: string;
  bookCount: number;
}

/** TODO (Task 3): every author by name, then id, with their book count (a LEFT JOIN and GROUP BY). */
export function listAuthors(db: Db): Author[] {
  void db;
  throw new Error('Not implemented: listAuthors (Task 3)');
}
