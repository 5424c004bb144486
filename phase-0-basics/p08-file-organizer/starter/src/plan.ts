import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { categoryOf, dateFolder } from './categories.js';
import { OrganizeError } from './errors.js';
import { isJournalFile } from './journal.js';

/** One planned move. Both paths are relative to the organized folder and use "/". */
export interface Move {
  from: string;
  to: string;
}

export interface PlanOptions {
  by: 'type' | 'date';
  includeHidden: boolean;
}

/**
 * The n-th free name for a file that collides (Task 1): "photo.jpg" becomes "photo (1).jpg".
 * The number goes before the last extension only: "a.tar.gz" -> "a.tar (1).gz".
 */
export function withSuffix(name: string, n: number): string {
  // TODO (Task 1): split the name into stem and path.extname(name), put ` (${n})` in between.
  throw new Error('Not implemented: withSuffix');
}

/**
 * Which files move where, without touching anything (Task 2, SPEC.md "Plan the moves").
 * https://nodejs.org/api/fs.html#fspromisesreaddirpath-options
 */
export async function planMoves(dir: string, options: PlanOptions): Promise<Move[]> {
  // TODO (Task 2):
  // - `await readdir(dir, { withFileTypes: true })` gives Dirent objects: keep those where
  //   entry.isFile() (folders and symbolic links stay), never the journal (isJournalFile), and
  //   no hidden names (starting with ".") unless options.includeHidden. Sort the names.
  // - The folder of each file: categoryOf(name) by type, or dateFolder(stats.mtime) by date,
  //   where stats = await lstat(path.join(dir, name)).
  // - If that folder (or a part of it, "2024" in "2024/03") exists but is not a folder, throw
  //   new OrganizeError(...) before anything moves.
  // - Names taken in a folder: what readdir finds there (nothing if it does not exist yet) plus
  //   what this plan already put there. Keep one Set per folder in a Map. While the name is
  //   taken, try withSuffix(name, 1), withSuffix(name, 2)...
  // - Return [{ from: name, to: `${folder}/${finalName}` }, ...] in the sorted order.
  throw new Error('Not implemented: planMoves');
}
