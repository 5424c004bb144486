// Shared by the p07 suites: the module shapes SPEC.md's Interface promises, lazy loaders, and
// helpers whose messages name the input, so a learner sees which CSV was read.
import { load, runMain, type CliResult, type MainFn, type RunMainOptions } from '#testkit';
import { expect } from 'vitest';

export { ANSI, stripAnsi } from '#testkit';

export interface CsvRecord {
  fields: string[];
  line: number;
}
export type Aggregate = { fn: 'count' } | { fn: 'sum' | 'avg' | 'min' | 'max'; column: string };
export interface ReportOptions {
  groupBy?: string;
  aggregates: Aggregate[];
  sort?: { column: string; descending: boolean };
}
export type Cell = string | number | null;
export interface Report {
  columns: string[];
  rows: Cell[][];
}
export interface RowProblem {
  line: number;
  message: string;
}

type ErrorClass = new (...args: never[]) => Error;

export interface ParseModule {
  parseCsv(input: AsyncIterable<string | Buffer> | Iterable<string | Buffer>, options?: { delimiter?: string }): AsyncGenerator<CsvRecord>;
}
export interface ErrorsModule {
  CsvSyntaxError: new (message: string, line: number) => Error & { line: number };
  ReportError: ErrorClass;
}
export interface NumbersModule {
  parseNumber(text: string): number | undefined;
}
export interface ReportModule {
  reportColumns(options: ReportOptions): string[];
  buildReport(records: AsyncIterable<CsvRecord> | Iterable<CsvRecord>, options: ReportOptions, onProblem?: (problem: RowProblem) => void): Promise<Report>;
}
export interface FormatModule {
  formatNumber(value: number): string;
  formatTable(report: Report, bold?: (text: string) => string): string;
  formatCsv(report: Report, delimiter?: string): string;
  formatJson(report: Report): string;
}

export const loadParse = () => load<ParseModule>('src/parse-csv.ts', ['parseCsv']);
export const loadErrors = () => load<ErrorsModule>('src/errors.ts', ['CsvSyntaxError', 'ReportError']);
export const loadNumbers = () => load<NumbersModule>('src/numbers.ts', ['parseNumber']);
export const loadReport = () => load<ReportModule>('src/report.ts', ['reportColumns', 'buildReport']);
export const loadFormat = () => load<FormatModule>('src/format.ts', ['formatNumber', 'formatTable', 'formatCsv', 'formatJson']);
export const loadMain = () => load<{ main: MainFn }>('src/main.ts', ['main']);

/** JSON.stringify for messages: shows \n, \r and quotes plainly. */
export const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Only the fields the spec promises, so that extra fields on a record never fail a check. */
export function recordFields(record: CsvRecord): CsvRecord {
  return { fields: record.fields, line: record.line };
}

/** Parses `chunks` (one string, or the pieces a stream would deliver) and collects every record. */
export async function parseAll(chunks: string | ReadonlyArray<string | Buffer>, options?: { delimiter?: string }): Promise<CsvRecord[]> {
  const { parseCsv } = await loadParse();
  const input = typeof chunks === 'string' ? [chunks] : [...chunks];
  const records: CsvRecord[] = [];
  for await (const record of parseCsv(input, options)) records.push(recordFields(record));
  return records;
}

/** parseCsv must yield exactly these records (fields and line) for this text. */
export async function expectRecords(text: string, expected: CsvRecord[], options?: { delimiter?: string }): Promise<void> {
  const label = `parseCsv(${show(text)}${options ? `, ${show(options)}` : ''})`;
  let records: CsvRecord[];
  try {
    records = await parseAll(text, options);
  } catch (error) {
    return expect.fail(`${label} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  expect(records, label).toEqual(expected);
}

/** Shorthand for an expected record. */
export const rec = (line: number, ...fields: string[]): CsvRecord => ({ fields, line });

/** Parses `text` (from the start) into records with the learner's parser, then builds a report. */
export async function reportOf(text: string, options: ReportOptions): Promise<{ report: Report; problems: RowProblem[]; label: string }> {
  const { parseCsv } = await loadParse();
  const { buildReport } = await loadReport();
  const problems: RowProblem[] = [];
  const label = `buildReport(parseCsv(${show(text)}), ${show(options)})`;
  const report = await buildReport(parseCsv([text]), options, (problem) => problems.push({ line: problem.line, message: problem.message }));
  return { report, problems, label };
}

/** Builds a report from records given directly, without the learner's parser. */
export async function reportOfRecords(records: CsvRecord[], options: ReportOptions): Promise<{ report: Report; problems: RowProblem[]; label: string }> {
  const { buildReport } = await loadReport();
  const problems: RowProblem[] = [];
  const label = `buildReport(${show(records.map((r) => r.fields))}, ${show(options)})`;
  const report = await buildReport(records, options, (problem) => problems.push({ line: problem.line, message: problem.message }));
  return { report, problems, label };
}

/** Turns lines of fields into records on lines 1, 2, 3... */
export const rows = (...lines: string[][]): CsvRecord[] => lines.map((fields, index) => ({ fields, line: index + 1 }));

/** Runs the learner's main with in-memory streams. */
export async function run(argv: string[], options?: RunMainOptions): Promise<CliResult & { label: string }> {
  const { main } = await loadMain();
  const label = `csv-report ${argv.join(' ')}`.trim();
  const result = await runMain(main, argv, options);
  return { ...result, label };
}

/** Lets a stream deliver what was written and the code under test react, without a clock. */
export async function settle(turns = 30): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
}


/** The sales file used by the command checks: CRLF line ends, a quoted comma, an embedded newline. */
export const SALES = [
  'region,product,amount,qty',
  'north,"tea, green",10.5,2',
  'south,coffee,12,1',
  'north,"say ""hi""\nthere",20,3',
  'east,cocoa,,4',
  'south,"juice",8,5',
].join('\r\n') + '\r\n';
