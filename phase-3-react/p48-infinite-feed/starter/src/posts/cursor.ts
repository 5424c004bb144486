// The feed's cursor (SPEC.md, Task 2): where the last page ended. A suggested structure.
import { HttpError } from '../errors.js';

export interface Cursor {
  /** createdAt of the last post of the page, in milliseconds since 1970. */
  createdAt: number;
  /** Its id. */
  id: number;
}

/** TODO (Task 2): the format SPEC.md fixes, base64url of a small JSON object. */
export function encodeCursor(cursor: Cursor): string {
  void cursor;
  throw new Error('Not implemented: encodeCursor (Task 2)');
}

/**
 * TODO (Task 2): read a cursor sent back by a client as untrusted input; anything SPEC.md lists
 * as malformed is a 400 invalid_cursor.
 */
export function decodeCursor(raw: string): Cursor {
  void [raw, HttpError];
  throw new Error('Not implemented: decodeCursor (Task 2)');
}
