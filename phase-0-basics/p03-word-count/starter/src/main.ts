// The program: options, inputs, one report line per input, a total, errors and exit codes.
// Useful imports for Tasks 4 to 6 (uncomment them when you need them):
// import { createReadStream } from 'node:fs';
// import path from 'node:path';
// import { parseArgs } from 'node:util';
// import { Chalk } from 'chalk';
// import { countStream, type Counts } from './count.js';
// import { formatCounts, type Field } from './format.js';

/** Everything the program touches of the outside world, so that tests can hand it fakes. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** What --help prints (Task 4). */
export const USAGE = `Usage: wc [OPTION]... [FILE]...
Print line, word, character and byte counts for each FILE, and a total line
when more than one FILE is given. With no FILE, or when FILE is -, read standard input.

  -l, --lines   count line breaks (\\n, \\r\\n or a lone \\r)
  -w, --words   count words (runs of non-whitespace characters)
  -m, --chars   count characters (Unicode code points)
  -c, --bytes   count bytes
  -h, --help    show this help

Without -l, -w, -m or -c: lines, words and bytes.
Columns always come in the order lines, words, chars, bytes.
Exit codes: 0 ok, 1 an input could not be read, 2 wrong usage.
`;

/**
 * The whole program. It returns the exit code instead of calling process.exit:
 * 0 success, 1 an input could not be read, 2 the command was used wrongly.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  // TODO: Task 4 in SPEC.md: --help; count the files (relative to io.cwd) or io.stdin with
  //   countStream, and print formatCounts(...) + '\n' for each.
  // TODO: Task 5: -l -w -m -c and their long forms with parseArgs from node:util; an unknown
  //   option writes a message to io.stderr and returns 2.
  // TODO: Task 6: one input after the other; a file that cannot be read is reported on io.stderr
  //   as `wc: <name>: <reason>` and the others are still counted (exit code 1); a total line
  //   when there is more than one input, in bold for a terminal unless NO_COLOR is set to a non-empty value.
  // Never use process.exit, process.cwd() or process.env here: use io.
  throw new Error('Not implemented: main');
}
