// The votes table: one row per (review, voter), its composite primary key.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { reviews, votes } from '../db/schema.js';

/**
 * Records a vote; returns false when this voter had already voted for this review. ON CONFLICT
 * DO NOTHING lets the primary key decide, in one statement, instead of a SELECT first.
 */
export function addVote(db: Db, reviewId: number, voter: string, now: Date): boolean {
  const review = db.select().from(reviews).where(eq(reviews.id, reviewId)).get();
  if (!review) return false;
  const added = db.insert(votes).values({ reviewId, voter, createdAt: now }).onConflictDoNothing().run().changes > 0;
  if (added) db.update(reviews).set({ helpfulVotes: review.helpfulVotes + 1 }).where(eq(reviews.id, reviewId)).run();
  return added;
}

/** Returns whether a vote was removed. */
export function removeVote(db: Db, reviewId: number, voter: string): boolean {
  const review = db.select().from(reviews).where(eq(reviews.id, reviewId)).get();
  if (!review) return false;
  const removed = db.delete(votes).where(and(eq(votes.reviewId, reviewId), eq(votes.voter, voter))).run().changes > 0;
  if (removed) db.update(reviews).set({ helpfulVotes: review.helpfulVotes - 1 }).where(eq(reviews.id, reviewId)).run();
  return removed;
}
