// Every query on the users table. drizzle builds parameterised SQL: values travel to SQLite
// separately from the SQL text, so no input can change what a query does.
import { and, asc, count, eq, ne } from 'drizzle-orm';
import { HttpError } from '../errors.js';
import type { Db } from '../db/client.js';
import { users, type UserRow } from '../db/schema.js';
import type { CreateUserInput, Page, UpdateUserInput } from './validation.js';

/** Inserts a user; throws the database's unique violation when the email is taken. */
function assertEmailFree(db: Db, email: string, exceptId?: number): void {
  const taken = db
    .select({ id: users.id })
    .from(users)
    .where(exceptId === undefined ? eq(users.email, email) : and(eq(users.email, email), ne(users.id, exceptId)))
    .get();
  if (taken) throw new HttpError(409, 'conflict', 'A user with this email already exists.');
}

export function insertUser(db: Db, input: CreateUserInput, now: Date): UserRow {
  assertEmailFree(db, input.email);
  return db
    .insert(users)
    .values({ ...input, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

export function findUserById(db: Db, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** One page of users, oldest first, and how many users there are in all. */
export function listUsers(db: Db, page: Page): { rows: UserRow[]; total: number } {
  const rows = db.select().from(users).orderBy(asc(users.id)).limit(page.limit).offset(page.offset).all();
  // SELECT count(*) always answers exactly one row.
  const { total } = db.select({ total: count() }).from(users).get()!;
  return { rows, total };
}

/**
 * Changes only the fields given, in one UPDATE statement: either all of them are saved or,
 * when the new email is taken, none. Returns undefined when there is no such user.
 */
export function updateUser(db: Db, id: number, changes: UpdateUserInput, now: Date): UserRow | undefined {
  if (changes.email !== undefined) assertEmailFree(db, changes.email, id);
  return db
    .update(users)
    .set({ ...changes, updatedAt: now })
    .where(eq(users.id, id))
    .returning()
    .get();
}

/** Returns whether a user was deleted. */
export function deleteUser(db: Db, id: number): boolean {
  return db.delete(users).where(eq(users.id, id)).run().changes > 0;
}
