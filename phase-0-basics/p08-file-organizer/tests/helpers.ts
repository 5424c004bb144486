// Shared by the p08 suites: the module shapes SPEC.md's Interface promises, lazy loaders, and
// helpers that build a folder, snapshot it and prove that no file content was lost.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load, runMain, tempDir, type CliResult, type MainFn, type RunMainOptions } from '#testkit';

export interface MoveShape {
  from: string;
  to: string;
}
export interface PlanOptionsShape {
  by: 'type' | 'date';
  includeHidden: boolean;
}
export interface JournalShape {
  version: number;
  moves: Array<{ from: string; to: string; done: boolean }>;
  createdDirs: string[];
}

export const JOURNAL = '.organize-journal.json';

export const loadCategories = () =>
  load<{ categoryOf: (name: string) => string; dateFolder: (mtime: Date) => string }>('src/categories.ts', ['categoryOf', 'dateFolder']);
export const loadPlan = () =>
  load<{ withSuffix: (name: string, n: number) => string; planMoves: (dir: string, options: PlanOptionsShape) => Promise<MoveShape[]> }>('src/plan.ts', ['withSuffix', 'planMoves']);
export const loadMove = () => load<{ moveNoClobber: (from: string, to: string) => Promise<void> }>('src/move.ts', ['moveNoClobber']);
export const loadMain = () => load<{ main: MainFn }>('src/main.ts', ['main']);

/**
 * A fresh folder holding `files` (relative path -> content). Contents are what the checks hash:
 * give every file a distinct content. `mtimes` sets modification times (fs.utimes).
 */
export function makeFolder(files: Record<string, string>, mtimes: Record<string, string> = {}): string {
  const dir = tempDir('b100-p08-');
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  for (const [rel, when] of Object.entries(mtimes)) {
    const time = new Date(when);
    utimesSync(path.join(dir, rel), time, time);
  }
  return dir;
}

/** Every file under `dir` (relative, "/"-separated, sorted) with its content; the journal aside. */
export function filesIn(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = prefix + entry.name;
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${rel}/`);
      else if (entry.name !== JOURNAL) result[rel] = readFileSync(path.join(folder, entry.name), 'utf8');
    }
  };
  walk(dir, '');
  return result;
}

/** Every folder under `dir`, relative and sorted. */
export function foldersIn(dir: string): string[] {
  const result: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      result.push(prefix + entry.name);
      walk(path.join(folder, entry.name), `${prefix}${entry.name}/`);
    }
  };
  walk(dir, '');
  return result.sort();
}

/** The sorted hashes of every file's content: equal before and after means nothing was lost. */
export function contentHashes(dir: string): string[] {
  return Object.values(filesIn(dir))
    .map((content) => createHash('sha256').update(content).digest('hex'))
    .sort();
}

export function readJournal(dir: string): JournalShape | undefined {
  const file = path.join(dir, JOURNAL);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as JournalShape) : undefined;
}

export function journalText(dir: string): string | undefined {
  const file = path.join(dir, JOURNAL);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function writeJournal(dir: string, journal: unknown): void {
  writeFileSync(path.join(dir, JOURNAL), typeof journal === 'string' ? journal : JSON.stringify(journal));
}

/** `organize a.jpg --dry-run`: how checks name a command in their messages. */
export function commandText(argv: readonly string[]): string {
  return `organize ${argv.map((arg) => (/^[\w./-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(' ')}`.trim();
}

/** Runs the learner's main with in-memory streams; cwd defaults to the folder when given. */
export async function run(argv: string[], options: RunMainOptions = {}): Promise<CliResult & { label: string }> {
  const { main } = await loadMain();
  const result = await runMain(main, argv, options);
  return { ...result, label: commandText(argv) };
}

/** The "moved A -> B" lines of an output, as [A, B] pairs. */
export function movedPairs(stdout: string, verb = 'moved'): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith(`${verb} `)) continue;
    const [from, to] = line.slice(verb.length + 1).split(' -> ');
    pairs.push([from ?? '', to ?? '']);
  }
  return pairs;
}

// ESC [ ... m: the codes chalk writes for colours.
export const ANSI = /\u001b\[[0-9;]*m/;
