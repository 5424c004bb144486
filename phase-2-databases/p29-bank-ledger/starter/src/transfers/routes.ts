// POST /transfers and GET /transfers/:id. A transfer is ONE transaction: the idempotency key is
// looked up, the accounts are checked, and the writes of recordTransfer are made, all or nothing.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { TransferRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import type { TransferInput } from './validation.js';

/** A transfer (or a deposit, whose `from` is the cash account 0) as the API shows it. */
export interface TransferJson {
  id: number;
  from: number;
  to: number;
  amountCents: number;
  createdAt: string;
}

/** TODO (Task 2): the row as the API shows it. */
export function toTransferJson(row: TransferRow): TransferJson {
  void row;
  throw new Error('Not implemented: toTransferJson (Task 2)');
}

interface Outcome {
  row: TransferRow;
  /** True when the key was seen before: the original transfer, nothing applied again. */
  replayed: boolean;
}

/**
 * TODO (Task 3): one db.transaction((tx) => ..., { behavior: 'immediate' }): 404 naming each
 * unknown account (details [{ field: 'from' | 'to', message }]), then recordTransfer. Catch a
 * CHECK violation outside the transaction: 409 insufficient_funds with details
 * { balanceCents, amountCents }.
 * TODO (Task 5): first, inside the transaction, look the key up: the same request replays
 * (replayed: true), another one is a 422 idempotency_mismatch.
 */
export function transferOnce(db: Db, input: TransferInput, key: string, now: Date): Outcome {
  void [db, input, key, now];
  throw new Error('Not implemented: transferOnce (Task 3)');
}

type WithId = Request<{ id: string }>;

export function transfersRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 3): parseIdempotencyKey(req.get(IDEMPOTENCY_HEADER)), parseTransfer(req.body),
  // transferOnce, then 201 with Location: /transfers/<id>.
  // TODO (Task 5): a replay also sets the header Idempotent-Replayed: true.
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /transfers (Task 3)');
  };

  // TODO (Task 3): parseTransferId, findTransfer, then the transfer or 404.
  const read = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /transfers/:id (Task 3)');
  };

  const router = Router();
  router.route('/').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
