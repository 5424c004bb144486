// Every query of contacts, their trash and their history. A change and its history entry are
// written in one transaction, so the history can never miss a change or tell of one that failed.
import { and, asc, count, desc, eq, gt, isNotNull, isNull, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Queryable } from '../db/client.js';
import { contactHistory, contacts, type ContactRow, type HistoryAction, type HistoryRow } from '../db/schema.js';
import { diffContact, NOTHING, type Changes } from '../history/diff.js';
import type { ContactFields, ContactPatch, ListQuery, Page } from './validation.js';

/** How long a contact stays in the trash before it is gone: 30 days. */
export const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

const live = isNull(contacts.deletedAt);

/** In the trash and not yet past its purge time. `deleted_at > now - retention`: at exactly purgeAt it is gone. */
function inTrash(now: Date): SQL {
  return and(isNotNull(contacts.deletedAt), gt(contacts.deletedAt, new Date(now.getTime() - RETENTION_MS)))!;
}

/** LIKE pattern for "contains q": `\` escapes the wildcards a user typed. */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function fieldsOf(row: ContactRow): ContactFields {
  return { name: row.name, email: row.email, phone: row.phone };
}

function record(tx: Queryable, contactId: number, action: HistoryAction, at: Date, changes: Changes): void {
  tx.insert(contactHistory).values({ contactId, action, at, changes }).run();
}

export function insertContact(db: Db, fields: ContactFields, now: Date): ContactRow {
  return db.transaction((tx) => {
    const row = tx.insert(contacts).values({ ...fields, createdAt: now, updatedAt: now }).returning().get();
    record(tx, row.id, 'created', now, diffContact(NOTHING, fields));
    return row;
  });
}

export function findLiveContact(db: Queryable, id: number): ContactRow | undefined {
  return db.select().from(contacts).where(and(eq(contacts.id, id), live)).get();
}

/** A live contact, or one in the trash that is not yet gone: the contacts that have a history. */
export function findKnownContact(db: Queryable, id: number, now: Date): ContactRow | undefined {
  return db.select().from(contacts).where(and(eq(contacts.id, id), or(live, inTrash(now)))).get();
}

export function listContacts(db: Db, query: ListQuery): { rows: ContactRow[]; total: number } {
  const pattern = containsPattern(query.q);
  // LIKE ignores the case of ASCII letters in SQLite; ESCAPE makes `\%` a plain percent sign.
  const where = query.q === '' ? live : and(live, or(sql`${contacts.name} LIKE ${pattern} ESCAPE '\\'`, sql`${contacts.email} LIKE ${pattern} ESCAPE '\\'`));
  const rows = db.select().from(contacts).where(where).orderBy(asc(contacts.id)).limit(query.limit).offset(query.offset).all();
  const total = db.select({ n: count() }).from(contacts).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** Applies the patch; answers the row after it, or undefined when the contact is not live. */
export function updateContact(db: Db, id: number, patch: ContactPatch, now: Date): ContactRow | undefined {
  return db.transaction(
    (tx) => {
      const before = findLiveContact(tx, id);
      if (!before) return undefined;
      const after = { ...fieldsOf(before), ...patch };
      const changes = diffContact(fieldsOf(before), after);
      // Nothing stored changes: no write, no history entry, and updatedAt stays as it was.
      if (Object.keys(changes).length === 0) return before;
      const row = tx.update(contacts).set({ ...after, updatedAt: now }).where(eq(contacts.id, id)).returning().get();
      record(tx, id, 'updated', now, changes);
      return row;
    },
    { behavior: 'immediate' },
  );
}

/** Moves a live contact to the trash. False when there was no live contact. */
export function trashContact(db: Db, id: number, now: Date): boolean {
  return db.transaction(
    (tx) => {
      const moved = tx.update(contacts).set({ deletedAt: now }).where(and(eq(contacts.id, id), live)).run();
      if (moved.changes === 0) return false;
      record(tx, id, 'deleted', now, {});
      return true;
    },
    { behavior: 'immediate' },
  );
}

/** Brings a contact back from the trash; undefined when it is not there. Throws on a taken email (unique index). */
export function restoreContact(db: Db, id: number, now: Date): ContactRow | undefined {
  return db.transaction(
    (tx) => {
      const row = tx.update(contacts).set({ deletedAt: null }).where(and(eq(contacts.id, id), inTrash(now))).returning().get();
      if (!row) return undefined;
      record(tx, id, 'restored', now, {});
      return row;
    },
    { behavior: 'immediate' },
  );
}

export function listTrash(db: Db, now: Date, page: Page): { rows: ContactRow[]; total: number } {
  const where = inTrash(now);
  const rows = db.select().from(contacts).where(where).orderBy(desc(contacts.deletedAt), desc(contacts.id)).limit(page.limit).offset(page.offset).all();
  const total = db.select({ n: count() }).from(contacts).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** Deletes one contact of the trash for real (its history goes with it: ON DELETE CASCADE). */
export function purgeOne(db: Db, id: number, now: Date): boolean {
  return db.delete(contacts).where(and(eq(contacts.id, id), inTrash(now))).run().changes > 0;
}

/** Deletes every contact whose retention has run out. */
export function purgeExpired(db: Db, now: Date): number {
  const cutoff = new Date(now.getTime() - RETENTION_MS);
  return db.delete(contacts).where(and(isNotNull(contacts.deletedAt), lte(contacts.deletedAt, cutoff))).run().changes;
}

export function countStats(db: Db, now: Date): { contacts: number; trash: number } {
  const liveCount = db.select({ n: count() }).from(contacts).where(live).get()?.n ?? 0;
  const trashCount = db.select({ n: count() }).from(contacts).where(inTrash(now)).get()?.n ?? 0;
  return { contacts: liveCount, trash: trashCount };
}

export function listHistory(db: Db, contactId: number): HistoryRow[] {
  return db.select().from(contactHistory).where(eq(contactHistory.contactId, contactId)).orderBy(asc(contactHistory.id)).all();
}
