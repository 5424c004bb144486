// Sessions: an opaque random token the client keeps, and in the sessions table only its
// SHA-256 with the user and the moment it stops working.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sessions, users, type UserRow } from '../db/schema.js';

/** A session lasts this long after the sign-in, whatever the user does (SPEC, Task 1). */
export const SESSION_MS = 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  token: string;
  expiresAt: Date;
}

/** 32 random bytes: unguessable, and meaningless to anyone who reads it. */
export function createSession(db: Db, userId: number, now: Date): NewSession {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_MS);
  db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt }).run();
  return { token, expiresAt };
}

/** The user of a session that is still valid at `now`, or undefined. */
export function findSessionUser(db: Db, token: string, now: Date): UserRow | undefined {
  return db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)))
    .get()?.user;
}

export function deleteSession(db: Db, token: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).run();
}
