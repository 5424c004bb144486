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
  // TODO (Task 4): readJournal(dir), and refuse a journal with moves not done.
  void [dir, readJournal];
  return emptyJournal();
}

/**
 * Carries out a plan. The journal lists every move (not done yet) before the first one
 * happens, and is written again after each move, so that whatever stops us, undo knows what
 * moved. A failed move stops the run: the journal then keeps only the moves that happened.
 */
export async function applyMoves(dir: string, journal: Journal, moves: readonly Move[], hooks: ApplyHooks = {}): Promise<void> {
  // TODO (Task 4): the journal (createdDirs, moves not done, written before and after each move).
  void [journal, writeJournal, exists, foldersOf];
  for (const move of moves) {
    try {
      await hooks.beforeMove?.(move);
      await mkdir(path.dirname(path.join(dir, move.to)), { recursive: true });
      await moveNoClobber(path.join(dir, move.from), path.join(dir, move.to));
    } catch (error) {
      throw new OrganizeError(`could not move ${move.from} -> ${move.to}: ${reason(error)}`);
    }
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
