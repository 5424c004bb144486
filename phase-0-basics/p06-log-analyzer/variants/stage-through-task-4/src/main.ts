// The log-analyzer command (SPEC.md, Tasks 4 to 6).
//
// Useful here: parseArgs from node:util (https://nodejs.org/api/util.html#utilparseargsconfig),
// createReadStream from node:fs, path.resolve from node:path, and an async generator
// (`async function*`) that yields the lines of every input one after the other.

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

/**
 * The whole program. It returns the exit code instead of calling process.exit, so tests can call
 * it as a function: 0 success, 1 a file could not be read, 2 the command was used wrongly.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  // TODO: Tasks 4 to 6 in SPEC.md.
  // 1. Read the options (a bad one: message on io.stderr, return 2); --help: USAGE on io.stdout, return 0.
  // 2. analyze() the lines of every input: files relative to io.cwd, "-" or no file at all is io.stdin.
  //    A file that cannot be read: `log-analyzer: <file>: <reason>` on io.stderr, then go on.
  // 3. Print JSON or text (colour only when io.stdout.isTTY and NO_COLOR is missing or empty), return 0 or 1.
  throw new Error('Not implemented: main');
}
