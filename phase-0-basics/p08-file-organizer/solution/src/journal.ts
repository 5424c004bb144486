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

/**
 * A path the journal may name: relative, "/"-separated, inside the folder. A journal is a file
 * anyone can edit; without this check "../../somewhere" would let undo move files outside DIR.
 */
function isInsidePath(value: unknown): value is string {
  if (typeof value !== 'string' || value.startsWith('/') || value.includes('\\')) return false;
  return value.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

function isMove(value: unknown): value is JournalMove {
  if (typeof value !== 'object' || value === null) return false;
  const move = value as Record<string, unknown>;
  return isInsidePath(move.from) && isInsidePath(move.to) && typeof move.done === 'boolean';
}

/**
 * JSON.parse returns `unknown` data: this type guard checks every field before the rest of the
 * program trusts it, and tells TypeScript the type once it returns true.
 * https://www.typescriptlang.org/docs/handbook/2/narrowing.html#using-type-predicates
 */
function isJournal(value: unknown): value is Journal {
  if (typeof value !== 'object' || value === null) return false;
  const journal = value as Record<string, unknown>;
  return (
    journal.version === 1 &&
    Array.isArray(journal.moves) &&
    journal.moves.every(isMove) &&
    Array.isArray(journal.createdDirs) &&
    journal.createdDirs.every(isInsidePath)
  );
}

export function emptyJournal(): Journal {
  return { version: 1, moves: [], createdDirs: [] };
}

/** The journal of `dir`, or null when there is none. A journal we cannot trust is an error. */
export async function readJournal(dir: string): Promise<Journal | null> {
  let text: string;
  try {
    text = await readFile(path.join(dir, JOURNAL_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    throw new OrganizeError(`the journal ${JOURNAL_NAME} is damaged: it is not valid JSON`);
  }
  if (!isJournal(data)) {
    throw new OrganizeError(`the journal ${JOURNAL_NAME} is damaged: it does not have the expected fields, or a path leaves the folder`);
  }
  return data;
}

/**
 * Writes the journal atomically: to a temporary file first, then rename() over the old one.
 * A rename within one folder is all-or-nothing, so a crash leaves the old journal or the new
 * one, never half of each.
 */
export async function writeJournal(dir: string, journal: Journal): Promise<void> {
  const file = path.join(dir, JOURNAL_NAME);
  const temporary = `${file}.tmp`;
  await writeFile(temporary, `${JSON.stringify(journal, null, 2)}\n`);
  await rename(temporary, file);
}

export async function removeJournal(dir: string): Promise<void> {
  await unlink(path.join(dir, JOURNAL_NAME));
}
