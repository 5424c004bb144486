import path from 'node:path';
import { parseArgs } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import { joinDisplay, renderText, toJson, type ReportOptions, type SortKey } from './report.js';
import { scan, ScanError, type ScanFs } from './scan.js';

/**
 * Everything the program touches of the outside world (phase-0-basics/README.md). Tests hand main
 * fake streams, so never use process.stdout, process.cwd() or process.env directly: use io.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Replaces node:fs/promises for the walk: tests use it to make a folder unreadable (Task 5). */
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

function readCommand(argv: string[]): Command {
  // TODO (Task 6): read the options with parseArgs from node:util
  //   (https://nodejs.org/api/util.html#utilparseargsconfig):
  //     parseArgs({ args: argv, allowPositionals: true, options: {
  //       depth: { type: 'string' }, sort: { type: 'string' }, ignore: { type: 'string', multiple: true },
  //       human: { type: 'boolean' }, follow: { type: 'boolean' }, json: { type: 'boolean' },
  //       help: { type: 'boolean', short: 'h' } } })
  //   It throws a TypeError for an unknown option or a missing value: catch it and return
  //   { kind: 'usage-error', message: error.message }.
  // Then, in this order:
  // - values.help: { kind: 'help' }.
  // - More than one positional, or an empty one (""): a usage error. No positional: DIR is ".".
  // - --depth: digits only (/^\d+$/), else a usage error; without --depth, depth is Infinity.
  // - --sort: 'size' or 'name' (the default), else a usage error.
  // - { kind: 'run', request: { dir, depth, sort, human, json, follow, ignore } } with false / []
  //   for the options that were not given.
  throw new Error('Not implemented: readCommand');
}

/** How DIR is shown: as typed, without trailing slashes ("data/" shows as "data"), but "/" stays. */
function displayName(dir: string): string {
  // TODO (Task 6): remove trailing slashes (dir.replace(/\/+$/, '')); if nothing is left, "/".
  throw new Error('Not implemented: displayName');
}

/**
 * chalk's default instance decides from the real process.stdout, which is not what main writes
 * to, so we build our own: level 1 is basic colour, level 0 gives the text back unchanged.
 */
function makeChalk(io: CliIo): ChalkInstance {
  // TODO (Task 6): colour only when io.stdout.isTTY is true and io.env.NO_COLOR is undefined
  // (https://no-color.org). Until then, never.
  const color = false;
  return new Chalk({ level: color ? 1 : 0 });
}

async function run(request: Request, io: CliIo, chalk: ChalkInstance): Promise<number> {
  // TODO (Task 6):
  // - const display = displayName(request.dir).
  // - result = await scan(path.resolve(io.cwd, request.dir), { follow, ignore, fs: io.fs }).
  //   If it rejects with a ScanError (error instanceof ScanError), write
  //   `du: ${display}: ${error.message}\n` to io.stderr and return 1; rethrow anything else.
  // - Write renderText(result.root, options, chalk) to io.stdout, where
  //   options: ReportOptions = { display, depth, sort, human }.
  // TODO (Task 7): with request.json write JSON.stringify(toJson(result.root, options), null, 2)
  //   and "\n" instead.
  // TODO (Task 6, for the problems of Task 5): after the report, one line per problem on io.stderr:
  //   `du: ${problem.path === '' ? display : joinDisplay(display, problem.path)}: ${problem.message}`,
  //   and return 1 when there was any problem, else 0.
  throw new Error('Not implemented: run');
}

/**
 * The whole program (given). It returns the exit code instead of calling process.exit, so tests
 * can call it like any function: 0 success, 1 something could not be read, 2 wrong usage.
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
