// The queries of notes (SPEC.md, Tasks 1 and 2). A suggested structure: change it as you like.
import type { Db } from '../db/client.js';
import type { NoteRow } from '../db/schema.js';

/** TODO (Task 1): most recently saved first, then the higher id. */
export function listNotes(db: Db): NoteRow[] {
  void db;
  throw new Error('Not implemented: listNotes (Task 1)');
}

export function findNote(db: Db, id: number): NoteRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findNote (Task 1)');
}

export function insertNote(db: Db, fields: { title: string; body: string }, now: Date): NoteRow {
  void [db, fields, now];
  throw new Error('Not implemented: insertNote (Task 1)');
}

/**
 * TODO (Tasks 1 and 2): save the note and add one to its version, but only if it is still at
 * `fields.version`: check and write in one statement (SPEC.md, Task 2). Answers undefined when
 * nothing was saved.
 */
export function saveNote(db: Db, id: number, fields: { title: string; body: string; version: number }, now: Date): NoteRow | undefined {
  void [db, id, fields, now];
  throw new Error('Not implemented: saveNote (Tasks 1 and 2)');
}

export function deleteNote(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteNote (Task 1)');
}
