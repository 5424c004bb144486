// The cursor of keyset pagination: where the last page ended, as (sort value, id) of its last
// product. Clients treat it as an opaque string; inside it is base64url of a small JSON object,
// {"sort":"price","v":1299,"id":42}, so that it survives a URL without escaping.
import { HttpError } from '../errors.js';
import type { SortName } from './sorts.js';

export interface Cursor {
  /** The sort the cursor was made for: a cursor of one order means nothing in another. */
  sort: SortName;
  /** The sort value of the last product of the page (price in cents, rating, created-at ms or id). */
  v: number;
  /** The id of that product: the tie-break that makes the position exact. */
  id: number;
}


export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ sort: cursor.sort, v: cursor.v, id: cursor.id })).toString('base64url');
}

/** Ratings are from 0 to 5; every other sort value is a whole number (cents, ms, ids). */
function isValidValue(sort: SortName, v: unknown): v is number {
  if (sort === 'rating' || sort === '-rating') return typeof v === 'number' && v >= 0 && v <= 5;
  return Number.isSafeInteger(v);
}

function isProductId(id: unknown): id is number {
  return Number.isSafeInteger(id) && (id as number) >= 1;
}

function invalidCursor(message: string): HttpError {
  return new HttpError(400, 'validation_failed', `cursor: ${message}`, [{ field: 'cursor', message }]);
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
 * Reads a cursor sent back by a client, for the sort of this request. Anything this API did not
 * write (not base64url, not JSON, wrong fields, another sort) is a 400 naming `cursor`: a
 * broken cursor must never reach the query as garbage.
 */
export function decodeCursor(raw: string, sort: SortName): Cursor {
  const parsed = parseJson(Buffer.from(raw, 'base64url').toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw invalidCursor('is not a cursor this API gave out');
  const { sort: cursorSort, v, id } = parsed as Record<string, unknown>;
  if (cursorSort !== sort) throw invalidCursor(`was not made for sort=${sort}: send the sort of the page it came from`);
  if (!isValidValue(sort, v) || !isProductId(id)) throw invalidCursor('is damaged: ask for the first page again');
  return { sort, v, id };
}
