// POST /transfers and GET /transfers/:id. A transfer is one transaction: the idempotency key is
// looked up, the accounts are checked, and the four writes of recordTransfer are made, all or
// nothing. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import { findAccount } from '../accounts/repository.js';
import type { Db, Queryable } from '../db/client.js';
import { isCheckViolation } from '../db/errors.js';
import type { TransferRow } from '../db/schema.js';
import { HttpError, methodNotAllowed, type FieldProblem } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { findTransfer, findTransferByKey, recordTransfer } from './repository.js';
import { IDEMPOTENCY_HEADER, parseIdempotencyKey, parseTransfer, parseTransferId, transferNotFound, type TransferInput } from './validation.js';

/** A transfer (or a deposit, whose `from` is the cash account 0) as the API shows it. */
export interface TransferJson {
  id: number;
  from: number;
  to: number;
  amountCents: number;
  createdAt: string;
}

export function toTransferJson(row: TransferRow): TransferJson {
  return {
    id: row.id,
    from: row.fromAccountId,
    to: row.toAccountId,
    amountCents: row.amountCents,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A retry must ask for exactly what the first request asked for. */
function sameRequest(row: TransferRow, input: TransferInput): boolean {
  return row.fromAccountId === input.from && row.toAccountId === input.to && row.amountCents === input.amountCents;
}

/** 404 naming every account of the request that does not exist. */
function requireAccounts(db: Queryable, input: TransferInput): void {
  const missing: FieldProblem[] = (['from', 'to'] as const)
    .filter((field) => findAccount(db, input[field]) === undefined)
    .map((field) => ({ field, message: `there is no account ${input[field]}` }));
  if (missing.length > 0) {
    const message = missing.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
    throw new HttpError(404, 'not_found', message, missing);
  }
}

/** Read after the rollback: what the source holds, and what the client asked to move. */
function insufficientFunds(db: Queryable, input: TransferInput): HttpError {
  const balanceCents = findAccount(db, input.from)!.balanceCents;
  return new HttpError(409, 'insufficient_funds', `Account ${input.from} holds ${balanceCents} cents, less than ${input.amountCents}.`, {
    balanceCents,
    amountCents: input.amountCents,
  });
}

interface Outcome {
  row: TransferRow;
  /** True when the key was seen before: the original transfer, nothing applied again. */
  replayed: boolean;
}

/**
 * The whole transfer in ONE transaction. `immediate` takes SQLite's write lock at BEGIN, so
 * another connection cannot record the same key between our lookup and our insert. Throwing
 * inside the callback rolls back everything written in it.
 */
export function transferOnce(db: Db, input: TransferInput, key: string, now: Date): Outcome {
  try {
    return db.transaction(
      (tx): Outcome => {
        const earlier = findTransferByKey(tx, key);
        if (earlier) {
          if (!sameRequest(earlier, input)) {
            throw new HttpError(422, 'idempotency_mismatch', `The key ${key} was used for another transfer: use a new key for a new transfer.`);
          }
          return { row: earlier, replayed: true };
        }
        requireAccounts(tx, input);
        return { row: recordTransfer(tx, { ...input, idempotencyKey: key }, now), replayed: false };
      },
    );
  } catch (error) {
    // The database refused the debit (CHECK balance >= 0): the transaction is already undone.
    if (isCheckViolation(error)) throw insufficientFunds(db, input);
    throw error;
  }
}

type WithId = Request<{ id: string }>;

export function transfersRouter(db: Db, now: () => Date): Router {
  const create = (req: Request, res: Response): void => {
    const key = parseIdempotencyKey(req.get(IDEMPOTENCY_HEADER));
    const input = parseTransfer(req.body);
    const { row, replayed } = transferOnce(db, input, key, now());
    // A replay answers exactly what the first request got, and says that it is one.
    if (replayed) res.set('Idempotent-Replayed', 'true');
    res.status(201).location(`/transfers/${row.id}`).json(toTransferJson(row));
  };

  const read = (req: WithId, res: Response): void => {
    const id = parseTransferId(req.params.id);
    const row = findTransfer(db, id);
    if (!row) throw transferNotFound(id);
    res.json(toTransferJson(row));
  };

  const router = Router();
  router.route('/').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
