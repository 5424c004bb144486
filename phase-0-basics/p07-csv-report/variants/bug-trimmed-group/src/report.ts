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
  const labels = options.aggregates.map((aggregate) => (aggregate.fn === 'count' ? 'count' : `${aggregate.fn}(${aggregate.column})`));
  return options.groupBy === undefined ? labels : [options.groupBy, ...labels];
}

/** Running totals of one numeric column within one group. Empty cells are not values. */
interface ColumnStats {
  values: number;
  sum: number;
  min: number;
  max: number;
}

interface Group {
  key: string;
  rows: number;
  /** Indexed like the header: stats for the columns that are aggregated. */
  stats: Map<number, ColumnStats>;
}

function newGroup(key: string, numericColumns: readonly number[]): Group {
  const stats = new Map<number, ColumnStats>();
  for (const column of numericColumns) stats.set(column, { values: 0, sum: 0, min: Infinity, max: -Infinity });
  return { key, rows: 0, stats };
}

function columnIndex(header: readonly string[], name: string): number {
  const index = header.indexOf(name);
  if (index === -1) throw new ReportError(`no column "${name}" in the header (columns: ${header.join(', ')})`);
  return index;
}

/**
 * The numbers of one row's aggregated cells, or a problem. An empty cell is missing data (undefined)
 * and is skipped by sum/avg/min/max; anything else that is not a number makes the row bad:
 * silently counting "n/a" as NaN or 0 would give a wrong report that looks right.
 */
function rowNumbers(record: CsvRecord, header: readonly string[], numericColumns: readonly number[]): Map<number, number | undefined> | RowProblem {
  const numbers = new Map<number, number | undefined>();
  for (const column of numericColumns) {
    const cell = record.fields[column]!;
    if (cell.trim() === '') {
      numbers.set(column, undefined);
      continue;
    }
    const value = parseNumber(cell);
    if (value === undefined) return { line: record.line, message: `"${cell}" in column "${header[column]}" is not a number` };
    numbers.set(column, value);
  }
  return numbers;
}

function addRow(group: Group, numbers: ReadonlyMap<number, number | undefined>): void {
  group.rows += 1;
  for (const [column, value] of numbers) {
    if (value === undefined) continue;
    const stats = group.stats.get(column)!;
    stats.values += 1;
    stats.sum += value;
    stats.min = Math.min(stats.min, value);
    stats.max = Math.max(stats.max, value);
  }
}

function cellOf(group: Group, aggregate: Aggregate, header: readonly string[]): Cell {
  if (aggregate.fn === 'count') return group.rows;
  const stats = group.stats.get(header.indexOf(aggregate.column))!;
  if (aggregate.fn === 'sum') return stats.sum;
  // An average, minimum or maximum of no values does not exist: null, shown as an empty cell.
  if (stats.values === 0) return null;
  if (aggregate.fn === 'avg') return stats.sum / stats.values;
  return aggregate.fn === 'min' ? stats.min : stats.max;
}

/** Nulls go last in both directions; numbers compare as numbers, text by UTF-16 code units. */
function sortRows(rows: Cell[][], index: number, descending: boolean): void {
  // Type inference once more: a group column whose values are all numbers sorts as numbers
  // ("9" before "10"), otherwise as text.
  const numeric = rows.every((row) => {
    const cell = row[index]!;
    return typeof cell !== 'string' || parseNumber(cell) !== undefined;
  });
  const key = (cell: Cell): number | string => (numeric && typeof cell === 'string' ? parseNumber(cell)! : cell!);
  // Array#sort is stable: rows that compare equal keep the order the groups appeared in.
  rows.sort((a, b) => {
    const left = a[index]!;
    const right = b[index]!;
    if (left === null || right === null) return (left === null ? 1 : 0) - (right === null ? 1 : 0);
    const x = key(left);
    const y = key(right);
    const order = x < y ? -1 : x > y ? 1 : 0;
    return descending ? -order : order;
  });
}

/**
 * Reads records (the first one is the header) and builds the report. Rows with the wrong number
 * of fields or a non-number in an aggregated column are skipped and passed to `onProblem`, so the
 * caller can tell the user while the rest of the file is still being read.
 */
export async function buildReport(records: AsyncIterable<CsvRecord> | Iterable<CsvRecord>, options: ReportOptions, onProblem: (problem: RowProblem) => void = () => {}): Promise<Report> {
  const columns = reportColumns(options);
  const sortIndex = options.sort === undefined ? -1 : columns.indexOf(options.sort.column);
  if (options.sort !== undefined && sortIndex === -1) {
    throw new ReportError(`cannot sort by "${options.sort.column}": the report's columns are ${columns.join(', ')}`);
  }
  let header: string[] | undefined;
  let groupColumn = -1;
  let numericColumns: number[] = [];
  // A Map keeps its keys in insertion order: the groups come out in the order they first appeared.
  const groups = new Map<string, Group>();
  for await (const record of records) {
    if (header === undefined) {
      const names = record.fields.map((name) => name.trim());
      header = names;
      if (options.groupBy !== undefined) groupColumn = columnIndex(names, options.groupBy);
      const aggregated = options.aggregates.flatMap((aggregate) => (aggregate.fn === 'count' ? [] : [columnIndex(names, aggregate.column)]));
      numericColumns = [...new Set(aggregated)];
      continue;
    }
    if (record.fields.length !== header.length) {
      onProblem({ line: record.line, message: `expected ${header.length} fields, found ${record.fields.length}` });
      continue;
    }
    const numbers = rowNumbers(record, header, numericColumns);
    if (!(numbers instanceof Map)) {
      onProblem(numbers);
      continue;
    }
    const key = groupColumn === -1 ? '' : record.fields[groupColumn]!.trim();
    let group = groups.get(key);
    if (group === undefined) {
      group = newGroup(key, numericColumns);
      groups.set(key, group);
    }
    addRow(group, numbers);
  }
  if (header === undefined) throw new ReportError('the input is empty: expected a header row');
  // Without --group-by the report always has its one row, even when no data row was read.
  if (groupColumn === -1 && groups.size === 0) groups.set('', newGroup('', numericColumns));
  const knownHeader = header;
  const rows = [...groups.values()].map((group) => {
    const cells = options.aggregates.map((aggregate) => cellOf(group, aggregate, knownHeader));
    return groupColumn === -1 ? cells : [group.key, ...cells];
  });
  if (options.sort !== undefined) sortRows(rows, sortIndex, options.sort.descending);
  return { columns, rows };
}
