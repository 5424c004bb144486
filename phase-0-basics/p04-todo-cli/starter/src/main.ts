// The program: reads the command line (args.ts, given), finds the data file, runs the command and
// turns errors into exit codes. Most of it is given: write dataFile (Task 1) and reportFailure
// (Tasks 2 and 4), then read main() to see how the pieces fit.
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Chalk, type ChalkInstance } from 'chalk';
import { add, complete, edit, readTodos, remove, reopen, type TodoStore } from './actions.js';
import { parseInvocation, USAGE, UsageError, type Command } from './args.js';
import { formatChange, formatList } from './format.js';
import { inquirerPrompts, runInteractive, type Prompts } from './interactive.js';
import { backupCorruptFile, CorruptFileError, StoreError, type FileSystem } from './store.js';
import { TodoNotFoundError } from './todos.js';

/** Everything the program touches of the outside world, so that tests can hand it fakes. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** The clock: "today", "overdue" and timestamps come from it. Defaults to the real time. */
  now?: () => Date;
  /** The file functions the data file is read and written with. Defaults to node:fs/promises. */
  fs?: FileSystem;
  /** How a run waits for another run's lock. Defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>;
  /** The interactive mode's prompts. Defaults to @inquirer/prompts. */
  prompts?: Prompts;
}

/**
 * Where the list lives: --file, else $TODO_FILE, else ~/.todo.json. Relative paths are relative
 * to io.cwd (the folder the command was typed in), never to wherever Node happens to run.
 */
function dataFile(option: string | undefined, io: CliIo): string | undefined {
  // TODO (Task 1): --file (option), else io.env.TODO_FILE when it is set and not empty, resolved
  //   with path.resolve(io.cwd, ...); else path.join(io.env.HOME, '.todo.json') when HOME is set;
  //   else undefined (main then reports that there is no data file).
  throw new Error('Not implemented: dataFile');
}

/**
 * Colour only helps a person at a terminal, and NO_COLOR (https://no-color.org) turns it off.
 * chalk's default instance looks at the real process.stdout; we decide from io instead.
 */
function makeChalk(io: CliIo): ChalkInstance {
  // no-color.org: only a non-empty NO_COLOR turns colour off (NO_COLOR="" keeps it).
  const color = io.stdout.isTTY === true && (io.env.NO_COLOR ?? '') === '';
  return new Chalk({ level: color ? 1 : 0 });
}

async function runCommand(command: Exclude<Command, { kind: 'help' | 'none' | 'interactive' }>, store: TodoStore, io: CliIo, chalk: ChalkInstance): Promise<void> {
  switch (command.kind) {
    case 'list': {
      const { todos } = await readTodos(store);
      io.stdout.write(formatList(todos, store.now(), chalk, command.all));
      return;
    }
    case 'add':
      io.stdout.write(formatChange('Added', await add(store, command)));
      return;
    case 'done':
      io.stdout.write(formatChange('Done', await complete(store, command.id)));
      return;
    case 'undo':
      io.stdout.write(formatChange('Reopened', await reopen(store, command.id)));
      return;
    case 'edit':
      io.stdout.write(formatChange('Edited', await edit(store, command.id, command)));
      return;
    case 'remove':
      io.stdout.write(formatChange('Removed', await remove(store, command.id)));
      return;
  }
}

/**
 * Errors that mean "the work failed" become exit code 1; anything else is a bug and crashes.
 * `instanceof` tells the error classes apart (TodoNotFoundError, CorruptFileError, StoreError).
 */
async function reportFailure(error: unknown, store: TodoStore, io: CliIo): Promise<number> {
  // TODO (Task 2): a TodoNotFoundError: io.stderr.write(`todo: ${error.message}\n`) and return 1.
  //   Any other error: `throw error` again, so that a bug is not hidden behind exit code 1.
  // TODO (Task 4): a CorruptFileError (check it before StoreError: it is one too): copy the file
  //   with backupCorruptFile(error.file, store.now(), store.fs), print a message naming the data
  //   file and the copy (SPEC.md shows one; when the copy is null, name no copy), return 1.
  //   Any other StoreError: `todo: ${error.message}`, return 1.
  throw new Error('Not implemented: reportFailure');
}

/**
 * The whole program. It returns the exit code instead of calling process.exit, so tests can call
 * it as a function: 0 success, 1 the work failed, 2 the command was used wrongly.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const now = io.now ?? (() => new Date());
  let invocation;
  try {
    invocation = parseInvocation(argv, now());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`todo: ${error.message}\nRun "todo --help" for usage.\n`);
    return 2;
  }
  let { command } = invocation;
  if (command.kind === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === 'none') {
    // Menus need a person at a keyboard; from a script or a pipe, say how to use the commands.
    if (io.stdin.isTTY !== true) {
      io.stderr.write(`todo: no command given\n${USAGE}`);
      return 2;
    }
    command = { kind: 'interactive' };
  }
  const file = dataFile(invocation.file, io);
  if (file === undefined) {
    io.stderr.write('todo: no data file: set HOME or TODO_FILE, or pass --file PATH\n');
    return 1;
  }
  const store: TodoStore = { file, now, fs: io.fs ?? nodeFs, sleep: io.sleep ?? ((ms) => delay(ms)) };
  const chalk = makeChalk(io);
  try {
    if (command.kind !== 'interactive') {
      await runCommand(command, store, io, chalk);
      return 0;
    }
    const prompts = io.prompts ?? (await inquirerPrompts(io.stdin, io.stdout));
    const print = (text: string) => void io.stdout.write(text);
    const printError = (text: string) => void io.stderr.write(text);
    return await runInteractive({ store, prompts, chalk, print, printError });
  } catch (error) {
    return reportFailure(error, store, io);
  }
}
