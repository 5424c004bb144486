import { ReportError } from './errors.js';
import { parseNumber } from './numbers.js';
import type { CsvRecord } from './parse-csv.js';

export type AggregateFn = 'count' | 'sum' | 'avg' | 'min' | 'max';

/** One column of the report: `count` counts rows; the others need the column they compute over. */
export type Aggregate = { fn: 'count' } | { fn: 'sum' | 'avg' | 'min' | 'max'; column: string };

export interface ReportOptions {
  /** The input column whose values form the groups; without it the report has one row. */
  groupBy?: string;
  /** The report's columns after the group column, in this order. */
  aggregates: Aggregate[];
  /** A report column (see reportColumns); without it, groups keep the order they first appeared in. */
  sort?: { column: string; descending: boolean };
}

/** A report cell: the group's text, a computed number, or null when there is nothing to compute. */
export type Cell = string | number | null;

export interface Report {
  columns: string[];
  rows: Cell[][];
}

/** A data row that was skipped, and why. `line` is the physical line where the row starts. */
export interface RowProblem {
  line: number;
  message: string;
}

/** The report's column names: the group column, then `count`, `sum(amount)`, `avg(amount)`... */
export function reportColumns(options: ReportOptions): string[] {
  // TODO (Task 3): one label per aggregate ("count", or `${fn}(${column})`), after options.groupBy when there is one.
  throw new Error('Not implemented: reportColumns');
}

/**
 * Reads records (the first one is the header) and builds the report (SPEC.md, Tasks 3 and 4).
 * Bad rows are skipped and passed to `onProblem` at once.
 */
export async function buildReport(records: AsyncIterable<CsvRecord> | Iterable<CsvRecord>, options: ReportOptions, onProblem: (problem: RowProblem) => void = () => {}): Promise<Report> {
  // TODO (Task 3):
  // - `for await (const record of records)`: the first record is the header (trim its names).
  //   Find options.groupBy and every aggregate's column in it (indexOf); a name that is not there
  //   is `throw new ReportError(...)` naming the column. No record at all: ReportError too.
  // - A data row with another number of fields than the header:
  //   onProblem({ line: record.line, message: `expected ${n} fields, found ${m}` }) and skip it.
  // - For each aggregated column: an empty (or blank) cell is missing, skipped by sum/avg/min/max;
  //   otherwise parseNumber(cell), and undefined means
  //   onProblem({ line, message: `"${cell}" in column "${name}" is not a number` }): skip the row.
  // - Keep totals per group: rows, and per column the number of values, sum, min, max.
  //   count is rows; sum is 0 without values; avg, min and max are null without values.
  // - Without groupBy there is always exactly one row, even with no data rows.
  // TODO (Task 4):
  // - A Map<string, ...> keyed by the group's text keeps the groups in first-appearance order.
  // - options.sort: a column of reportColumns(options) (else ReportError); nulls last in both
  //   directions; numbers as numbers; a group column whose values all parseNumber as numbers;
  //   other text by `<` and `>`. Array#sort is stable: negate the order for descending, so ties
  //   keep their order.
  throw new Error('Not implemented: buildReport');
}
