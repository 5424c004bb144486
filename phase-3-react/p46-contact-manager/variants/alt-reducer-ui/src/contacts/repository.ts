import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { people, type PersonRow } from '../db/schema.js';
import type { ContactValues } from '../../web/src/shared/contact-schema.js';

export class EmailTaken extends Error {}

const columns = (v: ContactValues) => ({ fullName: v.name, email: v.email, emailKey: v.email.toLowerCase(), phone: v.phone, notes: v.notes });

function guard<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTaken();
    throw error;
  }
}

export const people$ = {
  all: (db: Db) => db.select().from(people).orderBy(sql`lower(${people.fullName})`, asc(people.personId)).all(),
  one: (db: Db, id: number) => db.select().from(people).where(eq(people.personId, id)).get(),
  create: (db: Db, v: ContactValues, now: Date): PersonRow => guard(() => db.insert(people).values({ ...columns(v), created: now, updated: now }).returning().get()),
  replace: (db: Db, id: number, v: ContactValues, now: Date): PersonRow | undefined =>
    guard(() => db.update(people).set({ ...columns(v), updated: now }).where(eq(people.personId, id)).returning().get()),
  remove: (db: Db, id: number) => db.delete(people).where(eq(people.personId, id)).run().changes === 1,
};
