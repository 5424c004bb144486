// Turns untrusted input (JSON bodies, query strings, path segments) into typed values, or
// throws the 400/404 the client should see. Use zod (import { z } from 'zod'), as in phase 1.
import { HttpError } from '../errors.js';

export interface CreateUserInput {
  /** Lower-cased: two emails that differ only in case are the same email. */
  email: string;
  name: string;
}

/** A PATCH body: only the fields sent, at least one. */
export type UpdateUserInput = Partial<CreateUserInput>;

/** One page of the list: `limit` users after skipping `offset`. */
export interface Page {
  limit: number;
  offset: number;
}

export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 100;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

// Every parse function throws new HttpError(400, 'validation_failed', message, details) for bad
// input, where details lists { field, message } for every problem (SPEC.md, Interface).

/** TODO (Task 2): email and name required, nothing else allowed; lower-case the email. */
export function parseCreateUser(body: unknown): CreateUserInput {
  void body;
  throw new Error('Not implemented: parseCreateUser (Task 2)');
}

/** TODO (Task 4): the same rules as parseCreateUser, but each field optional (at least one). */
export function parseUpdateUser(body: unknown): UpdateUserInput {
  void body;
  throw new Error('Not implemented: parseUpdateUser (Task 4)');
}

/** TODO (Task 3): limit 1 to 100 (default 20), offset 0 or more (default 0), digits only. */
export function parseListQuery(query: unknown): Page {
  void query;
  throw new Error('Not implemented: parseListQuery (Task 3)');
}

/** TODO (Task 3): the :id of /users/:id; anything but digits throws userNotFound(raw). */
export function parseUserId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseUserId (Task 3)');
}

export function userNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no user with id ${id}.`);
}
