// The data file: reading it safely, saving it atomically, and a lock so that two runs at once
// never lose each other's changes. Every file operation goes through `fs`, the functions of
// node:fs/promises, so that tests can hand in a copy with one function that fails (SPEC.md,
// Task 5: "How the suite makes a disk fail").
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { z } from 'zod';
import { emptyTodoFile, PRIORITIES, type TodoFile } from './todos.js';

// The functions you write below use these imports: randomBytes(6).toString('hex') for a temp
// file name, constants.COPYFILE_EXCL for the copy of a corrupt file, emptyTodoFile() for a
// missing one.

/** The functions of node:fs/promises; tests pass a copy with writeFile or rename replaced. */
export type FileSystem = typeof nodeFs;

export interface StoreOptions {
  fs: FileSystem;
  now: () => Date;
  /** How the lock waits before trying again: a timer for real, instant in tests. */
  sleep: (ms: number) => Promise<void>;
}

/** Reading or saving the data file failed: the work failed (exit 1), the list on disk is as it was. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The data file exists but does not hold a todo list. We never overwrite it. */
export class CorruptFileError extends StoreError {
  override name = 'CorruptFileError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} is not a valid todo list: ${reason}`);
  }
}

/** Another run kept the lock for too long (or crashed in a way we cannot tell from outside). */
export class LockTimeoutError extends StoreError {
  override name = 'LockTimeoutError';
  constructor(readonly lockFile: string) {
    super(`${lockFile} is held by another todo run. If none is running, delete that file and try again.`);
  }
}

export const LOCK_RETRY_MS = 25;
/** 80 waits of 25 ms: a run gives up after about two seconds. */
export const LOCK_MAX_WAITS = 80;
/** A lock this old was left by a run that crashed: nothing holds a lock for that long. */
export const STALE_LOCK_MS = 10_000;

// The shape of the data file (SPEC.md, Task 1). JSON.parse accepts any JSON; zod checks that it
// really is a list of todos before we trust it (https://zod.dev).
// todoFileSchema.safeParse(value) returns { success: true, data } or { success: false, error },
// and error.issues[0] says what is wrong where (its path and message).
const todoSchema = z.object({
  id: z.number().int().positive(),
  text: z.string(),
  done: z.boolean(),
  priority: z.enum(PRIORITIES),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'due dates look like 2026-01-20')
    .nullable(),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
});

const todoFileSchema = z.object({
  nextId: z.number().int().positive(),
  todos: z.array(todoSchema),
});

/**
 * Reads the list. A missing or empty file is an empty list (nothing is lost by that); a file that
 * is not a valid list throws CorruptFileError; a file that cannot be read throws StoreError.
 */
export async function loadTodos(file: string, fs: FileSystem = nodeFs): Promise<TodoFile> {
  // TODO (Task 1): `await fs.readFile(file, 'utf8')` inside try/catch. A caught error with
  //   `code === 'ENOENT'` (check `error instanceof Error && 'code' in error`) means no file yet:
  //   return emptyTodoFile(). Text that is empty after trim() is an empty list too.
  //   For now JSON.parse(text) is enough to pass Task 1.
  // TODO (Task 4): any other read error becomes a StoreError (`cannot read ${file}: ...`).
  //   JSON.parse throws a SyntaxError for text that is not JSON: throw a CorruptFileError instead.
  //   Then check the value with todoFileSchema.safeParse, and that no two todos share an id.
  throw new Error('Not implemented: loadTodos');
}

/**
 * Saves the list atomically: the new text goes to a temporary file in the same folder, which
 * then replaces the data file with one rename.
 */
export async function saveTodos(file: string, data: TodoFile, fs: FileSystem = nodeFs): Promise<void> {
  // TODO (Task 1): `${JSON.stringify(data, null, 2)}\n` is the text. A plain
  //   fs.writeFile(file, text) passes Task 1, but it is exactly how Sam lost his list.
  // TODO (Task 5): write the text to `${file}.${randomBytes(6).toString('hex')}.tmp` with
  //   fs.writeFile (add { flush: true }), then fs.rename(temp, file). If either throws:
  //   `await fs.rm(temp, { force: true })` and throw a StoreError that says the list was not
  //   changed.
  throw new Error('Not implemented: saveTodos');
}

export function lockFileFor(file: string): string {
  return `${file}.lock`;
}

/**
 * Read, change, save, with the lock held the whole time, so a run that starts meanwhile waits
 * and then sees this change. `change` edits the list it is given; if it throws, nothing is saved.
 */
export async function updateTodos<T>(file: string, change: (data: TodoFile) => T, options: StoreOptions): Promise<T> {
  // TODO (Task 1): const data = await loadTodos(file, options.fs); const result = change(data);
  //   await saveTodos(file, data, options.fs); return result. (If change throws, the save never
  //   happens: that is all Task 2 needs.)
  // TODO (Task 6): before loading, take the lock lockFileFor(file) with the protocol in SPEC.md:
  //   options.fs.writeFile(lock, JSON.stringify({ createdAt }), { flag: 'wx' }) in a loop;
  //   on EEXIST read the lock: gone → retry, createdAt more than STALE_LOCK_MS before
  //   options.now() → rm it and retry, else `await options.sleep(LOCK_RETRY_MS)`, and after
  //   LOCK_MAX_WAITS waits throw new LockTimeoutError(lock).
  //   Then load, change and save in a try block, and remove the lock in `finally`.
  throw new Error('Not implemented: updateTodos');
}

/**
 * Copies a corrupt data file to "<file>.corrupt-<stamp>" and returns that path, or null when
 * the copy failed. A copy made earlier in the same second is kept.
 */
export async function backupCorruptFile(file: string, now: Date, fs: FileSystem = nodeFs): Promise<string | null> {
  // TODO (Task 4): the stamp of 2026-01-15T12:00:00.000Z is 20260115T120000Z: take
  //   now.toISOString(), drop the milliseconds, the '-' and the ':'.
  //   await fs.copyFile(file, backup, constants.COPYFILE_EXCL): EEXIST means a copy of that name
  //   is there already (return its path); any other error: return null.
  throw new Error('Not implemented: backupCorruptFile');
}
