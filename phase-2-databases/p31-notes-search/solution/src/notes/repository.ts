// Every query on notes and their search index. drizzle builds parameterised SQL: values travel
// to SQLite separately from the SQL text, so no input can change what a query does.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notes, type NoteRow } from '../db/schema.js';
import type { CreateNoteInput, UpdateNoteInput } from './validation.js';

/** One search result: the note, and a piece of its body with the matches marked. */
export interface SearchHit {
  id: number;
  title: string;
  snippet: string;
}

// Nothing here writes to notes_fts: the triggers of drizzle/0001_notes_search.sql do, inside the
// same statement as the write to notes, so the index can never miss a change.

export function insertNote(db: Db, input: CreateNoteInput, now: Date): NoteRow {
  return db
    .insert(notes)
    .values({ ...input, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

export function findNote(db: Db, id: number): NoteRow | undefined {
  return db.select().from(notes).where(eq(notes.id, id)).get();
}

/** Changes only the fields given; undefined when there is no such note. */
export function updateNote(db: Db, id: number, changes: UpdateNoteInput, now: Date): NoteRow | undefined {
  return db
    .update(notes)
    .set({ ...changes, updatedAt: now })
    .where(eq(notes.id, id))
    .returning()
    .get();
}

/** Returns whether a note was deleted. */
export function deleteNote(db: Db, id: number): boolean {
  return db.delete(notes).where(eq(notes.id, id)).run().changes > 0;
}

/** bm25 weights, in the order of the index's columns: a word in the title counts ten times. */
const TITLE_WEIGHT = 10;
const BODY_WEIGHT = 1;

/**
 * The notes that match a MATCH expression (built by toFtsQuery, never raw user text), best
 * first. bm25() is *lower* for a better match (its values are negative), so best first is
 * ascending; the id breaks ties so that the order is always the same.
 * snippet(table, 1, ...) cuts from column 1, the body: at most 10 words around the best match,
 * each matched word between [ and ], and … where text was left out.
 */
export function searchNotes(db: Db, match: string, limit: number): SearchHit[] {
  return db.all<SearchHit>(sql`
    SELECT notes.id AS id, notes.title AS title,
           snippet(notes_fts, 1, '[', ']', '…', 10) AS snippet
    FROM notes_fts
    JOIN notes ON notes.id = notes_fts.rowid
    WHERE notes_fts MATCH ${match}
    ORDER BY bm25(notes_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT}), notes.id
    LIMIT ${limit}
  `);
}
