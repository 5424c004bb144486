// Refuses a database migrated by a newer release: read the journal this code ships, and compare
// it with what __drizzle_migrations says was applied to the file. Reads only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
  constructor(detail: string) {
    super(`The database is newer than this code (${detail}).`);
  }
}

interface JournalEntry {
  when: number;
}

export function checkSchemaVersion(sqlite: Database.Database, migrationsFolder: string): void {
  const exists = sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = '__drizzle_migrations'").pluck().get() as number;
  if (exists === 0) return;
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  const rows = sqlite.prepare('SELECT created_at FROM __drizzle_migrations').pluck().all() as Array<number | string>;
  const newestKnown = Math.max(0, ...journal.entries.map((entry) => entry.when));
  const newestApplied = Math.max(0, ...rows.map(Number));
  if (rows.length > journal.entries.length || newestApplied > newestKnown) {
    throw new SchemaTooNewError(`${rows.length} migrations applied, newest ${newestApplied}; this code ships ${journal.entries.length}, newest ${newestKnown}`);
  }
}
