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

/** Biggest first with --sort size (ties by name); else by name (Task 7). Returns a new array. */
export function sortFolders(folders: readonly DirNode[], sort: SortKey): DirNode[] {
  // TODO (Task 6): return [...folders].sort((a, b) => compareNames(a.name, b.name)).
  // TODO (Task 7): with sort === 'size', compare b.size - a.size first, and names when equal.
  throw new Error('Not implemented: sortFolders');
}

/**
 * One line per folder, "SIZE<TAB>PATH\n", children before their parent as du prints them, so
 * the root and its total come last (Task 6).
 */
export function renderText(root: DirNode, options: ReportOptions, chalk: ChalkInstance): string {
  // TODO (Task 6): a recursive helper print(node, path, level) that first prints every child of
  //   sortFolders(node.children, options.sort) with path joinDisplay(path, child.name), then the
  //   node's own line: `${chalk.cyan(size)}\t${path}`, size being String(node.size), or
  //   humanSize(node.size) with options.human.
  // TODO (Task 7): do not go into the children when level >= options.depth (the root is level 0).
  throw new Error('Not implemented: renderText');
}

/** The tree as plain data for JSON.stringify; folders at the depth limit get children: [] (Task 7). */
export function toJson(node: DirNode, options: ReportOptions, path = options.display, level = 0): JsonNode {
  // TODO (Task 7): { path, size: node.size, children: ... } where children are the sorted
  //   sub-folders turned into JsonNode the same way (level + 1), or [] when level >= options.depth.
  throw new Error('Not implemented: toJson');
}
