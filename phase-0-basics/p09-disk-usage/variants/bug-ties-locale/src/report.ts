// Turning the tree into output: du-style text lines or a JSON document.
import type { ChalkInstance } from 'chalk';
import { compareNames, type DirNode } from './scan.js';
import { humanSize } from './size.js';

export type SortKey = 'size' | 'name';

export interface ReportOptions {
  /** How the root is shown: the DIR argument as typed, without trailing slashes. */
  display: string;
  /** The deepest level shown (the root is level 0); Infinity shows everything. */
  depth: number;
  sort: SortKey;
  human: boolean;
}

/** The JSON shape of one folder: its path as shown, its size in bytes, its sub-folders. */
export interface JsonNode {
  path: string;
  size: number;
  children: JsonNode[];
}

/** A folder's path as shown: "data" + "photos" is "data/photos", "/" + "tmp" is "/tmp". */
export function joinDisplay(parent: string, name: string): string {
  return parent.endsWith('/') ? `${parent}${name}` : `${parent}/${name}`;
}

/** Biggest first with --sort size (ties by name, so the order is always the same); else by name. */
export function sortFolders(folders: readonly DirNode[], sort: SortKey): DirNode[] {
  const byName = (a: DirNode, b: DirNode) => compareNames(a.name, b.name);
  const bySize = (a: DirNode, b: DirNode) => b.size - a.size || a.name.localeCompare(b.name);
  return [...folders].sort(sort === 'size' ? bySize : byName);
}

/**
 * One line per folder, "SIZE<TAB>PATH", children before their parent as du prints them, so
 * the root and its total come last. An explicit stack instead of recursion: the output of a
 * tree thousands of levels deep never depends on the size of the call stack.
 */
export function renderText(root: DirNode, options: ReportOptions, chalk: ChalkInstance): string {
  const lines: string[] = [];
  type Frame = { node: DirNode; path: string; level: number; expanded: boolean };
  const stack: Frame[] = [{ node: root, path: options.display, level: 0, expanded: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.expanded || frame.level >= options.depth) {
      const size = options.human ? humanSize(frame.node.size) : String(frame.node.size);
      lines.push(`${chalk.cyan(size)}\t${frame.path}`);
      continue;
    }
    // Come back to this folder after its children; push them reversed so the first pops first.
    stack.push({ ...frame, expanded: true });
    const children = sortFolders(frame.node.children, options.sort);
    for (const child of children.reverse()) {
      stack.push({ node: child, path: joinDisplay(frame.path, child.name), level: frame.level + 1, expanded: false });
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** The tree as plain data for JSON.stringify; folders below the depth limit are left out. */
export function toJson(node: DirNode, options: ReportOptions, path = options.display, level = 0): JsonNode {
  const children = level >= options.depth ? [] : sortFolders(node.children, options.sort);
  return {
    path,
    size: node.size,
    children: children.map((child) => toJson(child, options, joinDisplay(path, child.name), level + 1)),
  };
}
