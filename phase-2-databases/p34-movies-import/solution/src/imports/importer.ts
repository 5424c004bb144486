// The import itself: parse, check every row, then write the good ones in batches, each batch one
// transaction. Exported apart from the route so that bench.ts (and a script) can call it.
import type { Db } from '../db/client.js';
import type { NewMovie } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { movieWriter } from '../movies/repository.js';
import { parseCsv } from './csv.js';
import { readHeader, validateRow, type RowError } from './rows.js';

export type ImportMode = 'partial' | 'all-or-nothing';

export interface ImportOptions {
  /** partial (default): good rows go in, bad ones are reported. all-or-nothing: one bad row and nothing goes in. */
  mode?: ImportMode;
  /** Rows per transaction in partial mode, 1 or more. 1 is one transaction per row: the slow baseline of bench.ts. */
  batchSize?: number;
}

export interface ImportReport {
  mode: ImportMode;
  received: number;
  inserted: number;
  updated: number;
  failed: number;
  errors: RowError[];
}

/**
 * Rows per transaction. Every COMMIT waits for the disk (an fsync); a few thousand rows per
 * commit pay that once instead of thousands of times, while each transaction stays short enough
 * not to hold SQLite's write lock for the whole import.
 */
export const BATCH_SIZE = 5_000;

/**
 * Imports CSV text into the library and reports what happened. Header problems and a quoted field
 * that never closes throw a 400 (nothing is written); in all-or-nothing mode a bad row throws
 * a 422 whose details list every bad row. Rows are applied in file order, so for an imdb_id
 * written twice the last row wins; a row counts as `inserted` when its id was not in the library
 * at that moment, else as `updated`.
 */
export function importMovies(db: Db, csv: string, options: ImportOptions = {}): ImportReport {
  const mode = options.mode ?? 'partial';
  const [header, ...rows] = parseCsv(csv);
  const columns = readHeader(header);

  // Check every row before writing any: all-or-nothing must know of every bad row first.
  const good: NewMovie[] = [];
  const errors: RowError[] = [];
  for (const row of rows) {
    const result = validateRow(row, columns);
    if (result.ok) good.push(result.movie);
    else errors.push(result.error);
  }
  if (mode === 'all-or-nothing' && errors.length > 0) {
    throw new HttpError(422, 'import_rejected', `${errors.length} of ${rows.length} rows are bad; nothing was imported.`, { received: rows.length, failed: errors.length, errors });
  }

  // The statements are prepared once and run for every row. All-or-nothing writes in ONE
  // transaction: should anything fail half-way, the rollback leaves the library as it was.
  const writer = movieWriter(db);
  const batchSize = mode === 'all-or-nothing' ? good.length : (options.batchSize ?? BATCH_SIZE);
  let inserted = 0;
  for (let start = 0; start < good.length; start += batchSize) {
    const batch = good.slice(start, start + batchSize);
    inserted += db.transaction(
      () => {
        // An upsert does not say whether it inserted or updated. The table grows by one row
        // per new imdb_id, so the batch inserted (rows after - rows before) of its rows: the
        // first row of each new id; every other row updated a movie.
        const before = writer.count();
        for (const movie of batch) writer.upsert(movie);
        return writer.count() - before;
      },
      // immediate: take the write lock at BEGIN, so that no other connection adds rows between
      // the two counts.
      { behavior: 'immediate' },
    );
  }
  return { mode, received: rows.length, inserted, updated: good.length - inserted, failed: errors.length, errors };
}
