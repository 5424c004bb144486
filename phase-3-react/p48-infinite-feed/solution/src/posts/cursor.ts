// The feed's cursor: where the last page ended, as (createdAt, id) of its last post. The page
// treats it as an opaque string; inside it is base64url of {"createdAt":<ms>,"id":<id>}, which
// survives a URL without escaping.
import { HttpError } from '../errors.js';

export interface Cursor {
  /** createdAt of the last post of the page, in milliseconds since 1970. */
  createdAt: number;
  /** Its id: the tie-break that makes the position exact when posts share a createdAt. */
  id: number;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ createdAt: cursor.createdAt, id: cursor.id })).toString('base64url');
}

function invalidCursor(): HttpError {
  return new HttpError(400, 'invalid_cursor', 'The cursor is not one this API gave out: start again from the first page.');
}

/** Parses JSON, or answers undefined for text that is not JSON (a truncated cursor). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads a cursor sent back by a client. Anything this API could not have written (not base64url,
 * not JSON, other fields, wrong types) is a 400 invalid_cursor: a broken cursor must never reach
 * the query as garbage. A well-formed position the API never handed out is fine: it is only a
 * position.
 */
export function decodeCursor(raw: string): Cursor {
  if (!BASE64URL.test(raw)) throw invalidCursor();
  const parsed = parseJson(Buffer.from(raw, 'base64url').toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidCursor();
  // Exactly two fields, and (below) both of them valid: so exactly createdAt and id, in any order.
  if (Object.keys(parsed).length !== 2) throw invalidCursor();
  const { createdAt, id } = parsed as Record<string, unknown>;
  if (!Number.isSafeInteger(createdAt) || (createdAt as number) < 0) throw invalidCursor();
  if (!Number.isSafeInteger(id) || (id as number) < 1) throw invalidCursor();
  return { createdAt: createdAt as number, id: id as number };
}
