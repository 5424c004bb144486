// Turns untrusted input (JSON bodies, path segments) into typed values, or throws the 400/404
// the client should see. Nothing unchecked gets past this file.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

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

/**
 * A URL we are willing to send browsers to. `new URL()` alone is not enough: it accepts
 * `javascript:`, `data:` and `ftp:` URLs, and it quietly trims spaces and control characters
 * (` javascript:alert(1)` parses as javascript:). So: nothing that could be a trick (whitespace,
 * control characters), the scheme written out as http:// or https://, and then a URL the WHATWG
 * parser accepts. For http and https it accepts none without a host (`http://` throws).
 */
export function isSafeHttpUrl(value: string): boolean {
  return !/[\s\u0000-\u001f\u007f]/.test(value) && /^https?:\/\//i.test(value) && URL.canParse(value);
}

const url = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine(isSafeHttpUrl, 'must be an absolute http:// or https:// URL with a host and no spaces');

// Task 3 (unused here)
export const aliasRule = z
  .string()
  .regex(ALIAS_PATTERN, 'must be 3 to 32 letters, digits, _ or -')
  .refine((value) => !RESERVED_ALIASES.includes(value.toLowerCase()), 'is a reserved word');

/** `2026-02-01T00:00:00Z`, with milliseconds or an offset such as +02:00; in the future. */
export function expiresAtAfter(now: Date) {
  return z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .refine((date) => date.getTime() > now.getTime(), 'must be in the future')
    .nullable()
    .default(null);
}

function createLinkBody(_now: Date) {
  // Task 3 not done yet: alias and expiresAt are not read.
  return z.strictObject({ url, alias: z.unknown().optional(), expiresAt: z.unknown().optional() }).transform(({ url }) => ({ url, alias: undefined, expiresAt: null }));
}

/** One entry per problem; a problem with the body as a whole (not an object) is `body`'s. */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a field of a link' }))
      : [{ field: issue.path.join('.') || 'body', message: issue.message }],
  );
}

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new HttpError(400, 'validation_failed', message, details);
}

/** The body of POST /links; `now` decides whether expiresAt is in the future. */
export function parseCreateLink(body: unknown, now: Date): CreateLinkInput {
  return validate(createLinkBody(now), body);
}

/**
 * The :code of a path. Every code, generated or chosen, follows the alias pattern, so anything
 * else (a quote, a space, a dot) cannot name a link: 404, without asking the database.
 */
export function parseCode(raw: string): string {
  if (!ALIAS_PATTERN.test(raw)) throw linkNotFound(raw);
  return raw;
}

export function linkNotFound(code: string): HttpError {
  return new HttpError(404, 'not_found', `There is no link with code ${JSON.stringify(code)}.`);
}
