// The ledger's schema. drizzle-kit reads this file to generate the SQL migrations in drizzle/,
// and drizzle-orm reads it to type every query. After every change here, run
// `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

/** The bank's own cash account: deposits come from it, so it is the one balance that goes below zero. */
export const CASH_ACCOUNT_ID = 0;

export const accounts = sqliteTable('accounts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): name (text, not null), balanceCents (integer, not null, default 0),
  // createdAt (integer({ mode: 'timestamp_ms' }), not null).
  // TODO (Task 6): a check() that no balance but cash's goes below zero (sqliteTable's third argument).
});

export const transfers = sqliteTable('transfers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 3): fromAccountId and toAccountId (integers referencing accounts.id), amountCents,
  // createdAt. TODO (Task 5): idempotencyKey, text, unique, NULL for deposits.
  // TODO (Task 6): a check() that amountCents > 0.
});

/** The journal: two rows per transfer, -amount on the source and +amount on the target. */
export const entries = sqliteTable('entries', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 2): transferId (references transfers.id), accountId (references accounts.id),
  // amountCents (signed), createdAt.
});

export type AccountRow = typeof accounts.$inferSelect;
export type TransferRow = typeof transfers.$inferSelect;
export type EntryRow = typeof entries.$inferSelect;
