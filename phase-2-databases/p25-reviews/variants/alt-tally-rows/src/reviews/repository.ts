// Reviews and the tallies they feed. Every review write changes the tally rows of its item in
// the same IMMEDIATE transaction, with SQL arithmetic on the current value.
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { itemReviews, ratingTallies, reviewVotes } from '../db/schema.js';
import type { CreateReviewInput, ReviewQuery, ReviewSort, UpdateReviewInput } from './validation.js';

export interface ReviewWithVotes {
  id: number;
  productId: number;
  author: string;
  rating: number;
  title: string;
  body: string;
  helpfulCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Adds `delta` to one tally of an item; false when the item has no such tally (no such item). */
function bump(tx: Tx, itemId: number, stars: number, delta: number): boolean {
  return (
    tx
      .update(ratingTallies)
      .set({ tally: sql`${ratingTallies.tally} + ${delta}` })
      .where(and(eq(ratingTallies.itemRef, itemId), eq(ratingTallies.stars, stars)))
      .run().changes === 1
  );
}

export function insertReview(db: Db, productId: number, input: CreateReviewInput, now: Date): { id: number } | undefined {
  return db.transaction(
    (tx) => {
      if (!bump(tx, productId, input.rating, 1)) return undefined;
      const at = now.toISOString();
      return tx
        .insert(itemReviews)
        .values({ itemRef: productId, username: input.author, stars: input.rating, headline: input.title, content: input.body, writtenAt: at, editedAt: at })
        .returning({ id: itemReviews.reviewId })
        .get();
    },
    { behavior: 'immediate' },
  );
}

export function updateReview(db: Db, id: number, changes: UpdateReviewInput, now: Date): boolean {
  return db.transaction(
    (tx) => {
      const old = tx.select({ itemRef: itemReviews.itemRef, stars: itemReviews.stars }).from(itemReviews).where(eq(itemReviews.reviewId, id)).get();
      if (!old) return false;
      tx.update(itemReviews)
        .set({
          ...(changes.rating === undefined ? {} : { stars: changes.rating }),
          ...(changes.title === undefined ? {} : { headline: changes.title }),
          ...(changes.body === undefined ? {} : { content: changes.body }),
          editedAt: now.toISOString(),
        })
        .where(eq(itemReviews.reviewId, id))
        .run();
      if (changes.rating !== undefined && changes.rating !== old.stars) {
        bump(tx, old.itemRef, old.stars, -1);
        bump(tx, old.itemRef, changes.rating, 1);
      }
      return true;
    },
    { behavior: 'immediate' },
  );
}

export function deleteReview(db: Db, id: number): boolean {
  return db.transaction(
    (tx) => {
      const gone = tx.delete(itemReviews).where(eq(itemReviews.reviewId, id)).returning({ itemRef: itemReviews.itemRef, stars: itemReviews.stars }).get();
      if (!gone) return false;
      bump(tx, gone.itemRef, gone.stars, -1);
      return true;
    },
    { behavior: 'immediate' },
  );
}

const votesOf = sql<number>`(SELECT count(*) FROM ${reviewVotes} WHERE ${reviewVotes.reviewRef} = ${itemReviews.reviewId})`;

const columns = {
  id: itemReviews.reviewId,
  productId: itemReviews.itemRef,
  author: itemReviews.username,
  rating: itemReviews.stars,
  title: itemReviews.headline,
  body: itemReviews.content,
  helpfulCount: votesOf,
  createdAt: itemReviews.writtenAt,
  updatedAt: itemReviews.editedAt,
};

type Stored = Omit<ReviewWithVotes, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

function withDates(row: Stored): ReviewWithVotes {
  return { ...row, helpfulCount: Number(row.helpfulCount), createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) };
}

export function findReviewById(db: Db, id: number): ReviewWithVotes | undefined {
  const row = db.select(columns).from(itemReviews).where(eq(itemReviews.reviewId, id)).get();
  return row && withDates(row);
}

const ORDER_BY: Record<ReviewSort, SQL[]> = {
  newest: [desc(itemReviews.writtenAt), desc(itemReviews.reviewId)],
  helpful: [desc(votesOf), asc(itemReviews.reviewId)],
  rating: [asc(itemReviews.stars), asc(itemReviews.reviewId)],
  '-rating': [desc(itemReviews.stars), asc(itemReviews.reviewId)],
};

export function listReviews(db: Db, productId: number, query: ReviewQuery): { rows: ReviewWithVotes[]; total: number } {
  const rows = db
    .select(columns)
    .from(itemReviews)
    .where(eq(itemReviews.itemRef, productId))
    .orderBy(...ORDER_BY[query.sort])
    .limit(query.limit)
    .offset(query.offset)
    .all()
    .map(withDates);
  const { total } = db.select({ total: count() }).from(itemReviews).where(eq(itemReviews.itemRef, productId)).get()!;
  return { rows, total };
}
