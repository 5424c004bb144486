// The input rules of the links API (SPEC.md, Tasks 1 to 3): 400 validation_failed with one
// detail per problem, 404 for codes that cannot name a link.
import type { HttpError } from '../errors.js';

export interface CreateLinkInput {
  url: string;
  /** The code the client chose, or undefined for a generated one. */
  alias?: string;
}

export const MAX_URL_LENGTH = 2048;
export const CODE_PATTERN = /^[A-Za-z0-9_-]{3,32}$/;
export const RESERVED_ALIASES = ['api', 'assets'];
export const DEFAULT_DAYS = 7;
export const MAX_DAYS = 90;

/** TODO (Task 1): p24's rule for a URL a browser may be sent to. */
export function isSafeHttpUrl(value: string): boolean {
  void value;
  throw new Error('Not implemented: isSafeHttpUrl (Task 1)');
}

/** TODO (Task 1): the body of POST /api/links; every problem listed in details. */
export function parseCreateLink(body: unknown): CreateLinkInput {
  void body;
  throw new Error('Not implemented: parseCreateLink (Task 1)');
}

/** TODO (Task 3): ?days= of the stats. */
export function parseDays(raw: unknown): number {
  void raw;
  throw new Error('Not implemented: parseDays (Task 3)');
}

/** TODO (Task 1): the :code of a path, or a 404. */
export function parseCode(raw: string): string {
  void raw;
  throw new Error('Not implemented: parseCode (Task 1)');
}

export function linkNotFound(code: string): HttpError {
  void code;
  throw new Error('Not implemented: linkNotFound (Task 1)');
}
