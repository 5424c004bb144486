import { link, unlink } from 'node:fs/promises';
import path from 'node:path';
import { withSuffix } from './plan.js';

/**
 * Moves a file without ever replacing another one. fs.rename would silently overwrite `to`;
 * link() instead fails with EEXIST when `to` exists, and checks and creates in one step, so no
 * other program can slip a file in between. Then the old name is removed. Both names sit in
 * the same folder tree, so they are on the same disk, which hard links need.
 */
export async function moveNoClobber(from: string, to: string): Promise<void> {
  await link(from, to);
  try {
    await unlink(from);
  } catch (error) {
    // Keep exactly one name for the file: take the new one back and report the failure.
    await unlink(to);
    throw error;
  }
}

/**
 * Moves `from` to `to`, or to the first free "name (n).ext" beside it when `to` is taken
 * (Task 5, undo). Returns the path used.
 */
export async function moveToFreeName(from: string, to: string): Promise<string> {
  // TODO (Task 5): for n = 0, 1, 2...: the candidate is `to` itself, then
  // path.join(path.dirname(to), withSuffix(path.basename(to), n)). Try moveNoClobber; on an
  // error whose code is 'EEXIST' try the next n, rethrow any other error.
  throw new Error('Not implemented: moveToFreeName');
}
