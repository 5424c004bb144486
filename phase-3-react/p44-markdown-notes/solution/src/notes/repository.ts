// The queries of notes.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notes, type NoteRow } from '../db/schema.js';

/** Most recently saved first; notes saved in the same millisecond: the newer note first. */
export function listNotes(db: Db): NoteRow[] {
  return db.select().from(notes).orderBy(desc(notes.updatedAt), desc(notes.id)).all();
}

export function findNote(db: Db, id: number): NoteRow | undefined {
  return db.select().from(notes).where(eq(notes.id, id)).get();
}

export function insertNote(db: Db, fields: { title: string; body: string }, now: Date): NoteRow {
  return db.insert(notes).values({ ...fields, version: 1, createdAt: now, updatedAt: now }).returning().get();
}

/**
 * Saves only if the note is still at `version`, in ONE statement: a SELECT first and an UPDATE
 * after would let another save slip in between (p30). Answers undefined when no row matched: the
 * note is gone, or at another version; the caller looks which.
 */
export function saveNote(db: Db, id: number, fields: { title: string; body: string; version: number }, now: Date): NoteRow | undefined {
  return db
    .update(notes)
    .set({ title: fields.title, body: fields.body, version: sql`${notes.version} + 1`, updatedAt: now })
    .where(and(eq(notes.id, id), eq(notes.version, fields.version)))
    .returning()
    .get();
}

export function deleteNote(db: Db, id: number): boolean {
  return db.delete(notes).where(eq(notes.id, id)).run().changes > 0;
}
