// The input rules of transfers: the body, the Idempotency-Key header and the path id.
import { z } from 'zod';
import { amountCents, validate } from '../accounts/validation.js';
import { HttpError } from '../errors.js';

export interface TransferInput {
  from: number;
  to: number;
  amountCents: number;
}

/** The header a client sends so that retrying a transfer can never move the money twice. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Customer accounts are numbered from 1: account 0 is the bank's cash, not a party to transfers. */
const customerAccount = z.int('must be an account id').positive('must be a customer account (1 or more)');

const transferBody = z
  .strictObject({ from: customerAccount, to: customerAccount, amountCents })
  .refine((body) => body.from !== body.to, { message: 'must differ from from', path: ['to'] });

// Long enough for a UUID, short and plain enough to store and log safely.
const idempotencyKey = z.string(`is required`).regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, _ or -');

export function parseTransfer(body: unknown): TransferInput {
  return validate(transferBody, body);
}

/** The header's value (undefined when absent); its problems are reported under the header's name. */
export function parseIdempotencyKey(value: string | undefined): string {
  return validate(z.object({ [IDEMPOTENCY_HEADER]: idempotencyKey }), { [IDEMPOTENCY_HEADER]: value })[IDEMPOTENCY_HEADER];
}

/** A path id: digits only, else a 404 like an unknown transfer. */
export function parseTransferId(raw: string): number {
  if (!/^\d+$/.test(raw)) throw transferNotFound(raw);
  return Number(raw);
}

export function transferNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no transfer ${id}.`);
}
