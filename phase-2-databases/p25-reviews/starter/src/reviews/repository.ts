// Every query on reviews. A review write and the change it makes to its product's aggregates
// must run in ONE transaction: db.transaction((tx) => { ... }), with every query inside on tx
// (SPEC.md, Task 5).
import type { Db } from '../db/client.js';
import type { ReviewRow } from '../db/schema.js';
import type { ReviewQuery, CreateReviewInput, UpdateReviewInput } from './validation.js';

/** A review with how many people found it helpful. */
export type ReviewWithVotes = ReviewRow & { helpfulCount: number };

/**
 * TODO (Task 2): in one transaction, count the review in its product (review_count + 1,
 * rating_sum + rating, stars_<rating> + 1) and insert it. Undefined when there is no such
 * product. TODO (Task 3): a duplicate throws, and the rollback undoes the counters.
 */
export function insertReview(db: Db, productId: number, input: CreateReviewInput, now: Date): ReviewRow | undefined {
  void [db, productId, input, now];
  throw new Error('Not implemented: insertReview (Task 2)');
}

/** TODO (Task 5): change the fields given and updatedAt; move the star from the old rating to the new. */
export function updateReview(db: Db, id: number, changes: UpdateReviewInput, now: Date): ReviewRow | undefined {
  void [db, id, changes, now];
  throw new Error('Not implemented: updateReview (Task 5)');
}

/** TODO (Task 5): delete the review and uncount it, in one transaction; return whether it existed. */
export function deleteReview(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteReview (Task 5)');
}

/** TODO (Task 2): the review with this id and its helpfulCount (0 until Task 6), or undefined. */
export function findReviewById(db: Db, id: number): ReviewWithVotes | undefined {
  void [db, id];
  throw new Error('Not implemented: findReviewById (Task 2)');
}

/** TODO (Task 4): one page of the product's reviews in the order of query.sort, and their total. */
export function listReviews(db: Db, productId: number, query: ReviewQuery): { rows: ReviewWithVotes[]; total: number } {
  void [db, productId, query];
  throw new Error('Not implemented: listReviews (Task 4)');
}
