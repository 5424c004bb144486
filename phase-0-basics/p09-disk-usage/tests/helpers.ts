// Shared by the p09 suite: the module shapes SPEC.md's Interface promises, lazy loaders, a tree
// builder for temporary folders, a fake file system that fails where a check says, and a parser
// for the "SIZE<TAB>PATH" report lines.
import * as realFs from 'node:fs/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load, runMain, type CliResult, type MainFn, type RunMainOptions } from '#testkit';

export interface FileInfo {
  size: number;
  dev: number;
  ino: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface ScanFs {
  readdir(path: string): Promise<string[]>;
  lstat(path: string): Promise<FileInfo>;
  stat(path: string): Promise<FileInfo>;
}

export interface DirNode {
  name: string;
  size: number;
  children: DirNode[];
}

export interface ScanResult {
  root: DirNode;
  problems: Array<{ path: string; message: string }>;
}

export interface ScanModule {
  scan(root: string, options?: { follow?: boolean; ignore?: readonly string[]; fs?: ScanFs }): Promise<ScanResult>;
  ScanError: new (message: string) => Error;
}

export const loadSize = () => load<{ humanSize: (bytes: number) => string }>('src/size.ts', ['humanSize']);
export const loadGlob = () => load<{ matchGlob: (pattern: string, name: string) => boolean }>('src/glob.ts', ['matchGlob']);
export const loadScan = () => load<ScanModule>('src/scan.ts', ['scan', 'ScanError']);
export const loadMain = () => load<{ main: MainFn }>('src/main.ts', ['main']);

/** Runs the learner's main with in-memory streams. */
export async function du(argv: string[], options: RunMainOptions = {}): Promise<CliResult & { label: string }> {
  const { main } = await loadMain();
  const result = await runMain(main, argv, options);
  return { ...result, label: `du ${argv.map((arg) => JSON.stringify(arg)).join(' ')}` };
}

/**
 * Builds files and folders under `base`: a key ending in "/" is a folder, any other key a file
 * of that many bytes. Parent folders are created as needed.
 */
export function makeTree(base: string, entries: Record<string, number | null>): void {
  for (const [rel, size] of Object.entries(entries)) {
    const full = path.join(base, rel);
    if (rel.endsWith('/')) {
      mkdirSync(full, { recursive: true });
    } else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, 'x'.repeat(size ?? 0));
    }
  }
}

/** Finds a folder in a scanned tree by its path relative to the root ("a/b"); "" is the root. */
export function nodeAt(root: DirNode, rel: string): DirNode | undefined {
  let node: DirNode | undefined = root;
  for (const name of rel === '' ? [] : rel.split('/')) {
    node = node?.children.find((child) => child.name === name);
  }
  return node;
}

/** Every folder of a scanned tree as "path": size, paths relative to the root ("" for it). */
export function sizesOf(root: DirNode): Record<string, number> {
  const sizes: Record<string, number> = {};
  const stack: Array<[DirNode, string]> = [[root, '']];
  while (stack.length > 0) {
    const [node, rel] = stack.pop()!;
    sizes[rel] = node.size;
    for (const child of node.children) stack.push([child, rel === '' ? child.name : `${rel}/${child.name}`]);
  }
  return sizes;
}

/** The report lines as [size, path] pairs, in the order printed. */
export function reportLines(stdout: string): Array<[string, string]> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      return [line.slice(0, tab), line.slice(tab + 1)];
    });
}

export interface FakeFsRules {
  /** readdir of a folder with this name rejects with EACCES, as an unreadable folder does. */
  lockedFolder?: string;
  /** readdir of a folder with this name also lists these names, which do not exist. */
  ghosts?: { folder: string; names: string[] };
  /** readdir of a folder with this name rejects with an Error without a code. */
  brokenFolder?: string;
  /** readdir of a folder with this name rejects with an error of this code (EIO, ...). */
  codeFolder?: { folder: string; code: string };
  /** readdir of a folder with this name answers only after other pending work has run: a walk
   * that lists sibling folders side by side (Promise.all) then meets the later ones first. */
  slowFolder?: string;
  /** readdir lists names backwards (readdir promises no order). */
  reverse?: boolean;
  /** Every call, so a check can see the walk went through the fake. */
  calls?: string[];
}

function errnoError(code: string, syscall: string, target: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${target}'`), { code, syscall, path: target });
}

/** node:fs/promises, except where the rules say: tests run as root, where chmod cannot lock a folder. */
export function fakeFs(rules: FakeFsRules): ScanFs {
  return {
    async readdir(target) {
      rules.calls?.push(`readdir ${target}`);
      if (path.basename(target) === rules.lockedFolder) throw errnoError('EACCES', 'scandir', target);
      if (path.basename(target) === rules.brokenFolder) throw new Error('disk on fire');
      if (path.basename(target) === rules.codeFolder?.folder) throw errnoError(rules.codeFolder.code, 'scandir', target);
      if (path.basename(target) === rules.slowFolder) {
        // No timer: 50 turns of the event loop, enough for a sibling walked at the same time to finish.
        for (let turn = 0; turn < 50; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      }
      const names = await realFs.readdir(target);
      if (rules.reverse) names.sort().reverse();
      return path.basename(target) === rules.ghosts?.folder ? [...names, ...rules.ghosts.names] : names;
    },
    async lstat(target) {
      rules.calls?.push(`lstat ${target}`);
      return realFs.lstat(target);
    },
    async stat(target) {
      rules.calls?.push(`stat ${target}`);
      return realFs.stat(target);
    },
  };
}

// ESC [ ... m: the codes chalk writes for colours.
export const ANSI = /\u001b\[[0-9;]*m/;
