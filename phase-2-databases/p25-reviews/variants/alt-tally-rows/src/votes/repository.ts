// The review_votes table: its (review_ref, username) key makes a second vote impossible.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { reviewVotes } from '../db/schema.js';

export function addVote(db: Db, reviewId: number, voter: string, now: Date): boolean {
  return db.insert(reviewVotes).values({ reviewRef: reviewId, username: voter, votedAt: now.toISOString() }).onConflictDoNothing().run().changes === 1;
}

export function removeVote(db: Db, reviewId: number, voter: string): boolean {
  return db.delete(reviewVotes).where(and(eq(reviewVotes.reviewRef, reviewId), eq(reviewVotes.username, voter))).run().changes === 1;
}
