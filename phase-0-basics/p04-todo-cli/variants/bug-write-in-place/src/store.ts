// The data file: reading it safely, saving it atomically, and a lock so that two runs at once
// never lose each other's changes. Every file operation goes through `fs`, the functions of
// node:fs/promises, so that tests can hand in a copy with one function that fails.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { z } from 'zod';
import { emptyTodoFile, PRIORITIES, type TodoFile } from './todos.js';

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

// The shape of the data file. JSON.parse accepts any JSON; zod checks that it really is a list
// of todos before we trust it (https://zod.dev). Timestamps are only checked to be strings.
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

/** The `code` of a Node system error ("ENOENT", "EEXIST"...), if it has one. */
function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function parseTodoFile(text: string, file: string): TodoFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorruptFileError(file, `it is not JSON (${messageOf(error)})`);
  }
  const result = todoFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the file';
    throw new CorruptFileError(file, `${where}: ${issue.message}`);
  }
  const ids = result.data.todos.map((todo) => todo.id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) throw new CorruptFileError(file, `two todos have the id ${twice}`);
  return result.data;
}

/**
 * Reads the list. A missing or empty file is an empty list (nothing is lost by that); a file that
 * is not a valid list throws CorruptFileError; a file that cannot be read throws StoreError.
 */
export async function loadTodos(file: string, fs: FileSystem = nodeFs): Promise<TodoFile> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return emptyTodoFile();
    throw new StoreError(`cannot read ${file}: ${messageOf(error)}`, { cause: error });
  }
  if (text.trim() === '') return emptyTodoFile();
  return parseTodoFile(text, file);
}

/**
 * Saves the list atomically: the new text goes to a temporary file in the same folder, which
 * then replaces the data file with one rename. A rename within one file system is all or
 * nothing, so the data file always holds either the whole old list or the whole new one, even
 * if the program crashes or the disk fills up halfway through writing.
 */
export async function saveTodos(file: string, data: TodoFile, fs: FileSystem = nodeFs): Promise<void> {
  // A random part keeps two writers (or a crashed writer's leftover) from sharing a temp file.
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    // flush: true asks the disk to really store the bytes before the rename makes them the list.
    // Straight into the data file: simple, but a crash halfway leaves it cut short.
    await fs.writeFile(file, `${JSON.stringify(data, null, 2)}\n`, { encoding: 'utf8', flush: true });
  } catch (error) {
    // The data file was not touched; tidy up the half-written temp file and report.
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new StoreError(`cannot save ${file}: ${messageOf(error)}. The list on disk was not changed.`, { cause: error });
  }
}

export function lockFileFor(file: string): string {
  return `${file}.lock`;
}

type LockState = 'gone' | 'stale' | 'held';

/** Looks at a lock someone else created: released meanwhile, left by a crash, or in use. */
async function lockState(lock: string, options: StoreOptions): Promise<LockState> {
  let text: string;
  try {
    text = await options.fs.readFile(lock, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'gone';
    throw error;
  }
  // An unreadable stamp is most likely a lock whose owner has not finished writing it yet.
  let createdAt: number;
  try {
    createdAt = new Date((JSON.parse(text) as { createdAt?: string }).createdAt ?? '').getTime();
  } catch {
    return 'held';
  }
  // A missing or invalid createdAt gives NaN, and NaN > anything is false: held too.
  return options.now().getTime() - createdAt > STALE_LOCK_MS ? 'stale' : 'held';
}

/** Creates the lock file; the 'wx' flag makes that fail with EEXIST when it exists already. */
async function tryLock(lock: string, options: StoreOptions): Promise<boolean> {
  try {
    await options.fs.writeFile(lock, JSON.stringify({ createdAt: options.now().toISOString() }), { flag: 'wx' });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the lock, waiting while another run holds it: try to create the lock file; if it exists,
 * take it over when it is stale, else wait LOCK_RETRY_MS and try again. False after
 * LOCK_MAX_WAITS waits.
 */
async function waitForLock(lock: string, options: StoreOptions): Promise<boolean> {
  for (let waits = 0; ; waits += 1) {
    if (await tryLock(lock, options)) return true;
    const state = await lockState(lock, options);
    // Two runs that find the same stale lock at the same moment could both remove it; that needs
    // a crash first and then two runs within a millisecond, a risk this tool accepts.
    if (state === 'stale') await options.fs.rm(lock, { force: true });
    if (state !== 'held') continue;
    if (waits >= LOCK_MAX_WAITS) return false;
    await options.sleep(LOCK_RETRY_MS);
  }
}

async function acquireLock(file: string, options: StoreOptions): Promise<string> {
  const lock = lockFileFor(file);
  let taken: boolean;
  try {
    taken = await waitForLock(lock, options);
  } catch (error) {
    // A folder that does not exist, a full disk...: say which list could not be changed.
    throw new StoreError(`cannot save ${file}: ${messageOf(error)}`, { cause: error });
  }
  if (!taken) throw new LockTimeoutError(lock);
  return lock;
}

/**
 * Read, change, save, with the lock held the whole time, so a run that starts meanwhile waits
 * and then sees this change. `change` edits the list it is given; if it throws, nothing is saved.
 */
export async function updateTodos<T>(file: string, change: (data: TodoFile) => T, options: StoreOptions): Promise<T> {
  const lock = await acquireLock(file, options);
  try {
    const data = await loadTodos(file, options.fs);
    const result = change(data);
    await saveTodos(file, data, options.fs);
    return result;
  } finally {
    // If this fails the lock stays behind; it counts as stale after STALE_LOCK_MS.
    await options.fs.rm(lock, { force: true }).catch(() => undefined);
  }
}

/** "20260115T120000Z": the UTC time in the compact ISO 8601 form, safe in a file name. */
function fileStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * Copies a corrupt data file to "<file>.corrupt-<stamp>" and returns that path, or null when
 * the copy failed. COPYFILE_EXCL never replaces an earlier copy made in the same second.
 */
export async function backupCorruptFile(file: string, now: Date, fs: FileSystem = nodeFs): Promise<string | null> {
  const backup = `${file}.corrupt-${fileStamp(now)}`;
  try {
    await fs.copyFile(file, backup, constants.COPYFILE_EXCL);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') return null;
  }
  return backup;
}
