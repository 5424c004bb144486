// Refusing a database that is newer than this code. migrate() applies every migration of the
// journal whose `when` is later than the newest one recorded in __drizzle_migrations, and
// silently applies nothing otherwise: given a file from a newer version of the app (after a
// rollback to older code, say), it would let this code read and write tables it does not know.
import type Database from 'better-sqlite3';

/** Thrown by createApp when the database holds a migration this code does not ship. */
export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
  constructor(detail: string) {
    super(`The database is newer than this code: ${detail}. Deploy the newer code, or restore a backup made for this version.`);
  }
}

/**
 * Throws SchemaTooNewError when the database records a migration that is not in the journal:
 * more migrations than the journal lists, or one created after the journal's last entry.
 * Only reads: nothing in the file may change.
 *
 * TODO (Task 5): when sqlite_master has a table named __drizzle_migrations, read its count(*)
 * and max(created_at) with `sqlite.prepare(...).get()`, and compare them with the journal:
 * `readMigrationFiles({ migrationsFolder })` from 'drizzle-orm/migrator' lists its entries,
 * each with its `when` as `folderMillis`. Until then, every database is accepted.
 */
export function checkSchemaVersion(sqlite: Database.Database, migrationsFolder: string): void {
  void [sqlite, migrationsFolder];
}
