import { lstat, mkdir, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { OrganizeError } from './errors.js';
import { emptyJournal, readJournal, removeJournal, writeJournal, type Journal, type JournalMove } from './journal.js';
import { moveNoClobber, moveToFreeName } from './move.js';
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

/**
 * The journal of `dir` to add this run's moves to (Task 4): readJournal(dir), or emptyJournal()
 * when there is none.
 */
export async function openJournal(dir: string): Promise<Journal> {
  // TODO (Task 4): readJournal(dir), or emptyJournal() when it returns null. A journal with a
  // move whose `done` is false means a run stopped in the middle:
  // throw new OrganizeError('a previous run did not finish: run "organize undo" ...').
  // Until then every run starts from an empty journal, so that Tasks 2 and 3 can run main.
  void dir;
  return emptyJournal();
}

/**
 * Carries out a plan (Tasks 3 and 4). Throws an OrganizeError when a move fails.
 */
export async function applyMoves(dir: string, journal: Journal, moves: readonly Move[], hooks: ApplyHooks = {}): Promise<void> {
  // TODO (Task 3), for each move, in order:
  // - await hooks.beforeMove?.(move); mkdir(the target's folder, { recursive: true });
  //   moveNoClobber(path.join(dir, from), path.join(dir, to));
  // - if any of that throws: throw new OrganizeError(`could not move ${from} -> ${to}: ${reason}`);
  // - otherwise call hooks.onMoved?.(move).
  // TODO (Task 4), the journal (writeJournal throws Not implemented until Task 4, so leave it
  // out of Task 3):
  // - before the first move, add to journal.createdDirs every target folder that does not exist
  //   yet, parents first ("2024" before "2024/03"), unless it is listed already; push every move
  //   with done: false to journal.moves and writeJournal(dir, journal);
  // - after each move, mark it done and write the journal again;
  // - when a move fails, keep only the moves that are done in the journal and write it, then throw.
  throw new Error('Not implemented: applyMoves');
}

/**
 * Undoes every move of the journal, newest first, then removes the empty folders organize
 * created and the journal (Task 5). Returns false when there was no journal.
 */
export async function undoMoves(dir: string, hooks: UndoHooks = {}): Promise<boolean> {
  // TODO (Task 5), for the last move of the journal until none is left:
  // - look at the disk with lstat (it rejects when nothing is there):
  //   * nothing at `to`: nothing to restore; hooks.onMissing?.(move) when the move was done;
  //   * `from` and `to` are the same file (same stats.ino and stats.dev): the crash came between
  //     link and unlink: unlink(to) only;
  //   * not done and `from` exists: the move never happened, the file at `to` is not ours;
  //   * otherwise moveToFreeName(to, from) and hooks.onRestored?.(move.to, the name used).
  // - then remove it from journal.moves and writeJournal, so an interrupted undo can be rerun.
  // Afterwards rmdir each of journal.createdDirs in reverse order, ignoring the errors
  // ENOTEMPTY, EEXIST, ENOENT and ENOTDIR, and removeJournal(dir).
  throw new Error('Not implemented: undoMoves');
}
