import { lstat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { OrganizeError } from './errors.js';
import { emptyJournal, readJournal, writeJournal, type Journal, type JournalMove } from './journal.js';
import { moveNoClobber } from './move.js';
import type { Move } from './plan.js';

export interface ApplyHooks {
  /** Called before each move; a hook that throws makes that move fail (tests use it). */
  beforeMove?: (move: Move) => void | Promise<void>;
  /** Called after each move that worked, to print it. */
  onMoved?: (move: Move) => void;
}

export interface UndoHooks {
  /** A file went back: `from` is where it was, `to` the name it got back (maybe with a suffix). */
  onRestored?: (from: string, to: string) => void;
  /** A moved file is no longer where the journal says: nothing to put back. */
  onMissing?: (move: JournalMove) => void;
}

/** Folder "2024/03" -> ["2024", "2024/03"]: each level a move may have to create. */
function foldersOf(target: string): string[] {
  const parts = target.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

async function exists(file: string): Promise<boolean> {
  return (await lstat(file).catch(() => undefined)) !== undefined;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The journal of `dir` to add this run's moves to. A journal with moves not marked done means a
 * run stopped in the middle (a crash, a power cut): planning again on top of that could move a
 * file twice, so the user has to undo first.
 */
export async function openJournal(dir: string): Promise<Journal> {
  const journal = (await readJournal(dir)) ?? emptyJournal();
  if (journal.moves.some((move) => !move.done)) {
    throw new OrganizeError('a previous run did not finish: run "organize undo" on this folder first');
  }
  return journal;
}

/**
 * Carries out a plan. The journal lists every move (not done yet) before the first one
 * happens, and is written again after each move, so that whatever stops us, undo knows what
 * moved. A failed move stops the run: the journal then keeps only the moves that happened.
 */
export async function applyMoves(dir: string, journal: Journal, moves: readonly Move[], hooks: ApplyHooks = {}): Promise<void> {
  for (const folder of moves.flatMap((move) => foldersOf(move.to))) {
    if (!journal.createdDirs.includes(folder) && !(await exists(path.join(dir, folder)))) journal.createdDirs.push(folder);
  }
  const entries: JournalMove[] = moves.map((move) => ({ from: move.from, to: move.to, done: false }));
  journal.moves.push(...entries);
  await writeJournal(dir, journal);

  for (const entry of entries) {
    const move = { from: entry.from, to: entry.to };
    try {
      await hooks.beforeMove?.(move);
      await mkdir(path.dirname(path.join(dir, entry.to)), { recursive: true });
      await moveNoClobber(path.join(dir, entry.from), path.join(dir, entry.to));
    } catch (error) {
      journal.moves = journal.moves.filter((m) => m.done);
      await writeJournal(dir, journal);
      throw new OrganizeError(`could not move ${entry.from} -> ${entry.to}: ${reason(error)}`);
    }
    entry.done = true;
    await writeJournal(dir, journal);
    hooks.onMoved?.(move);
  }
}

/**
 * Undoes every move in the journal, newest first, then removes the folders organize created
 * and the journal. The journal is rewritten after each file, so an undo that is itself
 * interrupted can simply be run again. Returns false when there was no journal.
 */
export async function undoMoves(dir: string, hooks: UndoHooks = {}): Promise<boolean> {
  // TODO (Task 5)
  void [dir, hooks];
  throw new Error('Not implemented: undoMoves');
}
