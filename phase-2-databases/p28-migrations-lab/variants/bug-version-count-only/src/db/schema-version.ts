// Refusing a database that is newer than this code. migrate() applies every migration of the
// journal whose `when` is later than the newest one recorded in __drizzle_migrations, and
// silently applies nothing otherwise: given a file from a newer version of the app (after a
// rollback to older code, say), it would let this code read and write tables it does not know.
import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';

/** Thrown by createApp when the database holds a migration this code does not ship. */
export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
  constructor(detail: string) {
    super(`The database is newer than this code: ${detail}. Deploy the newer code, or restore a backup made for this version.`);
  }
}

/** What __drizzle_migrations says about a database: how many migrations, and the newest. */
interface AppliedMigrations {
  count: number;
  newest: number | null;
}

function appliedMigrations(sqlite: Database.Database): AppliedMigrations | undefined {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  // A new, empty file (or one no migration ever ran on): nothing can be too new.
  if (table === undefined) return undefined;
  const row = sqlite.prepare('SELECT count(*) AS count, max(created_at) AS newest FROM __drizzle_migrations').get() as {
    count: number;
    newest: number | string | null;
  };
  return { count: row.count, newest: row.newest === null ? null : Number(row.newest) };
}

/**
 * Throws SchemaTooNewError when the database records a migration that is not in the journal:
 * more migrations than the journal lists, or one created after the journal's last entry.
 * Only reads: nothing in the file changes.
 */
export function checkSchemaVersion(sqlite: Database.Database, migrationsFolder: string): void {
  const applied = appliedMigrations(sqlite);
  if (applied === undefined) return;
  // The journal's entries, in order, each with its `when` (folderMillis) as migrate() reads them.
  const known = readMigrationFiles({ migrationsFolder });
  const latestKnown = known.at(-1)?.folderMillis ?? 0;
  if (applied.count > known.length) {
    throw new SchemaTooNewError(`it has ${applied.count} migrations applied, and this code knows ${known.length}`);
  }
  void latestKnown;
}
