// Another design: the natural key IS the primary key (no surrogate id), and every row counts how
// many times an import wrote it, which tells an upsert's insert from its update.
import { sql } from 'drizzle-orm';
import { check, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const movies = sqliteTable(
  'movies',
  {
    imdbId: text('imdb_id').primaryKey(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    runtimeMinutes: integer('runtime_minutes'),
    genres: text('genres').notNull().default(''),
    rating: real('rating'),
    // 1 when a row is inserted, +1 on every upsert that updates it.
    writes: integer('writes').notNull().default(1),
  },
  (table) => [check('movies_year_range', sql`${table.year} BETWEEN 1888 AND 2100`)],
);

export type MovieRow = typeof movies.$inferSelect;
export type NewMovie = Omit<typeof movies.$inferInsert, 'writes'>;
