// Queries on accounts and their entries, written with drizzle's query builder. Each takes a
// Queryable, so that it works on the database and inside a transaction (the `tx`) alike.
import type { Queryable } from '../db/client.js';
import type { AccountRow, EntryRow } from '../db/schema.js';
import type { Page } from './validation.js';

/** TODO (Task 1): insert and return the new account, balance 0, createdAt = now. */
export function insertAccount(db: Queryable, name: string, now: Date): AccountRow {
  void [db, name, now];
  throw new Error('Not implemented: insertAccount (Task 1)');
}

/** TODO (Task 1): the account with this id, or undefined. */
export function findAccount(db: Queryable, id: number): AccountRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findAccount (Task 1)');
}

/** TODO (Task 4): one page of the account's entries, newest first, and how many it has in all. */
export function listEntries(db: Queryable, accountId: number, page: Page): { rows: EntryRow[]; total: number } {
  void [db, accountId, page];
  throw new Error('Not implemented: listEntries (Task 4)');
}
