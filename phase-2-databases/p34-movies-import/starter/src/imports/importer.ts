// The import itself: parse, check every row, then write the good ones in batches, each batch one
// transaction. Exported apart from the route so that bench.ts (and a script) can call it.
import type { Db } from '../db/client.js';
import type { RowError } from './rows.js';

export type ImportMode = 'partial' | 'all-or-nothing';

export interface ImportOptions {
  /** partial (default): good rows go in, bad ones are reported. all-or-nothing: one bad row and nothing goes in. */
  mode?: ImportMode;
  /** Rows per transaction in partial mode. 1 is one transaction per row: the slow baseline of bench.ts. */
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
 * TODO (Task 2): parse, read the header, check every row, write the good ones (movieWriter), and
 * report. TODO (Task 3): count inserted and updated as SPEC.md's Task 3 says. TODO (Task 4):
 * all-or-nothing. TODO (Task 5): batches of `batchSize` rows, each one transaction.
 */
export function importMovies(db: Db, csv: string, options: ImportOptions = {}): ImportReport {
  void [db, csv, options];
  throw new Error('Not implemented: importMovies (Task 2)');
}
