// Queries on the movies table. drizzle builds parameterised SQL: values travel to SQLite apart
// from the SQL text, so no title or filter can change what a query does.
import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { movies, type MovieRow, type NewMovie } from '../db/schema.js';
import type { MovieQuery } from './validation.js';

export function findMovie(db: Queryable, imdbId: string): MovieRow | undefined {
  return db.select().from(movies).where(eq(movies.imdbId, imdbId)).get();
}

/** One page of movies by imdb_id, and how many match the filters in all. */
export function listMovies(db: Queryable, query: MovieQuery): { rows: MovieRow[]; total: number } {
  const filters: SQL[] = [];
  if (query.year !== undefined) filters.push(eq(movies.year, query.year));
  // genres holds `Crime|Drama`: wrapping both sides in | finds a whole genre, so `Dram` does not
  // match `Drama`. A genre never contains | (validation.ts), so it cannot break out of the test.
  if (query.genre !== undefined) filters.push(sql`instr('|' || ${movies.genres} || '|', ${`|${query.genre}|`}) > 0`);
  const where = and(...filters);
  const rows = db.select().from(movies).where(where).orderBy(asc(movies.imdbId)).limit(query.limit).offset(query.offset).all();
  const { total } = db.select({ total: count() }).from(movies).where(where).get()!;
  return { rows, total };
}

/** The two statements an import runs once per row, prepared once per import. */
export interface MovieWriter {
  /** Inserts the movie, or replaces every column of the one with its imdb_id; true when it inserted. */
  upsert: (movie: NewMovie) => boolean;
}

/**
 * Prepares the import's statements. A prepared statement is parsed and planned by SQLite once;
 * each run only binds new values, which is most of what makes 100,000 rows fast. drizzle's
 * sql.placeholder() marks where the values go. Call it on the `tx` of the transaction that uses it.
 */
export function movieWriter(db: Queryable): MovieWriter {
  // An upsert: INSERT ... ON CONFLICT (imdb_id) DO UPDATE. `excluded` is the row that could not
  // be inserted, so the last row written for an id wins, every column of it, NULLs included.
  const upsert = db
    .insert(movies)
    .values({
      imdbId: sql.placeholder('imdbId'),
      title: sql.placeholder('title'),
      year: sql.placeholder('year'),
      runtimeMinutes: sql.placeholder('runtimeMinutes'),
      genres: sql.placeholder('genres'),
      rating: sql.placeholder('rating'),
    })
    .onConflictDoUpdate({
      target: movies.imdbId,
      set: {
        title: sql`excluded.title`,
        year: sql`excluded.year`,
        runtimeMinutes: sql`excluded.runtime_minutes`,
        genres: sql`excluded.genres`,
        rating: sql`excluded.rating`,
        writes: sql`${movies.writes} + 1`,
      },
    })
    .returning({ writes: movies.writes })
    .prepare();
  return {
    upsert: (movie) => upsert.get(movie)!.writes === 1,
  };
}
