import { constants, copyFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { withSuffix } from './plan.js';

/**
 * Moves a file without ever replacing another one. fs.rename would silently overwrite `to`;
 * link() instead fails with EEXIST when `to` exists, and checks and creates in one step, so no
 * other program can slip a file in between. Then the old name is removed. Both names sit in
 * the same folder tree, so they are on the same disk, which hard links need.
 */
export async function moveNoClobber(from: string, to: string): Promise<void> {
  // COPYFILE_EXCL fails with EEXIST when `to` exists: never overwrites.
  await copyFile(from, to, constants.COPYFILE_EXCL);
  try {
    await unlink(from);
  } catch (error) {
    // Keep exactly one name for the file: take the new one back and report the failure.
    await unlink(to);
    throw error;
  }
}

/**
 * Moves `from` to `to`, or to the first free "name (n).ext" beside it when `to` is taken.
 * Returns the path used. Trying and catching EEXIST (instead of checking first) leaves no gap
 * between the check and the move.
 */
export async function moveToFreeName(from: string, to: string): Promise<string> {
  const folder = path.dirname(to);
  const name = path.basename(to);
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? to : path.join(folder, withSuffix(name, n));
    try {
      await moveNoClobber(from, candidate);
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
