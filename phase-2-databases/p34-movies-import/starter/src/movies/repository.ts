// Queries on the movies table. Use drizzle's query builder (or sql`` with ${values}): values
// must travel to SQLite apart from the SQL text.
import type { Queryable } from '../db/client.js';
import type { MovieRow, NewMovie } from '../db/schema.js';
import type { MovieQuery } from './validation.js';

/** TODO (Task 1): the movie with this imdb_id, or undefined. */
export function findMovie(db: Queryable, imdbId: string): MovieRow | undefined {
  void [db, imdbId];
  throw new Error('Not implemented: findMovie (Task 1)');
}

/** TODO (Task 1): one page by imdb_id, filtered by year and by one whole genre, and the total. */
export function listMovies(db: Queryable, query: MovieQuery): { rows: MovieRow[]; total: number } {
  void [db, query];
  throw new Error('Not implemented: listMovies (Task 1)');
}

/** The statements an import runs, prepared once per import. */
export interface MovieWriter {
  /** How many movies the library holds. */
  count: () => number;
  /** Inserts the movie, or replaces every column of the one with its imdb_id. */
  upsert: (movie: NewMovie) => void;
}

/**
 * TODO (Task 3 and Task 5): prepare the statements once (sql.placeholder() and .prepare()), and
 * make upsert an INSERT ... ON CONFLICT (imdb_id) DO UPDATE of every column (SPEC.md, Task 3).
 */
export function movieWriter(db: Queryable): MovieWriter {
  void db;
  throw new Error('Not implemented: movieWriter (Task 2)');
}
