// Turns untrusted input (JSON bodies, path segments, query strings) into typed values, or throws
// the 400/404 the client should see. The page shows these messages next to their fields, so
// each `details` entry names the field and says the rule in plain words.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export interface CreateLinkInput {
  url: string;
  /** The code the client chose, or undefined for a generated one. */
  alias?: string;
}

export const MAX_URL_LENGTH = 2048;
export const CODE_PATTERN = /^[A-Za-z0-9_-]{3,32}$/;
/**
 * One-segment paths the server answers itself: /api (the API) and /assets (the built app's
 * files). Compared in any case, as Express matches paths.
 */
export const RESERVED_ALIASES = ['api', 'assets'];
export const DEFAULT_DAYS = 7;
export const MAX_DAYS = 90;

/**
 * A URL we are willing to send browsers to. `new URL()` alone is not enough: it accepts
 * `javascript:`, `data:` and `ftp:` URLs, and it quietly trims spaces and control characters
 * (` javascript:alert(1)` parses as javascript:). So: no whitespace or control character, the
 * scheme written out as http:// or https:// (any case), then a URL the WHATWG parser accepts,
 * which for http and https means one with a host.
 */
export function isSafeHttpUrl(value: string): boolean {
  return !/[\s\u0000-\u001f\u007f]/.test(value) && /^https?:\/\//i.test(value) && URL.canParse(value);
}

/** zod's message for a missing field or one of another type. */
const stringError = (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : 'must be a string');

const url = z
  .string({ error: stringError })
  .max(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`)
  .refine(isSafeHttpUrl, 'must be an http:// or https:// address with a host and no spaces');

const alias = z
  .string({ error: stringError })
  .regex(CODE_PATTERN, 'must be 3 to 32 letters, digits, _ or -')
  .refine((value) => !RESERVED_ALIASES.includes(value.toLowerCase()), 'is a reserved word');

const createLinkBody = z.strictObject({ url, alias: alias.optional() });

/** One entry per problem; a problem with the body as a whole (not an object) is `body`'s. */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a field of a link' }))
      : [{ field: String(issue.path[0] ?? 'body'), message: issue.message }],
  );
}

function invalid(details: FieldProblem[]): HttpError {
  return new HttpError(400, 'validation_failed', details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}

/** The body of POST /api/links. */
export function parseCreateLink(body: unknown): CreateLinkInput {
  const result = createLinkBody.safeParse(body);
  if (!result.success) throw invalid(toDetails(result.error));
  return result.data;
}

/**
 * ?days= of the stats: absent means 7; else a whole number from 1 to 90 written in plain digits.
 * Express gives a repeated parameter as an array, which is refused like any other non-string.
 */
export function parseDays(raw: unknown): number {
  if (raw === undefined) return DEFAULT_DAYS;
  const days = typeof raw === 'string' && /^[1-9]\d{0,2}$/.test(raw) ? Number(raw) : NaN;
  if (!(days >= 1 && days <= MAX_DAYS)) throw invalid([{ field: 'days', message: `must be a whole number from 1 to ${MAX_DAYS}` }]);
  return days;
}

/**
 * The :code of a path. Every code, generated or chosen, follows CODE_PATTERN, so anything else
 * cannot name a link: 404, without asking the database.
 */
export function parseCode(raw: string): string {
  if (!CODE_PATTERN.test(raw)) throw linkNotFound(raw);
  return raw;
}

export function linkNotFound(code: string): HttpError {
  return new HttpError(404, 'not_found', `There is no link with code ${JSON.stringify(code)}.`);
}
