// Reading and writing one JSON file safely. Two promises to keep:
// - the file on disk is always a complete, valid document, even if the process dies mid-write;
// - a file we cannot trust is reported, never silently replaced by an empty one.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import type { z } from 'zod';

/** The data file could not be written: the disk is full, the path is wrong, a folder is in the way... */
export class StorageError extends Error {
  override name = 'StorageError';
}

/** The data file exists but does not hold what we expect: not JSON, or JSON of the wrong shape. */
export class CorruptFileError extends Error {
  override name = 'CorruptFileError';
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/**
 * Reads and validates `file`, or returns undefined when it does not exist yet.
 *
 * Synchronous on purpose: it runs once, when the app starts, before any request can arrive, so
 * blocking the event loop costs nothing, and createApp can stay a plain function that returns an
 * app. Inside a request handler, use the promise versions of node:fs instead.
 */
export function readJsonFileSync<T>(file: string, schema: z.ZodType<T>): T | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new CorruptFileError(`Cannot read the data file ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CorruptFileError(`The data file ${file} is not valid JSON. Fix it or move it away; it was left untouched.`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new CorruptFileError(`The data file ${file} does not hold todos as expected${where}: ${issue?.message ?? 'wrong shape'}. It was left untouched.`);
  }
  return result.data;
}

/**
 * Replaces `file` with `value` as JSON, atomically: the text goes to a temporary file in the same
 * folder first, and rename() then swaps it in. A rename within one file system is atomic: a
 * reader (or a restart after a crash) sees the old file or the new one, never half of one. A
 * crash before the rename leaves only a stray *.tmp file, which nothing reads. Any failure
 * becomes a StorageError, and the temporary file is removed.
 *
 * Not done here: fsync (FileHandle.sync()) before the rename, which a database does so that even
 * a power cut cannot leave a renamed but empty file. It costs a disk flush per write, and it
 * protects against the machine dying, not the process: out of scope for this project.
 */
export async function writeJsonFileAtomic(file: string, value: unknown): Promise<void> {
  // A unique name: even two apps pointed at the same file never write into each other's temp file.
  const temp = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new StorageError(`Could not write ${file}: ${(error as Error).message}`, { cause: error });
  }
}
