// The users table: students who sign up, and the admin createApp seeds.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { users, type Role, type UserRow } from '../db/schema.js';
import { hashPasswordSync } from './passwords.js';

/** A user as the API shows it: never the hash. */
export interface UserJson {
  id: number;
  email: string;
  name: string;
  role: Role;
}

export function toUserJson(user: UserRow): UserJson {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function findUserByEmail(db: Db, email: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.email, email.toLowerCase())).get();
}

export function findUser(db: Db, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** Inserts a user, or answers 'taken' when the (lower-cased) email has an account already. */
export function insertUser(
  db: Db,
  input: { email: string; name: string; role: Role; passwordHash: string },
  now: Date,
): UserRow | 'taken' {
  try {
    return db
      .insert(users)
      .values({ ...input, email: input.email.toLowerCase(), createdAt: now })
      .returning()
      .get();
  } catch (error) {
    // The unique index decides, not a SELECT before the INSERT: two sign-ups at once cannot both win.
    if (isUniqueViolation(error)) return 'taken';
    throw error;
  }
}

/**
 * The first admin: createApp({ adminEmail, adminPassword }) makes sure this account exists. An
 * account with that email is left as it is (a restart does not reset a password), and several
 * processes starting at once insert it only once (ON CONFLICT DO NOTHING).
 */
export function seedAdmin(db: Db, email: string, password: string, now: Date): void {
  if (findUserByEmail(db, email)) return;
  db.insert(users)
    .values({ email: email.toLowerCase(), name: 'Administrator', role: 'admin', passwordHash: hashPasswordSync(password), createdAt: now })
    .onConflictDoNothing()
    .run();
}
