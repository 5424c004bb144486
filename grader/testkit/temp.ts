import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh empty folder for this test, removed when the test ends. */
export function tempDir(prefix = 'b100-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A path for a fresh SQLite database file in a temporary folder. The file does not exist yet;
 * opening a second app on the same path is how a suite checks that data survives a restart.
 */
export function tempDbFile(name = 'app.db'): string {
  return path.join(tempDir('b100-db-'), name);
}
