// Keyset pages with a cursor that is hex-encoded JSON of { s, k, i }: sort, key and id.
import { validationFailed } from './errors.js';
import type { Note } from './notes.js';
import { SORTS, type Sort } from './schemas.js';

export interface Page {
  items: Note[];
  nextCursor: string | null;
}

interface Mark {
  key: string;
  id: string;
}

function keyOf(note: Note, sort: Sort): string {
  if (sort === 'title' || sort === '-title') return note.title.toLowerCase();
  if (sort === 'updatedAt' || sort === '-updatedAt') return note.updatedAt;
  return note.createdAt;
}

function cmp(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function order(sort: Sort): (a: Mark, b: Mark) => number {
  const sign = sort[0] === '-' ? -1 : 1;
  return (a, b) => {
    const byKey = cmp(a.key, b.key) * sign;
    return byKey !== 0 ? byKey : cmp(a.id, b.id);
  };
}

export function decodeCursor(cursor: string, sort: Sort): Mark {
  const bad = () => validationFailed([{ field: 'cursor', message: 'is not a cursor of this API' }]);
  if (!/^(?:[0-9a-f]{2})+$/.test(cursor)) throw bad();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'hex').toString('utf8'));
  } catch {
    throw bad();
  }
  if (typeof value !== 'object' || value === null) throw bad();
  const { s, k, i } = value as { s?: unknown; k?: unknown; i?: unknown };
  if (typeof s !== 'string' || !(SORTS as readonly string[]).includes(s) || typeof k !== 'string' || typeof i !== 'string') throw bad();
  if (s !== sort) throw validationFailed([{ field: 'cursor', message: `belongs to sort=${s}` }]);
  return { key: k, id: i };
}

export function paginate(notes: readonly Note[], sort: Sort, limit: number, after?: Mark): Page {
  const compare = order(sort);
  const marked = notes.map((note) => ({ note, mark: { key: keyOf(note, sort), id: note.id } }));
  marked.sort((a, b) => compare(a.mark, b.mark));
  const start = after === undefined ? 0 : marked.findIndex(({ mark }) => compare(mark, after) > 0);
  const from = start === -1 ? marked.length : start;
  const slice = marked.slice(from, from + limit + 1);
  const more = slice.length > limit;
  const shown = slice.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    items: shown.map(({ note }) => note),
    nextCursor: more && last ? Buffer.from(JSON.stringify({ s: sort, k: last.mark.key, i: last.mark.id })).toString('hex') : null,
  };
}
