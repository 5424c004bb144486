// The writes of the ledger. recordTransfer makes four writes that only make sense together:
// its callers run it inside db.transaction() so that they all happen or none does.
import type { Queryable } from '../db/client.js';
import type { TransferRow } from '../db/schema.js';

export interface NewTransfer {
  from: number;
  to: number;
  amountCents: number;
  /** null for a deposit: deposits take no key. */
  idempotencyKey: string | null;
}

/**
 * TODO (Task 2): double entry. Insert the transfer, then its two entries (-amount on `from`,
 * +amount on `to`), then move both balances in SQL: set({ balanceCents: sql`${accounts.balanceCents} + ${delta}` }).
 * Return the transfer row.
 */
export function recordTransfer(db: Queryable, transfer: NewTransfer, now: Date): TransferRow {
  void [db, transfer, now];
  throw new Error('Not implemented: recordTransfer (Task 2)');
}

/** TODO (Task 3): the transfer with this id, or undefined. */
export function findTransfer(db: Queryable, id: number): TransferRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findTransfer (Task 3)');
}

/** TODO (Task 5): the transfer recorded with this idempotency key, or undefined. */
export function findTransferByKey(db: Queryable, key: string): TransferRow | undefined {
  void [db, key];
  throw new Error('Not implemented: findTransferByKey (Task 5)');
}
