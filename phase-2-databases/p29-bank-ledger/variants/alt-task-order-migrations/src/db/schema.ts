// The ledger's schema. drizzle-kit reads this file to generate the SQL migrations in drizzle/,
// and drizzle-orm reads it to type every query. The money rules live here, in the database:
// whatever program writes to this file, SQLite refuses a negative balance, a transfer of zero
// and a second use of an idempotency key.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The bank's own cash account: deposits come from it, so it is the one balance that goes below zero. */
export const CASH_ACCOUNT_ID = 0;

export const accounts = sqliteTable(
  'ledger_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    // Kept in step with the entries by the same transaction that writes them, so reading a
    // balance is one row, not a sum over the whole journal.
    balanceCents: integer('cents').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // No customer balance below zero, whatever writes it. Cash (id 0) is exempt: it is where
  // deposited money comes from, so its balance is minus everything ever deposited.
  (table) => [check('accounts_balance_not_negative', sql`${table.id} = 0 OR ${table.balanceCents} >= 0`)],
);

export const transfers = sqliteTable(
  'movements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Foreign keys: a transfer can only name accounts that exist (with PRAGMA foreign_keys = ON).
    fromAccountId: integer('debit_account')
      .notNull()
      .references(() => accounts.id),
    toAccountId: integer('credit_account')
      .notNull()
      .references(() => accounts.id),
    amountCents: integer('amount_cents').notNull(),
    // NULL for deposits (they take no key). A UNIQUE column allows many NULLs, but never the
    // same key twice: a retried transfer cannot be recorded a second time.
    idempotencyKey: text('request_key').unique('movements_request_key_uq'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    check('transfers_amount_positive', sql`${table.amountCents} > 0`),
    check('transfers_distinct_accounts', sql`${table.fromAccountId} <> ${table.toAccountId}`),
  ],
);

/** The journal: two rows per transfer, -amount on the source and +amount on the target. */
export const entries = sqliteTable(
  'postings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    transferId: integer('movement_id')
      .notNull()
      .references(() => transfers.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    amountCents: integer('amount_cents').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // An account's statement reads its entries newest first: this index serves that query
  // without scanning the whole journal.
  (table) => [index('postings_by_account').on(table.accountId, table.id)],
);

export type AccountRow = typeof accounts.$inferSelect;
export type TransferRow = typeof transfers.$inferSelect;
export type EntryRow = typeof entries.$inferSelect;
