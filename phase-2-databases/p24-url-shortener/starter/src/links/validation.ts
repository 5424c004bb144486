// Turns untrusted input (JSON bodies, path segments) into typed values, or throws the 400/404
// the client should see. Use zod (import { z } from 'zod'), as in p21.
import { HttpError } from '../errors.js';

export interface CreateLinkInput {
  url: string;
  /** The code the client chose, or undefined for a generated one. */
  alias?: string;
  /** null: the link never expires. */
  expiresAt: Date | null;
}

export const MAX_URL_LENGTH = 2048;
export const ALIAS_PATTERN = /^[A-Za-z0-9_-]{3,32}$/;
/** First segments of paths the API answers itself (compared in any case: Express routes do). */
export const RESERVED_ALIASES = ['links', 'health', 'api', 'stats', 'admin'];

// Every parse function throws new HttpError(400, 'validation_failed', message, details) for bad
// input, where details lists { field, message } for every problem (SPEC.md, Interface).

/**
 * TODO (Task 2): true only for an absolute http:// or https:// URL with a host and no whitespace
 * or control characters anywhere. new URL() alone is not enough (SPEC.md, Task 2, says why).
 */
export function isSafeHttpUrl(value: string): boolean {
  void value;
  throw new Error('Not implemented: isSafeHttpUrl (Task 2)');
}

/**
 * TODO (Task 2): url required, nothing but url, alias and expiresAt allowed.
 * TODO (Task 3): alias (ALIAS_PATTERN, not a reserved word) and expiresAt (an ISO date-time
 * later than now, or null) are optional.
 */
export function parseCreateLink(body: unknown, now: Date): CreateLinkInput {
  void [body, now];
  throw new Error('Not implemented: parseCreateLink (Task 2)');
}

/** TODO (Task 2, for GET /links/:code): the :code of a path; anything that does not match ALIAS_PATTERN throws linkNotFound(raw). */
export function parseCode(raw: string): string {
  void raw;
  throw new Error('Not implemented: parseCode (Task 4)');
}

export function linkNotFound(code: string): HttpError {
  return new HttpError(404, 'not_found', `There is no link with code ${JSON.stringify(code)}.`);
}
