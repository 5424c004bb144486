// Every query on reviews. A review write and the change it makes to its product's aggregates
// run in ONE transaction: either both are saved or neither is. Two separate writes could be
// split by a crash, a failed constraint or a bug between them, and the counters would be wrong
// for ever after.
import { and, asc, count, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { products, reviews, votes, type ReviewRow } from '../db/schema.js';
import type { CreateReviewInput, ReviewQuery, ReviewSort, UpdateReviewInput } from './validation.js';

/** A review with how many people found it helpful. */
export type ReviewWithVotes = ReviewRow & { helpfulCount: number };

const STAR_COLUMNS = { 1: 'stars1', 2: 'stars2', 3: 'stars3', 4: 'stars4', 5: 'stars5' } as const;

/**
 * Adds (delta 1) or removes (delta -1) one review of this rating to the product's aggregates,
 * with arithmetic done by SQLite on the current values (`review_count = review_count + 1`), so
 * no stale copy read earlier can overwrite a newer one. Returns false when no product has this id.
 */
function countReview(tx: Tx, productId: number, rating: number, delta: 1 | -1): boolean {
  const stars = STAR_COLUMNS[rating as keyof typeof STAR_COLUMNS];
  const result = tx
    .update(products)
    .set({
      reviewCount: sql`${products.reviewCount} + ${delta}`,
      ratingSum: sql`${products.ratingSum} + ${delta * rating}`,
      [stars]: sql`${products[stars]} + ${delta}`,
    })
    .where(eq(products.id, productId))
    .run();
  return result.changes > 0;
}

/**
 * Inserts a review and counts it in its product. Returns undefined when there is no such
 * product; throws the unique violation when the author has already reviewed it, and the
 * rollback then undoes the counters too.
 */
export function insertReview(db: Db, productId: number, input: CreateReviewInput, now: Date): ReviewRow | undefined {
  // IMMEDIATE takes the write lock at BEGIN: another connection cannot write between our reads
  // and our writes.
  return db.transaction(
    (tx) => {
      if (!countReview(tx, productId, input.rating, 1)) return undefined;
      return tx
        .insert(reviews)
        .values({ ...input, productId, createdAt: now, updatedAt: now })
        .returning()
        .get();
    },
    { behavior: 'immediate' },
  );
}

/** Changes the fields given and moves the review's star from its old rating to its new one. */
export function updateReview(db: Db, id: number, changes: UpdateReviewInput, now: Date): ReviewRow | undefined {
  return db.transaction(
    (tx) => {
      const before = tx.select().from(reviews).where(eq(reviews.id, id)).get();
      if (!before) return undefined;
      const after = tx
        .update(reviews)
        .set({ ...changes, updatedAt: now })
        .where(eq(reviews.id, id))
        .returning()
        .get()!;
      // Uncount the old rating, count the new one. When the rating did not change the two
      // cancel out, and there is no special case to get wrong.
      countReview(tx, before.productId, before.rating, -1);
      countReview(tx, after.productId, after.rating, 1);
      return after;
    },
    { behavior: 'immediate' },
  );
}

/** Deletes a review (its votes go with it: ON DELETE CASCADE) and uncounts it. */
export function deleteReview(db: Db, id: number): boolean {
  return db.transaction(
    (tx) => {
      const deleted = tx.delete(reviews).where(eq(reviews.id, id)).returning().get();
      if (!deleted) return false;
      countReview(tx, deleted.productId, deleted.rating, -1);
      return true;
    },
    { behavior: 'immediate' },
  );
}

// count(votes.voter) counts the joined votes; a review without votes has one joined row of
// NULLs, which count(column) skips, so it counts 0.
const helpfulCount = count(votes.voter);

/** SELECT reviews.*, count(votes.voter) FROM reviews LEFT JOIN votes ... GROUP BY reviews.id */
function selectWithVotes(db: Db, where: SQL | undefined) {
  return db
    .select({ ...getTableColumns(reviews), helpfulCount })
    .from(reviews)
    .leftJoin(votes, eq(votes.reviewId, reviews.id))
    .where(where)
    .groupBy(reviews.id);
}

export function findReviewById(db: Db, id: number): ReviewWithVotes | undefined {
  return selectWithVotes(db, eq(reviews.id, id)).get();
}

/**
 * Each sort is a fixed list of ORDER BY terms, picked by name: the client chooses among them,
 * it never writes SQL. The last term breaks ties, so pages never overlap.
 */
const ORDERS: Record<ReviewSort, SQL[]> = {
  newest: [desc(reviews.createdAt), desc(reviews.id)],
  helpful: [desc(helpfulCount), asc(reviews.id)],
  rating: [asc(reviews.rating), asc(reviews.id)],
  '-rating': [desc(reviews.rating), asc(reviews.id)],
};

/** One page of a product's reviews, and how many reviews it has in all. */
export function listReviews(db: Db, productId: number, query: ReviewQuery): { rows: ReviewWithVotes[]; total: number } {
  const rows = selectWithVotes(db, eq(reviews.productId, productId))
    .orderBy(...ORDERS[query.sort])
    .limit(query.limit)
    .offset(query.offset)
    .all();
  const { total } = db.select({ total: count() }).from(reviews).where(eq(reviews.productId, productId)).get()!;
  return { rows, total };
}

export function findReviewByAuthor(db: Db, productId: number, author: string): ReviewRow | undefined {
  return db.select().from(reviews).where(and(eq(reviews.productId, productId), eq(reviews.author, author))).get();
}
