// A Walker object holds one scan's state; entries are looked at one at a time, in name order.
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { matchGlob } from './glob.js';

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

export class ScanError extends Error {}

export function reasonOf(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    switch (error.code) {
      case 'EACCES':
        return 'permission denied';
      case 'ENOENT':
        return 'no such file or directory';
      default:
        return error.code;
    }
  }
  return error instanceof Error ? error.message : String(error);
}

export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const keyOf = (info: FileInfo): string => `${info.dev}/${info.ino}`;

class Walker {
  readonly problems: ScanProblem[] = [];
  private readonly seenFiles = new Set<string>();
  private readonly doneFolders = new Set<string>();
  private readonly onPath: string[] = [];

  constructor(private readonly fs: ScanFs, private readonly follow: boolean, private readonly ignore: readonly string[]) {}

  async folder(absolute: string, names: string[], info: FileInfo): Promise<DirNode | null> {
    const relative = names.join('/');
    const key = keyOf(info);
    if (this.onPath.includes(key)) {
      this.problems.push({ path: relative, message: 'symlink loop' });
      return null;
    }
    if (this.doneFolders.has(key)) return null;
    this.doneFolders.add(key);
    let listing: string[];
    try {
      listing = await this.fs.readdir(absolute);
    } catch (error) {
      this.problems.push({ path: relative, message: reasonOf(error) });
      return null;
    }
    this.onPath.push(key);
    const result: DirNode = { name: names.at(-1) ?? '', size: 0, children: [] };
    for (const entry of listing.slice().sort(compareNames)) {
      if (this.ignore.some((glob) => matchGlob(glob, entry))) continue;
      const entryPath = path.join(absolute, entry);
      let entryInfo: FileInfo;
      try {
        entryInfo = await this.fs.lstat(entryPath);
        if (this.follow && entryInfo.isSymbolicLink()) entryInfo = await this.fs.stat(entryPath);
      } catch (error) {
        this.problems.push({ path: [...names, entry].join('/'), message: reasonOf(error) });
        continue;
      }
      if (entryInfo.isDirectory()) {
        const sub = await this.folder(entryPath, [...names, entry], entryInfo);
        if (sub) {
          result.children.push(sub);
          result.size += sub.size;
        }
      } else if (entryInfo.isFile() && !this.seenFiles.has(keyOf(entryInfo))) {
        this.seenFiles.add(keyOf(entryInfo));
        result.size += entryInfo.size;
      }
    }
    this.onPath.pop();
    return result;
  }
}

export async function scan(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const fs = options.fs ?? fsPromises;
  const rootInfo = await fs.stat(root).catch((error: unknown) => {
    throw new ScanError(reasonOf(error));
  });
  if (!rootInfo.isDirectory()) throw new ScanError('not a directory');
  const walker = new Walker(fs, options.follow === true, options.ignore ?? []);
  const name = path.basename(root);
  const tree = await walker.folder(root, [], rootInfo);
  return { root: tree ? { ...tree, name } : { name, size: 0, children: [] }, problems: walker.problems };
}
