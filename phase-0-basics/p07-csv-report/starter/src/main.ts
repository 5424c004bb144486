import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import { CsvSyntaxError, ReportError } from './errors.js';
import { formatCsv, formatJson, formatTable } from './format.js';
import { parseCsv } from './parse-csv.js';
import { buildReport, reportColumns, type Aggregate, type Report, type ReportOptions } from './report.js';

/**
 * Everything the program touches of the outside world (phase-0-basics/README.md). Tests hand main
 * fake streams, so never use process.stdout, process.stdin, process.env or process.cwd(): use io.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

const USAGE = `Usage: csv-report [options] [FILE]

Reads CSV from FILE (or stdin when FILE is missing or "-"; the first row is the header)
and prints one row per group with the aggregates you ask for.

Options:
  --group-by COL           one report row per distinct value of COL
  --count                  number of rows (the default when no aggregate is given)
  --sum COL                sum of COL (repeatable, like --avg, --min and --max)
  --avg COL                average of COL
  --min COL                smallest value of COL
  --max COL                largest value of COL
  --sort COL[:asc|:desc]   sort by a report column, e.g. "sum(amount):desc"
  --format table|csv|json  output format (default table)
  --delimiter CHAR         field separator, one character or "tab" (default ",")
  -h, --help               show this help

Example: csv-report --group-by region --count --sum amount sales.csv
Exit codes: 0 ok, 1 bad input (missing file, broken CSV, rows skipped), 2 wrong usage.
`;

type Format = 'table' | 'csv' | 'json';

interface Command {
  file: string | undefined;
  report: ReportOptions;
  format: Format;
  delimiter: string;
}

/** A mistake in the command line itself: main answers with exit code 2 and the usage. */
class UsageError extends Error {}

const FORMATS: readonly string[] = ['table', 'csv', 'json'];

/**
 * Turns argv into a Command, or throws UsageError (exit 2). Everything that argv alone can get
 * wrong is checked here, before any input is read.
 */
function parseCommand(argv: string[]): Command {
  // TODO (Task 5):
  // - parseArgs from node:util (https://nodejs.org/api/util.html#utilparseargsconfig) with
  //   { args: argv, allowPositionals: true, options: { ... } }: 'group-by', sort, format and
  //   delimiter are { type: 'string' }; count is { type: 'boolean' }; sum, avg, min and max are
  //   { type: 'string', multiple: true } (a repeated option gives an array). parseArgs throws a
  //   TypeError for an unknown option or a missing value: turn it into a UsageError.
  // - At most one positional (the FILE); --format one of FORMATS (default 'table').
  // - aggregatesOf(values), then groupBy, then sortOf(values.sort, reportColumns(report)).
  // - delimiterOf(values.delimiter).
  throw new Error('Not implemented: parseCommand');
}

/**
 * The aggregate columns in a fixed order: count, then the sums, averages, minimums, maximums,
 * each in the order given. Asking twice for the same one gives one column. Without any of them,
 * just count.
 */
function aggregatesOf(values: { count?: boolean; sum?: string[]; avg?: string[]; min?: string[]; max?: string[] }): Aggregate[] {
  // TODO (Task 5)
  throw new Error('Not implemented: aggregatesOf');
}

/** "sum(amount):desc" -> { column: 'sum(amount)', descending: true }; the column must be one of `columns`. */
function sortOf(value: string, columns: readonly string[]): { column: string; descending: boolean } {
  // TODO (Task 5): a trailing ":asc" or ":desc" sets the direction (ascending by default); a column
  // that is not in `columns` is a UsageError.
  throw new Error('Not implemented: sortOf');
}

/** "," by default; "tab" is a tab; otherwise exactly one character that is not `"`, \r or \n. */
function delimiterOf(value: string | undefined): string {
  // TODO (Task 5): anything else is a UsageError.
  throw new Error('Not implemented: delimiterOf');
}

/** Colour only for a person at a terminal, and never with a non-empty NO_COLOR (https://no-color.org: an empty one does not count). */
function makeChalk(io: CliIo): ChalkInstance {
  const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
  return new Chalk({ level: color ? 1 : 0 });
}

/** Why a file could not be read, in words, from the error code Node gives; undefined for other errors. */
function readProblem(error: unknown): string | undefined {
  // TODO (Task 5): Node's file errors have a string `code`: 'ENOENT' (no such file), 'EISDIR'
  // (a folder), 'EACCES' (permission denied). Anything without a code is a bug: return undefined.
  throw new Error('Not implemented: readProblem');
}

/** The report in the asked format: formatTable (header in chalk.bold), formatCsv or formatJson. */
function render(report: Report, command: Command, chalk: ChalkInstance): string {
  // TODO (Task 5)
  throw new Error('Not implemented: render');
}

/**
 * The whole program. It returns the exit code instead of calling process.exit: 0 success, 1 the
 * input was bad (the report may still be printed, from the good rows), 2 the command was wrong.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const chalk = makeChalk(io);
  const fail = (message: string, code: number, usage = false): number => {
    io.stderr.write(`${chalk.red('error:')} ${message}\n${usage ? `\n${USAGE}` : ''}`);
    return code;
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message, 2, true);
    throw error;
  }
  const fromStdin = command.file === undefined || command.file === '-';
  if (fromStdin && io.stdin.isTTY === true) {
    return fail('no input: give a FILE or pipe CSV into stdin', 2, true);
  }
  // A relative path means relative to where the user ran the command: io.cwd, not process.cwd().
  const input = fromStdin ? io.stdin : createReadStream(path.resolve(io.cwd, command.file!));
  let problems = 0;
  try {
    const records = parseCsv(input, { delimiter: command.delimiter });
    // Each skipped row is reported at once, while the rest of the input is still streaming in.
    const report = await buildReport(records, command.report, (problem) => {
      // TODO (Task 5): count the problem and write `line ${problem.line}: ${problem.message}` and a
      // newline to io.stderr, now: the user sees it while the rest of the input streams in.
      throw new Error('Not implemented: reporting a bad row');
    });
    io.stdout.write(render(report, command, chalk));
  } catch (error) {
    if (error instanceof CsvSyntaxError) return fail(`line ${error.line}: ${error.message}`, 1);
    if (error instanceof ReportError) return fail(error.message, 1);
    const reason = readProblem(error);
    if (reason !== undefined) return fail(`cannot read ${command.file ?? 'stdin'}: ${reason}`, 1);
    throw error;
  }
  return problems > 0 ? 1 : 0;
}
