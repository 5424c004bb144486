import type { Cell, Report } from './report.js';

/**
 * Rounds to 12 significant digits. Binary floating point cannot hold most decimals exactly
 * (0.1 + 0.2 is 0.30000000000000004), and a sum of 100,000 amounts collects that noise in its
 * last digits: 8498676.76 comes out as 8498676.759999991. p01 rounded to 15 digits; a report adds
 * up so many numbers that 12 is the safer choice, and still more digits than a report needs.
 */
export function roundNumber(value: number): number {
  // `+ 0` turns -0 into 0, so JSON and text agree.
  return Number(value.toPrecision(12)) + 0;
}

/** String() writes the rounded number the JavaScript way: "1e+21" for huge numbers. */
export function formatNumber(value: number): string {
  return String(roundNumber(value));
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? formatNumber(cell) : cell;
}

/** Width in characters (code points), so that "é" or "日" count as one, not by UTF-16 units. */
function width(text: string): number {
  return [...text].length;
}

/** A table line cannot hold a line break: each one (\r\n, \n or \r) becomes a space. */
function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}

function pad(text: string, size: number, right: boolean): string {
  const fill = ' '.repeat(size - width(text));
  return right ? fill + text : text + fill;
}

/**
 * An aligned text table: the header, a line of dashes, one line per row. Columns are two spaces
 * apart and as wide as their widest cell; a column whose cells are all numbers is aligned to the
 * right, like figures in a spreadsheet. `bold` styles the header line (colour at a terminal).
 */
export function formatTable(report: Report, bold: (text: string) => string = (text) => text): string {
  const texts = report.rows.map((row) => row.map((cell) => oneLine(cellText(cell))));
  const widths = report.columns.map((name, index) => Math.max(width(name), ...texts.map((row) => width(row[index]!))));
  const rightAligned = report.columns.map((_, index) => report.rows.length > 0 && report.rows.every((row) => row[index] === null || typeof row[index] === 'number'));
  const line = (cells: readonly string[]) =>
    cells
      .map((text, index) => pad(text, widths[index]!, rightAligned[index]!))
      .join('  ')
      .trimEnd();
  const lines = [bold(line(report.columns)), line(widths.map((size) => '-'.repeat(size))), ...texts.map(line)];
  return `${lines.join('\n')}\n`;
}

/** RFC 4180 quoting: a field with the delimiter, a quote or a line break goes in quotes, with "" for ". */
function csvField(text: string, delimiter: string): string {
  if (!text.includes(delimiter) && !/["\r\n]/.test(text)) return text;
  return `"${text.replaceAll('"', '""')}"`;
}

/** The report as CSV with the same delimiter as the input: a header line, then one line per row. */
export function formatCsv(report: Report, delimiter = ','): string {
  const lines = [report.columns, ...report.rows.map((row) => row.map(cellText))].map((cells) => cells.map((text) => csvField(text, delimiter)).join(delimiter));
  return `${lines.join('\n')}\n`;
}

/** The report as a JSON array with one object per row, keyed by column name, in column order. */
export function formatJson(report: Report): string {
  const objects = report.rows.map((row) =>
    Object.fromEntries(report.columns.map((name, index) => {
      const cell = row[index]!;
      return [name, typeof cell === 'number' ? roundNumber(cell) : cell];
    })),
  );
  return `${JSON.stringify(objects, null, 2)}\n`;
}
