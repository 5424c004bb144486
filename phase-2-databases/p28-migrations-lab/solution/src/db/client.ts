// Opens the SQLite file and brings its schema up to date. Every createApp() gets its own
// connection: nothing here is shared between apps.
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { checkSchemaVersion } from './schema-version.js';

export { SchemaTooNewError } from './schema-version.js';

export type Db = BetterSQLite3Database;

export interface DbHandle {
  db: Db;
  /** Closes the connection; the app cannot query afterwards. */
  close: () => void;
}

/**
 * The migrations in drizzle/, found next to this project's src/ whatever the working directory
 * is: drizzle/meta/_journal.json lists them in order, each <tag>.sql holds the SQL.
 */
export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Opens (or creates) the database file and applies the migrations it has not seen yet.
 * Throws SchemaTooNewError, with the file left exactly as it was, when the database was
 * migrated by a newer version of this code.
 */
export function openDatabase(dbFile: string): DbHandle {
  const sqlite = new Database(dbFile);
  try {
    // First, before anything writes to the file (even the journal_mode below changes its header):
    // refuse a database this code does not know how to read.
    checkSchemaVersion(sqlite, migrationsFolder);

    // Write-ahead logging: readers and the writer do not block each other, and writes are faster.
    sqlite.pragma('journal_mode = WAL');
    // Rebuilding a table (migration 0002) drops and renames tables that foreign keys point at
    // or from. SQLite's own procedure (https://sqlite.org/lang_altertable.html#otheralter) turns
    // foreign keys off for the rebuild, checks them afterwards, and turns them back on. It must
    // happen here: PRAGMA foreign_keys does nothing inside a transaction, and migrate() runs
    // every pending migration inside one, so a `PRAGMA foreign_keys=OFF` in a .sql file (drizzle-kit
    // writes one before each rebuild) is silently ignored. With foreign keys on, the rebuild's
    // DROP TABLE would delete the rows that point at the old table (ON DELETE CASCADE) or fail
    // with "FOREIGN KEY constraint failed".
    sqlite.pragma('foreign_keys = OFF');
    try {
      migrate(drizzle(sqlite), { migrationsFolder });
      // Step 10 of that procedure. migrate() has committed by now, so this cannot undo a bad
      // migration; it stops the app from starting on one, which is the next best thing.
      const broken = sqlite.pragma('foreign_key_check') as Array<{ table: string }>;
      if (broken.length > 0) {
        const perTable = new Map<string, number>();
        for (const row of broken) perTable.set(row.table, (perTable.get(row.table) ?? 0) + 1);
        const list = [...perTable].map(([table, count]) => `${count} in ${table}`).join(', ');
        throw new Error(`The migrations left rows whose foreign key points at a row that does not exist (${list}): PRAGMA foreign_key_check lists them.`);
      }
    } finally {
      // SQLite checks foreign keys only on connections that ask for it, one connection at a time
      // (https://sqlite.org/foreignkeys.html#fk_enable). better-sqlite3 happens to ask by default;
      // saying it here keeps the rule whatever the library's build does, and whatever happened above.
      sqlite.pragma('foreign_keys = ON');
    }
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return { db: drizzle(sqlite), close: () => sqlite.close() };
}
