import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { categoryOf, dateFolder } from './categories.js';
import { OrganizeError } from './errors.js';
import { isJournalFile } from './journal.js';

export interface Move {
  from: string;
  to: string;
}
export interface PlanOptions {
  by: 'type' | 'date';
  includeHidden: boolean;
}

export function withSuffix(name: string, n: number): string {
  const ext = path.extname(name);
  return ext ? `${name.slice(0, -ext.length)} (${n})${ext}` : `${name} (${n})`;
}

async function existingNames(dir: string, folder: string): Promise<string[]> {
  let at = dir;
  for (const part of folder.split('/')) {
    at = path.join(at, part);
    let stats;
    try {
      stats = await lstat(at);
    } catch {
      return [];
    }
    if (!stats.isDirectory()) throw new OrganizeError(`cannot use "${folder}": "${path.relative(dir, at)}" is not a folder`);
  }
  return readdir(at);
}

export async function planMoves(dir: string, options: PlanOptions): Promise<Move[]> {
  const names: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile() || isJournalFile(entry.name)) continue;
    if (entry.name.startsWith('.') && !options.includeHidden) continue;
    names.push(entry.name);
  }
  names.sort();
  const folderOf = new Map<string, string>();
  for (const name of names) {
    folderOf.set(name, options.by === 'date' ? dateFolder((await lstat(path.join(dir, name))).mtime) : categoryOf(name));
  }
  const used = new Map<string, Set<string>>();
  for (const folder of new Set(folderOf.values())) used.set(folder, new Set(await existingNames(dir, folder)));
  return names.map((name) => {
    const folder = folderOf.get(name)!;
    const taken = used.get(folder)!;
    let candidate = name;
    let n = 0;
    while (taken.has(candidate)) candidate = withSuffix(name, ++n);
    taken.add(candidate);
    return { from: name, to: `${folder}/${candidate}` };
  });
}
