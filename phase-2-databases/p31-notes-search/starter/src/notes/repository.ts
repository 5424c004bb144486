// Every query on notes and their search index. drizzle builds parameterised SQL: values travel
// to SQLite separately from the SQL text, so no input can change what a query does.
import type { Db } from '../db/client.js';
import type { NoteRow } from '../db/schema.js';
import type { CreateNoteInput, UpdateNoteInput } from './validation.js';

/** One search result: the note, and a piece of its body with the matches marked. */
export interface SearchHit {
  id: number;
  title: string;
  snippet: string;
}

// Nothing here may write to the search index: the triggers of your custom migration do (Task 3).

/** TODO (Task 1): insert and return the note, createdAt and updatedAt = now. */
export function insertNote(db: Db, input: CreateNoteInput, now: Date): NoteRow {
  void [db, input, now];
  throw new Error('Not implemented: insertNote (Task 1)');
}

/** TODO (Task 1): the note with this id, or undefined. */
export function findNote(db: Db, id: number): NoteRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findNote (Task 1)');
}

/** TODO (Task 2): change only the fields given and updatedAt, in one statement; undefined when there is no such note. */
export function updateNote(db: Db, id: number, changes: UpdateNoteInput, now: Date): NoteRow | undefined {
  void [db, id, changes, now];
  throw new Error('Not implemented: updateNote (Task 2)');
}

/** TODO (Task 2): delete the note; whether there was one. */
export function deleteNote(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteNote (Task 2)');
}

/**
 * TODO (Task 3): the notes whose index entry MATCHes `match` (built by toFtsQuery, passed as a
 * parameter). TODO (Task 4): best first by bm25 with the title weighted 10 and the body 1, ties
 * by id; the snippet of the body as SPEC.md, Task 4 gives it; at most `limit` rows.
 */
export function searchNotes(db: Db, match: string, limit: number): SearchHit[] {
  void [db, match, limit];
  throw new Error('Not implemented: searchNotes (Task 3)');
}
