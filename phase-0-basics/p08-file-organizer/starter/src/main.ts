import { stat } from 'node:fs/promises';
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
  // TODO (Task 2 for DIR, --by, --include-hidden and --dry-run; Task 5 for "undo DIR"; Task 6
  // for --help and the usage errors, SPEC.md):
  // - parseArgs({ args: argv, allowPositionals: true, options: { by: { type: 'string' },
  //   'dry-run': { type: 'boolean' }, 'include-hidden': { type: 'boolean' },
  //   help: { type: 'boolean', short: 'h' } } }) from node:util throws a TypeError for an
  //   unknown option or a missing value: catch it and return a usage error with its message.
  //   https://nodejs.org/api/util.html#utilparseargsconfig
  // - --help anywhere: { kind: 'help' }.
  // - First positional "undo": exactly one more positional (the folder) and no other option,
  //   else a usage error; { kind: 'undo', dir }.
  // - Otherwise exactly one positional (the folder); --by is "type" (the default) or "date".
  throw new Error('Not implemented: readCommand');
}

/**
 * Colour only helps a person at a terminal, and a non-empty NO_COLOR (https://no-color.org) turns
 * it off; an empty NO_COLOR does not count.
 * Our own chalk instance decides from io instead of the real process.stdout.
 */
function makeChalk(io: CliIo): ChalkInstance {
  // TODO (Task 6): colour only when io.stdout.isTTY is true and io.env.NO_COLOR is missing or empty.
  const color = false;
  return new Chalk({ level: color ? 1 : 0 });
}

function plural(count: number): string {
  return count === 1 ? '1 file' : `${count} files`;
}

/** The folder from the command line, resolved against io.cwd; it must exist and be a folder. */
async function findFolder(arg: string, io: CliIo): Promise<string> {
  // TODO (Task 2: path.resolve(io.cwd, arg); Task 6: the checks) stat() it: missing is OrganizeError("no such
  // folder: ..."), not a directory (stats.isDirectory()) is OrganizeError("not a folder: ...").
  throw new Error('Not implemented: findFolder');
}

async function runOrganize(command: Extract<Command, { kind: 'organize' }>, io: CliIo, chalk: ChalkInstance): Promise<number> {
  // TODO (Task 2):
  // - dir = await findFolder(...); journal = await openJournal(dir) (an empty journal until
  //   Task 4); moves = await planMoves(...).
  // - No moves: "nothing to organize" and return 0 (no journal is written).
  // - --dry-run: "would move A -> B" per move, then "dry run: N files would be moved"; return 0.
  // TODO (Task 3): otherwise applyMoves(dir, journal, moves, { beforeMove: io.beforeMove, onMoved })
  //   where onMoved prints "moved A -> B" (chalk.green('moved')), then "N files moved" ("1 file
  //   moved"). When it throws after some files moved, add a line to the error's message saying
  //   that "organize undo" puts them back.
  throw new Error('Not implemented: runOrganize');
}

async function runUndo(arg: string, io: CliIo, chalk: ChalkInstance): Promise<number> {
  // TODO (Task 5): findFolder, then undoMoves(dir, { onRestored, onMissing }):
  // - onRestored prints "restored A -> B" to stdout;
  // - onMissing prints "warning: <to> is missing: cannot restore <from>" to stderr.
  // No journal: "nothing to undo", return 0. Otherwise "N files restored", and return 1 when a
  // file was missing, else 0.
  throw new Error('Not implemented: runUndo');
}

/**
 * The whole program (given). It returns the exit code instead of calling process.exit, so tests can call
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
