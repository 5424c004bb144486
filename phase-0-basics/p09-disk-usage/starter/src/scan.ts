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

/**
 * Everything one scan remembers, created by scan() and passed down: no module-level variables,
 * so two scans never share state.
 */
interface Walk {
  fs: ScanFs;
  follow: boolean;
  ignore: RegExp[];
  problems: ScanProblem[];
  /** dev:ino of every file already counted: a hard-linked file adds its size once. */
  countedFiles: Set<string>;
  /** dev:ino of every folder already walked: with follow, two links to one folder walk it once. */
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

/** Plain code-unit order ("B" < "a" < "é"): the same on every machine, unlike localeCompare. */
export function compareNames(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * Walks one folder and everything below it (Tasks 2 to 5). Returns undefined when the folder
 * cannot be listed (after recording the problem).
 */
async function walkFolder(fullPath: string, relPath: string, name: string, walk: Walk): Promise<DirNode | undefined> {
  // TODO (Task 2):
  // - const names = await walk.fs.readdir(fullPath); then go through [...names].sort(compareNames)
  //   with a for...of loop and `await` inside, so the walk order is the same on every run.
  // - For each name: entryFull = path.join(fullPath, name), entryRel = relPath === '' ? name : `${relPath}/${name}`.
  // - const info = await walk.fs.lstat(entryFull).
  //   info.isDirectory(): walk it (call walkFolder again, Task 4 puts enterFolder in between),
  //     push the child into children and add its size.
  //   info.isFile(): add info.size, but only the first time `${info.dev}:${info.ino}` is seen
  //     (walk.countedFiles): hard links count once.
  //   Anything else (a symbolic link seen by lstat, a socket) adds nothing.
  // TODO (Task 3): skip a name before lstat when walk.ignore.some((re) => re.test(name)).
  // TODO (Task 4): with walk.follow and info.isSymbolicLink(), use await walk.fs.stat(entryFull)
  //   instead: it describes what the link points to.
  // TODO (Task 5): a readdir, lstat or stat that rejects is not the end: catch it, push
  //   { path: relPath or entryRel, message: reasonOf(error) } into walk.problems and return
  //   undefined (folder) or continue (entry).
  throw new Error('Not implemented: walkFolder');
}

/**
 * Walks a sub-folder unless it is one of its own ancestors (a loop) or was already walked
 * (Task 4). `info` is what lstat or stat said about it.
 */
async function enterFolder(fullPath: string, relPath: string, name: string, info: FileInfo, walk: Walk): Promise<DirNode | undefined> {
  // TODO (Task 4): const id = `${info.dev}:${info.ino}`.
  // - walk.ancestors.has(id): push { path: relPath, message: 'symlink loop' }, return undefined.
  // - walk.walkedFolders.has(id): return undefined (already counted elsewhere).
  // - Otherwise add id to both sets, walk it with walkFolder, and delete it from ancestors
  //   afterwards (try { ... } finally { ... }): it is an ancestor only while we are inside it.
  // Until then, just walk it:
  return walkFolder(fullPath, relPath, name, walk);
}

/**
 * Adds up the apparent size of every folder under `root` (SPEC.md, Tasks 2 to 5). Folders that
 * cannot be read are reported in `problems` and left out; only a root that cannot be walked at
 * all rejects, with a ScanError.
 */
export async function scan(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const fs = options.fs ?? nodeFs;
  // TODO (Task 2): `await fs.stat(root)` (stat, not lstat: a root given as a link is walked).
  //   If it rejects, throw new ScanError(reasonOf(error)); if !info.isDirectory(), throw
  //   new ScanError('not a directory').
  const walk: Walk = {
    fs,
    follow: options.follow ?? false,
    ignore: (options.ignore ?? []).map(globToRegExp),
    problems: [],
    countedFiles: new Set(),
    walkedFolders: new Set(),
    ancestors: new Set(),
  };
  // TODO (Task 2): walk the root with enterFolder(root, '', path.basename(root), info, walk).
  // TODO (Task 5): when that gives undefined (the root cannot be listed), the root is
  //   { name, size: 0, children: [] }.
  // Return { root: node, problems: walk.problems }.
  throw new Error('Not implemented: scan');
}
