// The cursor of keyset pagination: where the last page ended, as (sort value, id) of its last
// product. Clients treat it as an opaque string; inside it is base64url of a small JSON object,
// {"sort":"price","v":1299,"id":42} (SPEC.md, Task 5).
import type { SortName } from './sorts.js';

export interface Cursor {
  /** The sort the cursor was made for: a cursor of one order means nothing in another. */
  sort: SortName;
  /** The sort value of the last product of the page (price in cents, rating, created-at ms or id). */
  v: number;
  /** The id of that product: the tie-break that makes the position exact. */
  id: number;
}

/** TODO (Task 5): base64url (Buffer's 'base64url' encoding) of JSON {sort, v, id}. */
export function encodeCursor(cursor: Cursor): string {
  void cursor;
  throw new Error('Not implemented: encodeCursor (Task 5)');
}

/**
 * TODO (Task 5): the cursor a client sent back, for the sort of this request. Anything this
 * API did not write (not base64url, not JSON, wrong fields, another sort) throws
 * new HttpError(400, 'validation_failed', message, [{ field: 'cursor', message }]).
 */
export function decodeCursor(raw: string, sort: SortName): Cursor {
  void [raw, sort];
  throw new Error('Not implemented: decodeCursor (Task 5)');
}
