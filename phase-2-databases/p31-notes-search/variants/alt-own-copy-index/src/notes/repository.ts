// Writes and reads of notes. The search index follows by itself (triggers in drizzle/).
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notes, type NoteRow } from '../db/schema.js';
import type { CreateNoteInput, UpdateNoteInput } from './validation.js';

export function insertNote(db: Db, input: CreateNoteInput, now: Date): NoteRow {
  return db.insert(notes).values({ ...input, createdAt: now, updatedAt: now }).returning().get();
}

export function findNote(db: Db, id: number): NoteRow | undefined {
  return db.select().from(notes).where(eq(notes.id, id)).get();
}

export function updateNote(db: Db, id: number, changes: UpdateNoteInput, now: Date): NoteRow | undefined {
  return db
    .update(notes)
    .set({ ...changes, updatedAt: now, revision: sql`${notes.revision} + 1` })
    .where(eq(notes.id, id))
    .returning()
    .get();
}

export function deleteNote(db: Db, id: number): boolean {
  return db.delete(notes).where(eq(notes.id, id)).run().changes === 1;
}
