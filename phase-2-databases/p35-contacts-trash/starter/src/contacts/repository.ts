// Every query of contacts, their trash and their history. A change and its history entry belong
// together (SPEC.md, Task 6). Each function takes what it needs; change the signatures freely.
import type { Db, Queryable } from '../db/client.js';
import type { ContactRow, HistoryRow } from '../db/schema.js';
import type { ContactFields, ContactPatch, ListQuery, Page } from './validation.js';

/** How long a contact stays in the trash before it is gone: 30 days. */
export const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** TODO (Task 1): store a new contact and answer its row. */
export function insertContact(db: Db, fields: ContactFields, now: Date): ContactRow {
  void [db, fields, now];
  throw new Error('Not implemented: insertContact (Task 1)');
}

/** TODO (Task 1): the live contact with this id, or undefined (Task 4: contacts in the trash are not live). */
export function findLiveContact(db: Queryable, id: number): ContactRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findLiveContact (Task 1)');
}

/** TODO (Task 6): a contact that has a history: live, or in the trash and not yet gone (Task 5). */
export function findKnownContact(db: Queryable, id: number, now: Date): ContactRow | undefined {
  void [db, id, now];
  throw new Error('Not implemented: findKnownContact (Task 6)');
}

/** TODO (Task 2): one page of the live contacts that match, and how many match in all. */
export function listContacts(db: Db, query: ListQuery): { rows: ContactRow[]; total: number } {
  void [db, query];
  throw new Error('Not implemented: listContacts (Task 2)');
}

/** TODO (Task 3): apply the patch to a live contact; undefined when there is none. */
export function updateContact(db: Db, id: number, patch: ContactPatch, now: Date): ContactRow | undefined {
  void [db, id, patch, now];
  throw new Error('Not implemented: updateContact (Task 3)');
}

/** TODO (Task 4): move a live contact to the trash; false when there was none. */
export function trashContact(db: Db, id: number, now: Date): boolean {
  void [db, id, now];
  throw new Error('Not implemented: trashContact (Task 4)');
}

/** TODO (Task 4): bring a contact back from the trash; undefined when it is not there. */
export function restoreContact(db: Db, id: number, now: Date): ContactRow | undefined {
  void [db, id, now];
  throw new Error('Not implemented: restoreContact (Task 4)');
}

/** TODO (Task 4): one page of the trash, in the order of SPEC.md, and how many it holds. */
export function listTrash(db: Db, now: Date, page: Page): { rows: ContactRow[]; total: number } {
  void [db, now, page];
  throw new Error('Not implemented: listTrash (Task 4)');
}

/** TODO (Task 5): delete one contact of the trash for real; false when it is not there. */
export function purgeOne(db: Db, id: number, now: Date): boolean {
  void [db, id, now];
  throw new Error('Not implemented: purgeOne (Task 5)');
}

/** TODO (Task 5): delete every contact whose retention has run out; answer how many. */
export function purgeExpired(db: Db, now: Date): number {
  void [db, now];
  throw new Error('Not implemented: purgeExpired (Task 5)');
}

/** TODO (Task 2): the two counts of GET /stats (Task 4: the trash count). */
export function countStats(db: Db, now: Date): { contacts: number; trash: number } {
  void [db, now];
  throw new Error('Not implemented: countStats (Task 2)');
}

/** TODO (Task 6): a contact's history entries, oldest first. */
export function listHistory(db: Db, contactId: number): HistoryRow[] {
  void [db, contactId];
  throw new Error('Not implemented: listHistory (Task 6)');
}
