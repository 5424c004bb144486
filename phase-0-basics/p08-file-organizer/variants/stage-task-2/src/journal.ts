import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OrganizeError } from './errors.js';

/** The journal lives in the organized folder itself, hidden, so it travels with the files. */
export const JOURNAL_NAME = '.organize-journal.json';

/** The journal and its temporary copy are never organized, even with --include-hidden. */
export function isJournalFile(name: string): boolean {
  return name.startsWith(JOURNAL_NAME);
}

export interface JournalMove {
  /** Where the file was, relative to the folder, "/"-separated. */
  from: string;
  /** Where it goes (or went). */
  to: string;
  /** True once the move has happened. */
  done: boolean;
}

export interface Journal {
  version: 1;
  moves: JournalMove[];
  /** Folders organize created, parents before children: undo removes them when empty. */
  createdDirs: string[];
}

export function emptyJournal(): Journal {
  return { version: 1, moves: [], createdDirs: [] };
}

/**
 * The journal of `dir`, or null when there is none (Task 4). A journal we cannot trust is an
 * OrganizeError.
 */
export async function readJournal(dir: string): Promise<Journal | null> {
  // TODO (Task 4):
  // - readFile(path.join(dir, JOURNAL_NAME), 'utf8'); an error with code 'ENOENT' means "no
  //   journal": return null. Rethrow other errors.
  // - JSON.parse returns data of type `unknown`: a broken file is an OrganizeError("the journal
  //   ... is damaged ..."), and so is data without the shape of Journal: version 1, moves an
  //   array of { from, to, done }, createdDirs an array of strings. Every path must stay inside
  //   the folder: not absolute ("/..."), no "\", no empty, "." or ".." parts. Write a type guard
  //   `function isJournal(value: unknown): value is Journal`
  //   (https://www.typescriptlang.org/docs/handbook/2/narrowing.html#using-type-predicates).
  throw new Error('Not implemented: readJournal');
}

/** Writes the journal atomically (Task 4). */
export async function writeJournal(dir: string, journal: Journal): Promise<void> {
  // TODO (Task 4): writeFile the JSON (JSON.stringify(journal, null, 2)) to
  // `${path.join(dir, JOURNAL_NAME)}.tmp`, then rename() it over the journal: a rename in one
  // folder is all-or-nothing, so a crash never leaves half a journal.
  throw new Error('Not implemented: writeJournal');
}

export async function removeJournal(dir: string): Promise<void> {
  await unlink(path.join(dir, JOURNAL_NAME));
}
