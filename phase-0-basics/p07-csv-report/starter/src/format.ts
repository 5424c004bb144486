import type { Report } from './report.js';

/** Rounds to 12 significant digits (and turns -0 into 0): the number every output format shows. */
export function roundNumber(value: number): number {
  // TODO (Task 4): Number(value.toPrecision(12)), plus 0 so that -0 becomes 0.
  throw new Error('Not implemented: roundNumber');
}

/** A number as text: roundNumber, then String(). 0.1 + 0.2 is "0.3". */
export function formatNumber(value: number): string {
  // TODO (Task 4)
  throw new Error('Not implemented: formatNumber');
}

/**
 * An aligned text table (SPEC.md, Task 4): header, a line of dashes, one line per row; columns two
 * spaces apart, as wide as their widest cell in code points ([...text].length); numbers to the
 * right, text to the left; trailing spaces removed; line breaks in a value become spaces.
 * `bold` styles the header line.
 */
export function formatTable(report: Report, bold: (text: string) => string = (text) => text): string {
  // TODO (Task 4)
  throw new Error('Not implemented: formatTable');
}

/** The report as CSV, quoted as RFC 4180 says, with the given delimiter (SPEC.md, Task 4). */
export function formatCsv(report: Report, delimiter = ','): string {
  // TODO (Task 4): quote a field when it contains the delimiter, `"`, \r or \n, doubling its quotes.
  throw new Error('Not implemented: formatCsv');
}

/** The report as a JSON array of objects keyed by column name (SPEC.md, Task 4). */
export function formatJson(report: Report): string {
  // TODO (Task 4): JSON.stringify(objects, null, 2) and a newline; numbers through roundNumber.
  throw new Error('Not implemented: formatJson');
}
