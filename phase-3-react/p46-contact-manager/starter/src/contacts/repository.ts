// The queries of contacts (SPEC.md, Tasks 1 and 2). A suggested structure: change it as you like.
import type { Db } from '../db/client.js';
import type { ContactRow } from '../db/schema.js';
import type { ContactInput } from '../../web/src/shared/contact-schema.js';

/** What a write answers: the row, or the reason the database refused it (Task 2). */
export type WriteResult = { row: ContactRow } | { taken: true };

export function listContacts(db: Db): ContactRow[] {
  void db;
  throw new Error('Not implemented: listContacts (Task 1: the order is in the SPEC)');
}

export function findContact(db: Db, id: number): ContactRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findContact (Task 1)');
}

export function insertContact(db: Db, input: ContactInput, now: Date): WriteResult {
  void [db, input, now];
  throw new Error('Not implemented: insertContact (Tasks 1 and 2)');
}

/** Replaces every field a person types; undefined when there is no such contact. */
export function replaceContact(db: Db, id: number, input: ContactInput, now: Date): WriteResult | undefined {
  void [db, id, input, now];
  throw new Error('Not implemented: replaceContact (Tasks 1 and 2)');
}

export function deleteContact(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteContact (Task 1)');
}
