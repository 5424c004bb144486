// The writes of the ledger. recordTransfer runs four statements that only make sense together;
// the caller runs it inside db.transaction() so that they all happen or none does.
import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { accounts, entries, transfers, type TransferRow } from '../db/schema.js';

export interface NewTransfer {
  from: number;
  to: number;
  amountCents: number;
  /** null for a deposit: deposits take no key. */
  idempotencyKey: string | null;
}

/** Adds `deltaCents` to a balance in SQL (balance = balance + ?), so no stale read can be written back. */
function addToBalance(db: Queryable, accountId: number, deltaCents: number): void {
  // Read the balance, add in JavaScript, write the result back.
  const current = db.select({ balanceCents: accounts.balanceCents }).from(accounts).where(eq(accounts.id, accountId)).get()!;
  db.update(accounts)
    .set({ balanceCents: current.balanceCents + deltaCents })
    .where(eq(accounts.id, accountId))
    .run();
}

/**
 * Double entry: the transfer, an entry of -amount on the source and one of +amount on the
 * target (they sum to zero), and both balances moved by the same amounts. When the source
 * cannot afford it, the CHECK on accounts refuses the debit and throws: the caller's
 * transaction then undoes the rows written before it.
 */
export function recordTransfer(db: Queryable, transfer: NewTransfer, now: Date): TransferRow {
  const row = db
    .insert(transfers)
    .values({
      fromAccountId: transfer.from,
      toAccountId: transfer.to,
      amountCents: transfer.amountCents,
      idempotencyKey: transfer.idempotencyKey,
      createdAt: now,
    })
    .returning()
    .get();
  db.insert(entries)
    .values([
      { transferId: row.id, accountId: transfer.from, amountCents: -transfer.amountCents, createdAt: now },
      { transferId: row.id, accountId: transfer.to, amountCents: transfer.amountCents, createdAt: now },
    ])
    .run();
  addToBalance(db, transfer.from, -transfer.amountCents);
  addToBalance(db, transfer.to, transfer.amountCents);
  return row;
}

export function findTransfer(db: Queryable, id: number): TransferRow | undefined {
  return db.select().from(transfers).where(eq(transfers.id, id)).get();
}

export function findTransferByKey(db: Queryable, key: string): TransferRow | undefined {
  return db.select().from(transfers).where(eq(transfers.idempotencyKey, key)).get();
}
