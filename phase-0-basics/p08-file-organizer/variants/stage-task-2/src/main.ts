import path from 'node:path';
import { parseArgs } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import { OrganizeError } from './errors.js';
import { applyMoves, openJournal, undoMoves } from './organize.js';
import { planMoves, type Move, type PlanOptions } from './plan.js';

/** Everything the program touches of the outside world, so that tests can hand it fakes. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Test hook: called before each move; when it throws, that move fails. */
  beforeMove?: (move: Move) => void | Promise<void>;
}

const USAGE = `Usage: organize DIR [--by type|date] [--dry-run] [--include-hidden]
       organize undo DIR
       organize --help

Moves the files directly inside DIR into sub-folders:
  --by type         by extension: images, documents, audio, video, archives, code, other (default)
  --by date         by modification month (UTC): YYYY/MM
  --dry-run         print the plan, move nothing
  --include-hidden  also move hidden files (names starting with ".")
A file whose name is taken gets a suffix: "photo (1).jpg". Nothing is ever overwritten.
Every move is written to DIR/.organize-journal.json; "organize undo DIR" puts the files back.
Exit codes: 0 ok, 1 the work failed, 2 wrong usage.
`;

type Command =
  | { kind: 'help' }
  | { kind: 'organize'; dir: string; options: PlanOptions; dryRun: boolean }
  | { kind: 'undo'; dir: string }
  | { kind: 'usage-error'; message: string };

/** node:util parseArgs knows our options and throws a TypeError for any other. */
function readCommand(argv: string[]): Command {
  // Tasks 2 and 5 only. TODO (Task 6): catch what parseArgs throws, --help, and the usage errors.
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      by: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'include-hidden': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [dir] = positionals;
  if (dir === undefined) throw new Error('Not implemented: usage errors (Task 6)');
  const options = { by: values.by === 'date' ? 'date' : 'type', includeHidden: values['include-hidden'] === true } as const;
  return { kind: 'organize', dir, options, dryRun: values['dry-run'] === true };
}

/**
 * Colour only helps a person at a terminal, and a non-empty NO_COLOR (https://no-color.org) turns
 * it off; an empty NO_COLOR does not count.
 * Our own chalk instance decides from io instead of the real process.stdout.
 */
function makeChalk(io: CliIo): ChalkInstance {
  // TODO (Task 6): colour only when io.stdout.isTTY is true and io.env.NO_COLOR is missing or empty.
  void io;
  const color = false;
  return new Chalk({ level: color ? 1 : 0 });
}

function plural(count: number): string {
  return count === 1 ? '1 file' : `${count} files`;
}

/** The folder from the command line, resolved against io.cwd; it must exist and be a folder. */
async function findFolder(arg: string, io: CliIo): Promise<string> {
  // TODO (Task 6): stat() it: missing is OrganizeError("no such folder: ..."), not a directory
  // is OrganizeError("not a folder: ...").
  return path.resolve(io.cwd, arg);
}

async function runOrganize(command: Extract<Command, { kind: 'organize' }>, io: CliIo, chalk: ChalkInstance): Promise<number> {
  const dir = await findFolder(command.dir, io);
  const journal = await openJournal(dir);
  const moves = await planMoves(dir, command.options);
  if (moves.length === 0) {
    io.stdout.write('nothing to organize\n');
    return 0;
  }
  if (command.dryRun) {
    for (const move of moves) io.stdout.write(`${chalk.cyan('would move')} ${move.from} -> ${move.to}\n`);
    io.stdout.write(`dry run: ${plural(moves.length)} would be moved\n`);
    return 0;
  }
  let moved = 0;
  const onMoved = (move: Move) => {
    moved++;
    io.stdout.write(`${chalk.green('moved')} ${move.from} -> ${move.to}\n`);
  };
  try {
    await applyMoves(dir, journal, moves, { beforeMove: io.beforeMove, onMoved });
  } catch (error) {
    if (error instanceof OrganizeError && moved > 0) {
      error.message += `\n${plural(moved)} moved before the error: "organize undo" puts them back`;
    }
    throw error;
  }
  io.stdout.write(`${plural(moved)} moved\n`);
  return 0;
}

async function runUndo(arg: string, io: CliIo, chalk: ChalkInstance): Promise<number> {
  // TODO (Task 5): findFolder, then undoMoves(dir, { onRestored, onMissing }).
  void [arg, io, chalk, undoMoves];
  throw new Error('Not implemented: runUndo');
}

/**
 * The whole program. It returns the exit code instead of calling process.exit, so tests can call
 * it as a function: 0 success, 1 the work failed, 2 the command was used wrongly.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const command = readCommand(argv);
  const chalk = makeChalk(io);
  try {
    switch (command.kind) {
      case 'help':
        io.stdout.write(USAGE);
        return 0;
      case 'usage-error':
        io.stderr.write(`${chalk.red(`error: ${command.message}`)}\n\n${USAGE}`);
        return 2;
      case 'organize':
        return await runOrganize(command, io, chalk);
      case 'undo':
        return await runUndo(command.dir, io, chalk);
    }
  } catch (error) {
    // Only problems the user can fix are reported; anything else is a bug and should crash.
    if (!(error instanceof OrganizeError)) throw error;
    io.stderr.write(`${chalk.red(`error: ${error.message}`)}\n`);
    return 1;
  }
}
