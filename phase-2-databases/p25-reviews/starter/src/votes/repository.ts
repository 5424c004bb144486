// The votes table: one row per (review, voter), its composite primary key.
import type { Db } from '../db/client.js';

/**
 * TODO (Task 6): record the vote; return false when this voter had already voted for this
 * review. insert(...).onConflictDoNothing().run().changes says which, in one statement.
 */
export function addVote(db: Db, reviewId: number, voter: string, now: Date): boolean {
  void [db, reviewId, voter, now];
  throw new Error('Not implemented: addVote (Task 6)');
}

/** TODO (Task 6): delete the vote; return whether there was one. */
export function removeVote(db: Db, reviewId: number, voter: string): boolean {
  void [db, reviewId, voter];
  throw new Error('Not implemented: removeVote (Task 6)');
}
