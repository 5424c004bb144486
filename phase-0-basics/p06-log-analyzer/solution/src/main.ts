import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from './analyze.js';
import { formatText } from './format.js';
import { readLines } from './read-lines.js';
import { parseIsoTime } from './time.js';

/** Everything the program touches of the outside world, so that tests can hand it fakes. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

export const USAGE = `Usage: log-analyzer [options] [file ...]

Summarises web server access logs (the combined or common format of nginx and Apache):
requests, status codes, bytes sent, error rate, top clients and paths, requests per hour.
Reads each file in turn; with no file, or for "-", reads stdin.

Options:
  --json          print the report as JSON
  --top N         length of the top lists (default 10)
  --since TIME    only requests at or after TIME (ISO 8601: 2000-10-10, 2000-10-10T13:00Z)
  --until TIME    only requests before TIME (a time without an offset is UTC)
  -h, --help      show this help

Exit codes: 0 ok, 1 a file could not be read, 2 wrong usage.
`;

/** The user typed the command wrongly: exit code 2 and a pointer to --help. */
class UsageError extends Error {}

interface Options {
  help: boolean;
  json: boolean;
  top?: number;
  since?: Date;
  until?: Date;
  files: string[];
}

function parseTop(text: string): number {
  // Digits only: Number() would also take "1e3", " 5" or "0x10".
  const top = /^\d+$/.test(text) ? Number(text) : 0;
  if (top < 1) throw new UsageError(`--top expects a whole number of at least 1, got "${text}"`);
  return top;
}

function parseTime(option: string, text: string): Date {
  const time = parseIsoTime(text);
  if (!time) throw new UsageError(`${option} expects an ISO 8601 time such as 2000-10-10T13:00Z, got "${text}"`);
  return time;
}

/** Reads the command line. https://nodejs.org/api/util.html#utilparseargsconfig */
function readOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        top: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
      },
    });
  } catch (error) {
    // parseArgs throws only for what the user typed: an unknown option, a missing value...
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const options: Options = { help: values.help === true, json: values.json === true, files: positionals };
  if (values.top !== undefined) options.top = parseTop(values.top);
  if (values.since !== undefined) options.since = parseTime('--since', values.since);
  if (values.until !== undefined) options.until = parseTime('--until', values.until);
  if (options.since && options.until && options.since >= options.until) {
    throw new UsageError('--since must be earlier than --until');
  }
  return options;
}

/** Why a file could not be read, in the words of the system's own tools, from Node's error code. */
const REASONS: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  EACCES: 'Permission denied',
};

/** Errors of the file system carry a `code` beside their message. */
function describeError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return REASONS[String(code)] ?? message;
}

/**
 * The lines of every input, one after the other, as one stream of lines: an async generator
 * (`async function*`) produces values with `yield` and `for await` consumes them one at a time.
 * A file that cannot be read is reported on stderr and added to `unreadable`; the others go on.
 */
async function* inputLines(files: string[], io: CliIo, unreadable: string[]): AsyncGenerator<string> {
  for (const file of files) {
    if (file === '-') {
      yield* readLines(io.stdin);
      continue;
    }
    try {
      // Relative paths are relative to where the user ran the command, which is io.cwd.
      yield* readLines(createReadStream(path.resolve(io.cwd, file)));
    } catch (error) {
      io.stderr.write(`log-analyzer: ${file}: ${describeError(error)}\n`);
      unreadable.push(file);
    }
  }
}

/**
 * The whole program. It returns the exit code instead of calling process.exit, so tests can call
 * it as a function: 0 success, 1 a file could not be read, 2 the command was used wrongly.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`log-analyzer: ${error.message}\nTry "log-analyzer --help".\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (options.files.length === 0 && io.stdin.isTTY === true) {
    // Nobody is going to type a log by hand: waiting for stdin would look like a hang.
    io.stderr.write(`log-analyzer: no file given and stdin is a terminal\n\n${USAGE}`);
    return 2;
  }
  const unreadable: string[] = [];
  const files = options.files.length > 0 ? options.files : ['-'];
  const report = await analyze(inputLines(files, io, unreadable), options);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    // Colour only for a person at a terminal, and never when NO_COLOR is set to a non-empty value
    // (https://no-color.org: an empty NO_COLOR does not count).
    const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
    io.stdout.write(formatText(report, { color }));
  }
  return unreadable.length > 0 ? 1 : 0;
}
