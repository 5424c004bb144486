// The queries of contacts. Emails are unique ignoring case: the database's unique index on
// lower(email) refuses a duplicate, and these functions turn that refusal into `email_taken`.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { contacts, type ContactRow } from '../db/schema.js';
import type { ContactInput } from '../../web/src/shared/contact-schema.js';

/** What a write answers: the row, or the reason the database refused it. */
export type WriteResult = { row: ContactRow } | { taken: true };

export function listContacts(db: Db): ContactRow[] {
  // By name ignoring the case of A-Z, then by id: "ann" sits with "Ann", and ties have an order.
  return db
    .select()
    .from(contacts)
    .orderBy(sql`lower(${contacts.name})`, asc(contacts.id))
    .all();
}

export function findContact(db: Db, id: number): ContactRow | undefined {
  return db.select().from(contacts).where(eq(contacts.id, id)).get();
}

export function insertContact(db: Db, input: ContactInput, now: Date): WriteResult {
  try {
    return { row: db.insert(contacts).values({ ...input, createdAt: now, updatedAt: now }).returning().get() };
  } catch (error) {
    if (isUniqueViolation(error)) return { taken: true };
    throw error;
  }
}

/** Replaces every field a person types; undefined when there is no such contact. */
export function replaceContact(db: Db, id: number, input: ContactInput, now: Date): WriteResult | undefined {
  try {
    const row = db
      .update(contacts)
      .set({ ...input, updatedAt: now })
      .where(eq(contacts.id, id))
      .returning()
      .get();
    return row ? { row } : undefined;
  } catch (error) {
    if (isUniqueViolation(error)) return { taken: true };
    throw error;
  }
}

export function deleteContact(db: Db, id: number): boolean {
  return db.delete(contacts).where(eq(contacts.id, id)).run().changes > 0;
}
