// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
// After every change here, run `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const products = sqliteTable('products', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): name (text, not null), and the aggregates of the product's reviews:
  // reviewCount, ratingSum and stars1 to stars5 (integer, not null, default 0).
});

export const reviews = sqliteTable('reviews', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 2): productId (a foreign key to products.id), author, rating, title, body,
  // createdAt and updatedAt (integer({ mode: 'timestamp_ms' })), all not null; and, in the third
  // argument of sqliteTable, a check() that keeps rating between 1 and 5.
  // TODO (Task 3): a unique index on (productId, author).
});

// TODO (Task 6): reviewId (a foreign key to reviews.id that cascades on delete), voter and
// createdAt; the pair (reviewId, voter) is the primary key: primaryKey({ columns: [...] }).
export const votes = sqliteTable('votes', {
  reviewId: integer('review_id'),
});

export type ProductRow = typeof products.$inferSelect;
export type ReviewRow = typeof reviews.$inferSelect;
