import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import { CsvSyntaxError, ReportError } from './errors.js';
import { formatCsv, formatJson, formatTable } from './format.js';
import { parseCsv } from './parse-csv.js';
import { buildReport, reportColumns, type Aggregate, type Report, type ReportOptions } from './report.js';

/** Everything the program touches of the outside world, so that tests can hand it fakes. */
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
 * node:util parseArgs does the option syntax (`--sum amount`, `--sum=amount`, unknown options,
 * missing values); `multiple: true` collects a repeated option into an array.
 * https://nodejs.org/api/util.html#utilparseargsconfig
 */
function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'group-by': { type: 'string' },
        count: { type: 'boolean' },
        sum: { type: 'string', multiple: true },
        avg: { type: 'string', multiple: true },
        min: { type: 'string', multiple: true },
        max: { type: 'string', multiple: true },
        sort: { type: 'string' },
        format: { type: 'string' },
        delimiter: { type: 'string' },
      },
    });
  } catch (error) {
    // parseArgs throws a TypeError with a readable message for every syntax problem.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = values.format ?? 'table';
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}": use table, csv or json`);
  const report: ReportOptions = { aggregates: aggregatesOf(values) };
  if (values['group-by'] !== undefined) report.groupBy = values['group-by'];
  if (values.sort !== undefined) report.sort = sortOf(values.sort, reportColumns(report));
  return { file: positionals[0], report, format: format as Format, delimiter: delimiterOf(values.delimiter) };
}

/**
 * The aggregate columns in a fixed order: count, then the sums, averages, minimums, maximums,
 * each in the order given. Asking twice for the same one gives one column.
 */
function aggregatesOf(values: { count?: boolean; sum?: string[]; avg?: string[]; min?: string[]; max?: string[] }): Aggregate[] {
  const numeric = (['sum', 'avg', 'min', 'max'] as const).flatMap((fn) => [...new Set(values[fn] ?? [])].map((column): Aggregate => ({ fn, column })));
  const count: Aggregate[] = values.count === true || numeric.length === 0 ? [{ fn: 'count' }] : [];
  return [...count, ...numeric];
}

function sortOf(value: string, columns: readonly string[]): { column: string; descending: boolean } {
  const match = /^(.*):(asc|desc)$/.exec(value);
  const column = match ? match[1]! : value;
  if (!columns.includes(column)) {
    throw new UsageError(`--sort: no column "${column}" in the report (its columns: ${columns.join(', ')})`);
  }
  return { column, descending: match?.[2] === 'desc' };
}

function delimiterOf(value: string | undefined): string {
  if (value === undefined) return ',';
  // A tab is hard to type in a shell command: "tab" names it.
  const delimiter = value === 'tab' ? '\t' : value;
  if (delimiter.length !== 1 || '"\r\n'.includes(delimiter)) {
    throw new UsageError(`--delimiter must be one character (or "tab"), not a quote or a line break: got ${JSON.stringify(value)}`);
  }
  return delimiter;
}

/** Colour only for a person at a terminal, and never with a non-empty NO_COLOR (https://no-color.org: an empty one does not count). */
function makeChalk(io: CliIo): ChalkInstance {
  const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
  return new Chalk({ level: color ? 1 : 0 });
}

/** Why a file could not be read, in words, from the error code Node gives. */
function readProblem(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return undefined;
  const reasons: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied' };
  return reasons[error.code] ?? (error.code.startsWith('E') ? error.message : undefined);
}

function render(report: Report, command: Command, chalk: ChalkInstance): string {
  switch (command.format) {
    case 'table':
      return formatTable(report, (text) => chalk.bold(text));
    case 'csv':
      return formatCsv(report, command.delimiter);
    case 'json':
      return formatJson(report);
  }
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
      problems += 1;
      io.stderr.write(`line ${problem.line}: ${problem.message}\n`);
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
