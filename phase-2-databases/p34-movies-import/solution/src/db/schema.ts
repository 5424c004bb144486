// The library's schema. drizzle-kit reads this file to generate the SQL migrations in drizzle/,
// and drizzle-orm reads it to type every query.
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const movies = sqliteTable(
  'movies',
  {
    // The rowid: cheap to append to. Movies are found by their natural key, imdb_id, never by it.
    id: integer('id').primaryKey(),
    // The natural key: the same film has the same IMDb id in every file. The unique index is what
    // makes an upsert possible (ON CONFLICT (imdb_id) needs it), and it keeps a second copy of a
    // film out of the table whatever program writes to the file.
    imdbId: text('imdb_id').notNull().unique('movies_imdb_id_unique'),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    runtimeMinutes: integer('runtime_minutes'),
    // The genres as the file wrote them, separated by |; '' when there are none.
    genres: text('genres').notNull().default(''),
    rating: real('rating'),
  },
  // GET /movies?year= reads one year's films without scanning the library.
  (table) => [index('movies_year_idx').on(table.year)],
);

export type MovieRow = typeof movies.$inferSelect;
export type NewMovie = typeof movies.$inferInsert;
