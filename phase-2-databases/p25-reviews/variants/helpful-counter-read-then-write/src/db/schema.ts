// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull();
const counter = (name: string) => integer(name).notNull().default(0);

export const products = sqliteTable('products', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  // The aggregates of the product's reviews, kept up to date by every review write in the same
  // transaction (see reviews/repository.ts). Reading a product then costs one row, however many
  // reviews it has.
  reviewCount: counter('review_count'),
  ratingSum: counter('rating_sum'),
  stars1: counter('stars_1'),
  stars2: counter('stars_2'),
  stars3: counter('stars_3'),
  stars4: counter('stars_4'),
  stars5: counter('stars_5'),
});

export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // A review belongs to a product that exists: SQLite refuses any other product_id (with
    // PRAGMA foreign_keys = ON, see client.ts).
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    // Lower-cased by the API, so the unique index below is case-insensitive in effect.
    author: text('author').notNull(),
    rating: integer('rating').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    // The number of helpful votes, kept here so that a review is read without counting votes.
    helpfulVotes: integer('helpful_votes').notNull().default(0),
  },
  (table) => [
    // One review per author per product, whatever code writes to this table. Being on
    // (product_id, author), this index also serves every "reviews of product N" query.
    uniqueIndex('reviews_product_author_unique').on(table.productId, table.author),
    // typeof() also refuses 3.5 and '5': a rating is a whole number from 1 to 5.
    check('reviews_rating_1_to_5', sql`typeof(${table.rating}) = 'integer' AND ${table.rating} BETWEEN 1 AND 5`),
  ],
);

export const votes = sqliteTable(
  'votes',
  {
    // Deleting a review deletes its votes: the database does it, in the same statement.
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    voter: text('voter').notNull(),
    createdAt: createdAt(),
  },
  // The pair is the key: a voter votes for a review at most once. The primary key is also the
  // index that counts a review's votes.
  (table) => [primaryKey({ columns: [table.reviewId, table.voter] })],
);

export type ProductRow = typeof products.$inferSelect;
export type ReviewRow = typeof reviews.$inferSelect;
