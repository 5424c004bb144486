// The input rules of transfers: the body, the Idempotency-Key header and the path id. Reuse
// `validate` and `amountCents` from ../accounts/validation.js.
import { HttpError } from '../errors.js';

export interface TransferInput {
  from: number;
  to: number;
  amountCents: number;
}

/** The header a client sends so that retrying a transfer can never move the money twice. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * TODO (Task 3): { from, to, amountCents } only; from and to are customer account ids (whole
 * numbers from 1) and differ (the problem is reported under `to`).
 */
export function parseTransfer(body: unknown): TransferInput {
  void body;
  throw new Error('Not implemented: parseTransfer (Task 3)');
}

/**
 * TODO (Task 3): the header's value, undefined when absent: 1 to 64 of A-Z a-z 0-9 _ -. Problems
 * are a 400 validation_failed whose details name the field 'Idempotency-Key'.
 */
export function parseIdempotencyKey(value: string | undefined): string {
  void value;
  throw new Error('Not implemented: parseIdempotencyKey (Task 3)');
}

/** TODO (Task 3): the :id of /transfers/:id; anything but digits throws transferNotFound(raw). */
export function parseTransferId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseTransferId (Task 3)');
}

export function transferNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no transfer ${id}.`);
}
