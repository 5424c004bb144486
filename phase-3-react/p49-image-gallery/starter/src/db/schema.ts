// The images table. drizzle-kit reads this file to generate the migrations in drizzle/:
// run `npx drizzle-kit generate` in this folder after every change.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const images = sqliteTable('images', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the columns an image needs: its title, its type, its size, createdAt, and the
  // name of its file in the images folder (SPEC.md, Task 1).
});

export type ImageRow = typeof images.$inferSelect;
