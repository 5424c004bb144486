// Turns untrusted input (JSON bodies, query strings, path segments) into typed values, or
// throws the 400/404 the client should see. transfers/validation.ts reuses `validate` and
// `amountCents`.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export interface CreateAccountInput {
  name: string;
}

export interface DepositInput {
  amountCents: number;
}

/** One page of a statement: `limit` entries after skipping `offset`. */
export interface Page {
  limit: number;
  offset: number;
}

export const MAX_NAME_LENGTH = 100;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/**
 * TODO (Task 2): money is a whole number of cents from 1 to Number.MAX_SAFE_INTEGER. z.number()
 * lets 1.5, 0, -5 and 2 ** 60 through: look at z.int() and .positive().
 */
export const amountCents = z.number();

/** One entry per problem; a problem with the body as a whole (not an object) is `body`'s. */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a known field' }))
      : [{ field: issue.path.join('.') || 'body', message: issue.message }],
  );
}

/** Parses `input` with `schema`, or throws a 400 validation_failed listing every problem (as in p21). */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new HttpError(400, 'validation_failed', message, details);
}

/** TODO (Task 1): { name } only: 1 to 100 characters, not blank; any other field is an error. */
export function parseCreateAccount(body: unknown): CreateAccountInput {
  void body;
  throw new Error('Not implemented: parseCreateAccount (Task 1)');
}

/** TODO (Task 2): { amountCents } only. */
export function parseDeposit(body: unknown): DepositInput {
  void body;
  throw new Error('Not implemented: parseDeposit (Task 2)');
}

/** TODO (Task 4): limit 1 to 100 (default 20), offset 0 or more (default 0), digits only. */
export function parsePageQuery(query: unknown): Page {
  void query;
  throw new Error('Not implemented: parsePageQuery (Task 4)');
}

/** TODO (Task 1): the :id of /accounts/:id; anything but digits throws accountNotFound(raw). */
export function parseAccountId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseAccountId (Task 1)');
}

export function accountNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no account ${id}.`);
}
