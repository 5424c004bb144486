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

/** The value a note is sorted by. ISO times in one format sort correctly as strings. */
function sortKey(note: Note, sort: Sort): string {
  const field = sort.replace('-', '') as 'createdAt' | 'title' | 'updatedAt';
  // Titles sort regardless of case; plain code-unit order, so every machine agrees.
  return field === 'title' ? note.title.toLowerCase() : note[field];
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders (key, id) pairs: by key in the sort's direction, ties by id, always ascending. */
function comparePositions(sort: Sort, a: { key: string; id: string }, b: { key: string; id: string }): number {
  const direction = sort.startsWith('-') ? -1 : 1;
  return direction * a.key.localeCompare(b.key) || compareStrings(a.id, b.id);
}

function positionOf(note: Note, sort: Sort): Position {
  return { sort, key: sortKey(note, sort), id: note.id };
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.sort, position.key, position.id])).toString('base64url');
}

/** Reads a cursor back, or throws a 400 about the field `cursor` when it is not one of ours. */
export function decodeCursor(cursor: string, sort: Sort): Position {
  const invalid = (message: string) => validationFailed([{ field: 'cursor', message }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('is not a cursor this API made');
  }
  const isStringTriple = Array.isArray(parsed) && parsed.length === 3 && parsed.every((part) => typeof part === 'string');
  if (!isStringTriple) throw invalid('is not a cursor this API made');
  const [cursorSort, key, id] = parsed as [string, string, string];
  if (cursorSort !== sort) throw invalid(`was made for sort=${cursorSort}, not sort=${sort}`);
  return { sort, key, id };
}

/** Sorts `notes`, skips up to and including `after`, and cuts a page of `limit` notes. */
export function paginate(notes: readonly Note[], sort: Sort, limit: number, after?: Position): Page {
  const sorted = notes
    .map((note) => ({ note, position: positionOf(note, sort) }))
    .sort((a, b) => comparePositions(sort, a.position, b.position));
  const rest = after ? sorted.filter(({ position }) => comparePositions(sort, position, after) > 0) : sorted;
  const page = rest.slice(0, limit);
  // Only when something is left after this page is there a next one: no empty last page.
  const last = page.at(-1);
  const nextCursor = rest.length > limit && last ? encodeCursor(last.position) : null;
  return { items: page.map(({ note }) => note), nextCursor };
}
