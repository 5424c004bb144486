import { lstat, mkdir, readdir } from 'node:fs/promises';
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
 * The n-th free name for a file that collides: "photo.jpg" becomes "photo (1).jpg", then
 * "photo (2).jpg". The number goes before the last extension only: "a.tar.gz" -> "a.tar (1).gz".
 */
export function withSuffix(name: string, n: number): string {
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  return `${stem} (${n})${extension}`;
}

/** Hidden files start with a dot (".env", ".DS_Store"); people rarely want those moved. */
function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/** Names in a folder, or none when it does not exist yet. */
async function namesIn(folder: string): Promise<Set<string>> {
  try {
    return new Set(await readdir(folder));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
}

/**
 * A target folder ("images", "2024/03") may exist already, but then every part of it must be a
 * folder: a file called "images" would make every move into it fail, so we stop before moving.
 */
async function checkFolder(dir: string, folder: string): Promise<void> {
  let current = dir;
  for (const part of folder.split('/')) {
    current = path.join(current, part);
    const stats = await lstat(current).catch(() => undefined);
    if (stats === undefined) return;
    if (!stats.isDirectory()) throw new OrganizeError(`"${path.relative(dir, current)}" exists and is not a folder`);
  }
}

/**
 * Which files move where, without touching anything: that is what makes --dry-run honest and
 * lets the journal list every move before the first one happens. Only regular files directly
 * in `dir` move; folders (including the ones we made last time) stay, which makes a second run
 * find nothing to do.
 */
export async function planMoves(dir: string, options: PlanOptions): Promise<Move[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && !isJournalFile(entry.name))
    .filter((entry) => options.includeHidden || !isHidden(entry.name))
    .map((entry) => entry.name)
    .sort();

  // The names taken in each target folder: what is there now plus what this plan puts there.
  const taken = new Map<string, Set<string>>();
  const moves: Move[] = [];
  for (const name of files) {
    const folder = options.by === 'type' ? categoryOf(name) : dateFolder((await lstat(path.join(dir, name))).mtime);
    let names = taken.get(folder);
    if (names === undefined) {
      await checkFolder(dir, folder);
      // Make sure the folder exists, so that it can be listed.
      await mkdir(path.join(dir, folder), { recursive: true });
      names = new Set(await readdir(path.join(dir, folder)));
      taken.set(folder, names);
    }
    let target = name;
    for (let n = 1; names.has(target); n++) target = withSuffix(name, n);
    names.add(target);
    moves.push({ from: name, to: `${folder}/${target}` });
  }
  return moves;
}
