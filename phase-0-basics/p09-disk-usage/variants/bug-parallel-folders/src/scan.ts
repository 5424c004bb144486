// The walk: visits every folder under a root, adds up file sizes, and records what it could not
// read instead of stopping. Everything the walk remembers lives in one Walk object per call.
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { globToRegExp } from './glob.js';

/** The part of fs.Stats the walk needs. The objects node:fs/promises returns have all of it. */
export interface FileInfo {
  size: number;
  dev: number;
  ino: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** The three file-system calls the walk makes; node:fs/promises by default, a fake in tests. */
export interface ScanFs {
  readdir(path: string): Promise<string[]>;
  lstat(path: string): Promise<FileInfo>;
  stat(path: string): Promise<FileInfo>;
}

/** One folder: its name, its apparent size (all the files below it) and its sub-folders. */
export interface DirNode {
  name: string;
  size: number;
  children: DirNode[];
}

/** Something the walk met but could not read; `path` is relative to the root, with "/". */
export interface ScanProblem {
  path: string;
  message: string;
}

export interface ScanOptions {
  follow?: boolean;
  ignore?: readonly string[];
  fs?: ScanFs;
}

export interface ScanResult {
  root: DirNode;
  problems: ScanProblem[];
}

/** The root itself cannot be walked: it is missing, unreadable or not a folder. */
export class ScanError extends Error {
  override name = 'ScanError';
}

interface Walk {
  fs: ScanFs;
  follow: boolean;
  ignore: RegExp[];
  problems: ScanProblem[];
  /** dev:ino of every file already counted: a hard-linked file adds its size once. */
  countedFiles: Set<string>;
  /** dev:ino of every folder already walked: with --follow, two links to one folder walk it once. */
  walkedFolders: Set<string>;
  /** dev:ino of the folders from the root down to the current one: meeting one again is a loop. */
  ancestors: Set<string>;
}

// The two failures people meet most, in the words du uses; any other code is shown as it is.
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
};

/** A short reason for a failed fs call: Node's errors carry a `code` such as "EACCES" or "ELOOP". */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return REASONS[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

/** A file's identity: the device it lives on and its inode number on that device. */
function identity(info: FileInfo): string {
  return `${info.dev}:${info.ino}`;
}

/** Plain code-unit order ("B" < "a" < "é"): the same on every machine, unlike localeCompare. */
export function compareNames(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function childPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}/${name}`;
}

/**
 * What an entry is. lstat looks at a symbolic link itself; with --follow a link is replaced by
 * what it points to (stat), and a link that points nowhere rejects. A failure is returned rather
 * than recorded here, so that problems are recorded in name order, not in the order calls finish.
 */
async function inspect(fullPath: string, walk: Walk): Promise<FileInfo | { failure: unknown }> {
  try {
    const info = await walk.fs.lstat(fullPath);
    if (walk.follow && info.isSymbolicLink()) return await walk.fs.stat(fullPath);
    return info;
  } catch (error) {
    return { failure: error };
  }
}

/**
 * Walks one folder and everything below it. The entries of one folder are inspected all at once
 * (Promise.all: the lstat calls run side by side in Node's thread pool, which matters for wide
 * folders), then handled one by one in name order, so that which folder gets a hard-linked file
 * is the same on every run. Sub-folders are walked one after the other with `await`; every await
 * returns to the event loop, so deep trees do not grow the call stack as a synchronous walk would.
 */
async function walkFolder(fullPath: string, relPath: string, name: string, walk: Walk): Promise<DirNode | undefined> {
  let names: string[];
  try {
    names = await walk.fs.readdir(fullPath);
  } catch (error) {
    walk.problems.push({ path: relPath, message: reasonOf(error) });
    return undefined;
  }
  const entries = [...names].sort(compareNames).filter((entry) => !walk.ignore.some((pattern) => pattern.test(entry)));
  const infos = await Promise.all(entries.map((entry) => inspect(path.join(fullPath, entry), walk)));
  const node: DirNode = { name, size: 0, children: [] };
  const pending: Array<Promise<DirNode | undefined>> = [];
  for (const [index, entry] of entries.entries()) {
    const info = infos[index]!;
    const entryRel = childPath(relPath, entry);
    if ('failure' in info) {
      walk.problems.push({ path: entryRel, message: reasonOf(info.failure) });
    } else if (info.isDirectory()) {
      pending.push(enterFolder(path.join(fullPath, entry), entryRel, entry, info, walk));
    } else if (info.isFile()) {
      node.size += countFile(info, walk);
    }
  }
  for (const child of await Promise.all(pending)) {
    if (child !== undefined) {
      node.children.push(child);
      node.size += child.size;
    }
    // Anything else (a link we do not follow, a socket, a FIFO) has no apparent size of its own.
  }
  return node;
}

/** The size a file adds: its size the first time its dev:ino is met, 0 after that. */
function countFile(info: FileInfo, walk: Walk): number {
  const id = identity(info);
  if (walk.countedFiles.has(id)) return 0;
  walk.countedFiles.add(id);
  return info.size;
}

/** Walks a sub-folder unless it is one of its own ancestors (a loop) or was already walked. */
async function enterFolder(fullPath: string, relPath: string, name: string, info: FileInfo, walk: Walk): Promise<DirNode | undefined> {
  const id = identity(info);
  if (walk.ancestors.has(id)) {
    walk.problems.push({ path: relPath, message: 'symlink loop' });
    return undefined;
  }
  if (walk.walkedFolders.has(id)) return undefined;
  walk.walkedFolders.add(id);
  walk.ancestors.add(id);
  try {
    return await walkFolder(fullPath, relPath, name, walk);
  } finally {
    walk.ancestors.delete(id);
  }
}

/**
 * Adds up the apparent size of every folder under `root`. Folders that cannot be read are
 * reported in `problems` and left out; only a root that cannot be walked at all rejects.
 */
export async function scan(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const fs = options.fs ?? nodeFs;
  let info: FileInfo;
  try {
    // stat, not lstat: a root given as a link to a folder is walked, as du does.
    info = await fs.stat(root);
  } catch (error) {
    throw new ScanError(reasonOf(error));
  }
  if (!info.isDirectory()) throw new ScanError('not a directory');
  const walk: Walk = {
    fs,
    follow: options.follow ?? false,
    ignore: (options.ignore ?? []).map(globToRegExp),
    problems: [],
    countedFiles: new Set(),
    walkedFolders: new Set(),
    ancestors: new Set(),
  };
  const name = path.basename(root);
  const node = await enterFolder(root, '', name, info, walk);
  // An unreadable root is still a folder in the result: size 0, with its problem reported.
  return { root: node ?? { name, size: 0, children: [] }, problems: walk.problems };
}
