// Queries on accounts and their entries. drizzle builds parameterised SQL: values travel to
// SQLite separately from the SQL text, so no input can change what a query does.
import { count, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { accounts, entries, type AccountRow, type EntryRow } from '../db/schema.js';
import type { Page } from './validation.js';

/** A new account starts at zero: money only arrives through deposits and transfers. */
export function insertAccount(db: Queryable, name: string, now: Date): AccountRow {
  return db.insert(accounts).values({ name, balanceCents: 0, createdAt: now }).returning().get();
}

export function findAccount(db: Queryable, id: number): AccountRow | undefined {
  return db.select().from(accounts).where(eq(accounts.id, id)).get();
}

/**
 * One page of an account's statement, newest first, and how many entries it has in all. Entry
 * ids only grow, so ordering by id is ordering by time, and two entries never tie.
 */
export function listEntries(db: Queryable, accountId: number, page: Page): { rows: EntryRow[]; total: number } {
  const mine = eq(entries.accountId, accountId);
  const rows = db.select().from(entries).where(mine).orderBy(desc(entries.id)).limit(page.limit).offset(page.offset).all();
  const { total } = db.select({ total: count() }).from(entries).where(mine).get()!;
  return { rows, total };
}
