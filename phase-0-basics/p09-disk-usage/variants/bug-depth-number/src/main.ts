import path from 'node:path';
import { parseArgs } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import { joinDisplay, renderText, toJson, type ReportOptions, type SortKey } from './report.js';
import { scan, ScanError, type ScanFs } from './scan.js';

/** Everything the program touches of the outside world, so that tests can hand it fakes. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Replaces node:fs/promises for the walk: tests use it to make a folder unreadable. */
  fs?: ScanFs;
}

const USAGE = `Usage: du [DIR] [options]   show how much space each folder under DIR (default .) takes

Options:
  --depth N        show folders at most N levels below DIR (0: only DIR); totals still count everything
  --sort size|name biggest first, or by name (the default)
  --human          sizes like 1.5K, 20.0M (powers of 1024) instead of bytes
  --ignore GLOB    skip files and folders whose name matches (* any run, ? one character); repeatable
  --follow         follow symbolic links (each file and folder counted once, loops reported)
  --json           print the tree as JSON (sizes in bytes)
  --help, -h       show this help

Sizes are apparent sizes: the sum of the files' sizes in bytes; a hard-linked file counts once.
Exit codes: 0 ok, 1 something could not be read (reported on stderr), 2 wrong usage.
`;

interface Request {
  dir: string;
  depth: number;
  sort: SortKey;
  human: boolean;
  json: boolean;
  follow: boolean;
  ignore: string[];
}

type Command = { kind: 'help' } | { kind: 'usage-error'; message: string } | { kind: 'run'; request: Request };

/** A depth is a whole number written with digits only: "2" yes; "-1", "1.5", "2x", "" no. */
function parseDepth(text: string | undefined): number | undefined {
  if (text === undefined) return Infinity;
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * node:util parseArgs (https://nodejs.org/api/util.html#utilparseargsconfig) knows --name value,
 * --name=value, repeated options and unknown options; it throws a TypeError on anything wrong,
 * which is always the user's mistake here.
 */
function readCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        depth: { type: 'string' },
        sort: { type: 'string' },
        human: { type: 'boolean' },
        ignore: { type: 'string', multiple: true },
        follow: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length > 1) return { kind: 'usage-error', message: `expected at most one folder, got ${positionals.length}` };
  const dir = positionals[0] ?? '.';
  if (dir === '') return { kind: 'usage-error', message: 'the folder name is empty' };
  const depth = parseDepth(values.depth);
  if (depth === undefined) return { kind: 'usage-error', message: `--depth needs a whole number >= 0, got "${values.depth}"` };
  const sort = values.sort ?? 'name';
  if (sort !== 'size' && sort !== 'name') return { kind: 'usage-error', message: `--sort is size or name, got "${sort}"` };
  return {
    kind: 'run',
    request: { dir, depth, sort, human: values.human ?? false, json: values.json ?? false, follow: values.follow ?? false, ignore: values.ignore ?? [] },
  };
}

/** How DIR is shown: as typed, without trailing slashes ("data/" shows as "data"), but "/" stays. */
function displayName(dir: string): string {
  return dir.replace(/\/+$/, '') || '/';
}

/** Colour only at a terminal and without NO_COLOR (https://no-color.org); level 0 is plain text. */
function makeChalk(io: CliIo): ChalkInstance {
  const color = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
  return new Chalk({ level: color ? 1 : 0 });
}

async function run(request: Request, io: CliIo, chalk: ChalkInstance): Promise<number> {
  const display = displayName(request.dir);
  let result;
  try {
    result = await scan(path.resolve(io.cwd, request.dir), { follow: request.follow, ignore: request.ignore, fs: io.fs });
  } catch (error) {
    // Only a root that cannot be walked is the user's problem; any other error is a bug.
    if (!(error instanceof ScanError)) throw error;
    io.stderr.write(`${chalk.red(`du: ${display}: ${error.message}`)}\n`);
    return 1;
  }
  const options: ReportOptions = { display, depth: request.depth, sort: request.sort, human: request.human };
  io.stdout.write(request.json ? `${JSON.stringify(toJson(result.root, options), null, 2)}\n` : renderText(result.root, options, chalk));
  // What could not be read goes to stderr after the report, one line each, and makes the exit code 1.
  for (const problem of result.problems) {
    const where = problem.path === '' ? display : joinDisplay(display, problem.path);
    io.stderr.write(`${chalk.red(`du: ${where}: ${problem.message}`)}\n`);
  }
  return result.problems.length > 0 ? 1 : 0;
}

/**
 * The whole program. It returns the exit code instead of calling process.exit, so tests can call
 * it as a function: 0 success, 1 something could not be read, 2 the command was used wrongly.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const command = readCommand(argv);
  const chalk = makeChalk(io);
  switch (command.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return 0;
    case 'usage-error':
      io.stderr.write(`${chalk.red(`du: ${command.message}`)}\n\n${USAGE}`);
      return 2;
    case 'run':
      return run(command.request, io, chalk);
  }
}
