// Four tables: the items on sale, their reviews, the helpful votes, and one tally row per item
// and star count (1 to 5) that the review writes keep exact in their own transaction.
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';

export const catalogItems = sqliteTable('catalog_items', {
  itemId: integer('item_id').primaryKey(),
  label: text('label').notNull(),
});

export const ratingTallies = sqliteTable(
  'rating_tallies',
  {
    itemRef: integer('item_ref')
      .notNull()
      .references(() => catalogItems.itemId),
    stars: integer('stars').notNull(),
    tally: integer('tally').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.itemRef, t.stars] }), check('tally_stars_range', sql`${t.stars} BETWEEN 1 AND 5`)],
);

export const itemReviews = sqliteTable(
  'item_reviews',
  {
    reviewId: integer('review_id').primaryKey(),
    itemRef: integer('item_ref')
      .notNull()
      .references(() => catalogItems.itemId),
    username: text('username').notNull(),
    stars: integer('stars').notNull(),
    headline: text('headline').notNull(),
    content: text('content').notNull(),
    writtenAt: text('written_at').notNull(),
    editedAt: text('edited_at').notNull(),
  },
  (t) => [unique('one_review_per_user').on(t.itemRef, t.username), check('stars_one_to_five', sql`${t.stars} IN (1, 2, 3, 4, 5)`)],
);

export const reviewVotes = sqliteTable(
  'review_votes',
  {
    reviewRef: integer('review_ref')
      .notNull()
      .references(() => itemReviews.reviewId, { onDelete: 'cascade' }),
    username: text('username').notNull(),
    votedAt: text('voted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reviewRef, t.username] })],
);
