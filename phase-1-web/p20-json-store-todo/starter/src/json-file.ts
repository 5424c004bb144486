// Reading and writing one JSON file safely. Two promises to keep:
// - the file on disk is always a complete, valid document, even if the process dies mid-write;
// - a file we cannot trust is reported, never silently replaced by an empty one.
// Node's file API: https://nodejs.org/api/fs.html
import type { z } from 'zod';

/** The data file could not be written: the disk is full, the path is wrong, a folder is in the way... */
export class StorageError extends Error {
  override name = 'StorageError';
}

/** The data file exists but does not hold what we expect: not JSON, or JSON of the wrong shape. */
export class CorruptFileError extends Error {
  override name = 'CorruptFileError';
}

/**
 * Reads and validates `file`, or returns undefined when it does not exist yet.
 * Synchronous on purpose: it runs once, when the app starts, before any request can arrive.
 */
export function readJsonFileSync<T>(file: string, schema: z.ZodType<T>): T | undefined {
  // TODO (Task 4): readFileSync(file, 'utf8'). An error with code 'ENOENT' means "no file yet":
  // return undefined. Otherwise JSON.parse the text and check it with schema.safeParse(). Any
  // other problem (cannot read, not JSON, wrong shape) throws a CorruptFileError whose message
  // names `file`. Never write to the file here.
  throw new Error(`Not implemented: readJsonFileSync for ${file} with ${typeof schema} (Task 4)`);
}

/**
 * Replaces `file` with `value` as JSON, atomically: a reader (or a restart after a crash) must see
 * the old file or the new one, never half of one.
 */
export async function writeJsonFileAtomic(file: string, value: unknown): Promise<void> {
  // TODO (Task 4): write JSON.stringify(value) to the file, and resolve only once it is written.
  // TODO (Task 5): write to a temporary file in the same folder (`${file}.<random>.tmp`), then
  // rename() it over `file`. On any error, remove the temporary file and throw a StorageError.
  throw new Error(`Not implemented: writeJsonFileAtomic for ${file} (${typeof value}) (Tasks 4 and 5)`);
}
