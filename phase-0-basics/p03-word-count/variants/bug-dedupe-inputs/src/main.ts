import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import { countStream, type Counts } from './count.js';
import { FIELD_ORDER, formatCounts, type Field } from './format.js';

/** Everything the program touches of the outside world, so that tests can hand it fakes. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** What --help prints. */
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

const DEFAULT_FIELDS: readonly Field[] = ['lines', 'words', 'bytes'];

/** The short and long forms of every option, for node:util parseArgs. */
const OPTIONS = {
  lines: { type: 'boolean', short: 'l' },
  words: { type: 'boolean', short: 'w' },
  chars: { type: 'boolean', short: 'm' },
  bytes: { type: 'boolean', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Options {
  help: boolean;
  fields: readonly Field[];
  files: string[];
}

/** Something to count: a file, or stdin when there is no `file`. `name` is what the report shows. */
interface Input {
  name?: string;
  file?: string;
}

/**
 * parseArgs handles grouped short options (-lw), long ones (--lines), `-` (a positional) and
 * `--` (everything after it is a file, even "-l"). With `strict` it throws a TypeError for an
 * unknown option; we turn it into a value, so main() decides what a usage error prints.
 */
function readOptions(argv: string[]): Options | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const chosen = FIELD_ORDER.filter((field) => values[field] === true);
  return {
    help: values.help === true,
    fields: chosen.length > 0 ? chosen : DEFAULT_FIELDS,
    files: positionals,
  };
}

/** No file means stdin without a name (like wc); `-` means stdin, shown as "-". */
function inputsFrom(files: string[]): Input[] {
  if (files.length === 0) return [{}];
  // The same file twice would only repeat itself.
  return [...new Set(files)].map((name) => (name === '-' ? { name } : { name, file: name }));
}

/** Streams one input through the counter. Relative paths are relative to io.cwd, not ours. */
function countInput(input: Input, io: CliIo): Promise<Counts> {
  const source = input.file === undefined ? io.stdin : createReadStream(path.resolve(io.cwd, input.file));
  return countStream(source as AsyncIterable<Uint8Array | string>);
}

/** The words people know from other command-line tools for the errors they meet most. */
function describeError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'No such file or directory';
  if (code === 'EISDIR') return 'Is a directory';
  if (code === 'EACCES') return 'Permission denied';
  return message;
}

function addCounts(a: Counts, b: Counts): Counts {
  return { lines: a.lines + b.lines, words: a.words + b.words, chars: a.chars + b.chars, bytes: a.bytes + b.bytes };
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

/**
 * The whole program. It returns the exit code instead of calling process.exit, so tests can call
 * it as a function: 0 success, 1 an input could not be read, 2 the command was used wrongly.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const chalk = makeChalk(io);
  const options = readOptions(argv);
  if ('error' in options) {
    io.stderr.write(`${chalk.red(`wc: ${options.error}\nTry 'wc --help' for more information.`)}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(USAGE);
    return 0;
  }

  const inputs = inputsFrom(options.files);
  let total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0 };
  let failed = false;
  // One input at a time, in order: each line is printed as soon as its input is counted, and a
  // file that cannot be read is reported without stopping the others.
  for (const input of inputs) {
    try {
      const counts = await countInput(input, io);
      io.stdout.write(`${formatCounts(counts, options.fields, input.name)}\n`);
      total = addCounts(total, counts);
    } catch (error) {
      failed = true;
      io.stderr.write(`${chalk.red(`wc: ${input.name ?? '-'}: ${describeError(error)}`)}\n`);
    }
  }
  if (inputs.length > 1) {
    io.stdout.write(`${chalk.bold(formatCounts(total, options.fields, 'total'))}\n`);
  }
  return failed ? 1 : 0;
}
