// The HTTP side of accounts: create, read, deposit, and the statement of entries. Throw
// HttpError for client errors: Express 5 passes it to errorHandler.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { AccountRow, EntryRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';

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

/** TODO (Task 1): the row as the API shows it, createdAt as toISOString(). */
export function toAccountJson(row: AccountRow): AccountJson {
  void row;
  throw new Error('Not implemented: toAccountJson (Task 1)');
}

/** TODO (Task 4): the entry as the API shows it. */
export function toEntryJson(row: EntryRow): EntryJson {
  void row;
  throw new Error('Not implemented: toEntryJson (Task 4)');
}

type WithId = Request<{ id: string }>;

export function accountsRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 1): parseCreateAccount, insertAccount, then 201 with a Location header.
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /accounts (Task 1)');
  };

  // TODO (Task 1): parseAccountId, findAccount, then the account or 404.
  const read = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /accounts/:id (Task 1)');
  };

  // TODO (Task 4): 404 for an unknown account, then { items, total, limit, offset }.
  const statement = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /accounts/:id/entries (Task 4)');
  };

  // TODO (Task 2): a transfer from CASH_ACCOUNT_ID in one db.transaction (recordTransfer from
  // ../transfers/repository.js); 404 for an unknown account and for cash itself; 201 with the
  // transfer (toTransferJson) and Location: /transfers/<id>.
  const deposit = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: POST /accounts/:id/deposits (Task 2)');
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:id/entries').get(statement).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:id/deposits').post(jsonBody, deposit).all(methodNotAllowed(['POST']));
  return router;
}
