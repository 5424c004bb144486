import { link, unlink } from 'node:fs/promises';
import path from 'node:path';
import { withSuffix } from './plan.js';

/**
 * Moves a file without ever replacing another one (Task 3). Rejects with an error whose code is
 * "EEXIST" when `to` exists, and then both files stay as they were.
 */
export async function moveNoClobber(from: string, to: string): Promise<void> {
  // TODO (Task 3): fs.rename(from, to) would silently overwrite `to`. Instead:
  // - `await link(from, to)` gives the file a second name and fails with EEXIST when `to`
  //   exists (https://nodejs.org/api/fs.html#fspromiseslinkexistingpath-newpath);
  // - `await unlink(from)` removes the old name. If that fails, unlink(to) and rethrow, so the
  //   file keeps exactly one name.
  throw new Error('Not implemented: moveNoClobber');
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
