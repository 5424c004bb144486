// The posts table. drizzle-kit reads this file to generate the migrations in drizzle/:
// run `npx drizzle-kit generate` in this folder after every change.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const posts = sqliteTable('posts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the columns a post needs (SPEC.md, Task 1). createdAt is the instant of the
  // injected clock; think about the index the feed's order wants (SPEC.md, Task 2).
});

export type PostRow = typeof posts.$inferSelect;
