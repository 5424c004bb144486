// The library's schema. drizzle-kit reads this file to generate the SQL migrations in drizzle/,
// and drizzle-orm reads it to type every query. After every change here, run
// `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const movies = sqliteTable('movies', {
  id: integer('id').primaryKey(),
  // TODO (Task 1): the six columns of SPEC.md's table, with their names, types and NULLs, and
  // the unique index on imdb_id. genres is text, not null, default ''.
});

export type MovieRow = typeof movies.$inferSelect & {
  // TODO (Task 1): delete this block once the columns above exist (then $inferSelect has them).
  imdbId: string;
  title: string;
  year: number;
  runtimeMinutes: number | null;
  genres: string;
  rating: number | null;
};
export type NewMovie = Omit<MovieRow, 'id'> & { id?: number };
