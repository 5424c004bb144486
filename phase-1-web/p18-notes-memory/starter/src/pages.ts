// Sorting and cursor pagination for GET /notes.
//
// A cursor names the last note of a page by its sort key and id (keyset pagination), not by its
// position: "give me what comes after (key, id)". Notes created or deleted between two requests
// then cannot make the next page repeat or skip a note, as an offset (?page=3) would. The cursor
// is opaque to clients: base64url of a small JSON array, https://nodejs.org/api/buffer.html
import { validationFailed } from './errors.js';
import type { Note } from './notes.js';
import type { Sort } from './schemas.js';

export interface Page {
  items: Note[];
  /** Pass it back as ?cursor= for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Where a page ended: the sort it was made for, and the sort key and id of its last note. */
interface Position {
  sort: Sort;
  key: string;
  id: string;
}

export function encodeCursor(position: Position): string {
  // TODO (Task 5): Buffer.from(JSON.stringify([sort, key, id])).toString('base64url')
  throw new Error(`Not implemented: encodeCursor(${position.id}) (Task 5)`);
}

/** Reads a cursor back, or throws a 400 about the field `cursor` when it is not one of ours. */
export function decodeCursor(cursor: string, sort: Sort): Position {
  // TODO (Task 5): decode inside try/catch, check that it is three strings and that the sort is
  // this one; otherwise throw validationFailed([{ field: 'cursor', message: '...' }]).
  throw new Error(`Not implemented: decodeCursor(${cursor}, ${sort}) (Task 5)`);
}

/** Sorts `notes`, skips up to and including `after`, and cuts a page of `limit` notes. */
export function paginate(notes: readonly Note[], sort: Sort, limit: number, after?: Position): Page {
  // TODO (Task 4): sort by the key in the sort's direction (titles lower-cased), ties by id
  // ascending; compare strings with < and >, not localeCompare.
  // TODO (Task 5): keep only what comes after `after`, cut `limit` notes, and set nextCursor
  // only when more notes follow.
  throw new Error(`Not implemented: paginate(${notes.length} notes, ${sort}, ${limit}, ${after?.id}) (Tasks 4 and 5)`);
}
