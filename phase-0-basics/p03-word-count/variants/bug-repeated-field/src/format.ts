import type { Counts } from './count.js';

/** One column of the report. */
export type Field = keyof Counts;

/** wc's column order, whatever order the options came in. */
export const FIELD_ORDER: readonly Field[] = ['lines', 'words', 'chars', 'bytes'];

/**
 * Every number is right-aligned in 7 columns. A fixed width (rather than the width of the
 * largest number) lets each line be printed as soon as its input is counted, before the
 * next input, or the total, is known.
 */
const COLUMN_WIDTH = 7;

/** One report line without its newline: the chosen counts, then the name when there is one. */
export function formatCounts(counts: Counts, fields: readonly Field[], name?: string): string {
  // Sort the fields given into wc's order.
  const sorted = [...fields].sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b));
  const columns = sorted.map((field) => String(counts[field]).padStart(COLUMN_WIDTH));
  if (name !== undefined) columns.push(name);
  return columns.join(' ');
}
