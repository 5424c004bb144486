// The HTTP side of accounts: create, read, deposit, and the statement of entries.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { eq } from 'drizzle-orm';
import { CASH_ACCOUNT_ID, accounts, type AccountRow, type EntryRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { recordTransfer } from '../transfers/repository.js';
import { toTransferJson } from '../transfers/routes.js';
import { findAccount, insertAccount, listEntries } from './repository.js';
import { accountNotFound, parseAccountId, parseCreateAccount, parseDeposit, parsePageQuery } from './validation.js';

export interface AccountJson {
  id: number;
  name: string;
  balanceCents: number;
  createdAt: string;
}

export interface EntryJson {
  id: number;
  transferId: number;
  amountCents: number;
  createdAt: string;
}

export function toAccountJson(row: AccountRow): AccountJson {
  return { id: row.id, name: row.name, balanceCents: row.balanceCents, createdAt: row.createdAt.toISOString() };
}

export function toEntryJson(row: EntryRow): EntryJson {
  return { id: row.id, transferId: row.transferId, amountCents: row.amountCents, createdAt: row.createdAt.toISOString() };
}

type WithId = Request<{ id: string }>;

export function accountsRouter(db: Db, now: () => Date): Router {
  const create = (req: Request, res: Response): void => {
    const { name } = parseCreateAccount(req.body);
    const row = insertAccount(db, name, now());
    res.status(201).location(`/accounts/${row.id}`).json(toAccountJson(row));
  };

  const read = (req: WithId, res: Response): void => {
    const id = parseAccountId(req.params.id);
    const row = findAccount(db, id);
    if (!row) throw accountNotFound(id);
    res.json(toAccountJson(row));
  };

  const statement = (req: WithId, res: Response): void => {
    const id = parseAccountId(req.params.id);
    const page = parsePageQuery(req.query);
    if (!findAccount(db, id)) throw accountNotFound(id);
    const { rows, total } = listEntries(db, id, page);
    res.json({ items: rows.map(toEntryJson), total, limit: page.limit, offset: page.offset });
  };

  // A deposit is a transfer from the bank's cash account: double entry like any other, so the
  // customer balances always add up to what was deposited (and cash to minus that).
  const deposit = (req: WithId, res: Response): void => {
    const id = parseAccountId(req.params.id);
    const { amountCents } = parseDeposit(req.body);
    // Read the balance, then write back the new one.
    const account = id === CASH_ACCOUNT_ID ? undefined : findAccount(db, id);
    if (!account) throw accountNotFound(id);
    const row = db.transaction(
      (tx) => {
        const recorded = recordTransfer(tx, { from: CASH_ACCOUNT_ID, to: id, amountCents, idempotencyKey: null }, now());
        tx.update(accounts).set({ balanceCents: account.balanceCents + amountCents }).where(eq(accounts.id, id)).run();
        return recorded;
      },
      { behavior: 'immediate' },
    );
    res.status(201).location(`/transfers/${row.id}`).json(toTransferJson(row));
  };

  const router = Router();
  router.route('/').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:id/entries').get(statement).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:id/deposits').post(jsonBody, deposit).all(methodNotAllowed(['POST']));
  return router;
}
