import type { Counts } from './count.js';

/** One column of the report: 'lines', 'words', 'chars' or 'bytes'. */
export type Field = keyof Counts;

/** wc's column order, whatever order the options came in. */
export const FIELD_ORDER: readonly Field[] = ['lines', 'words', 'chars', 'bytes'];

/** One report line without its newline: the chosen counts, then the name when there is one. */
export function formatCounts(counts: Counts, fields: readonly Field[], name?: string): string {
  // TODO: Task 3 in SPEC.md.
  // - Columns come in FIELD_ORDER, keeping only those listed in `fields`.
  // - Each number is right-aligned in 7 columns: String(n).padStart(7).
  // - Columns, and the name when there is one, are joined by a single space.
  throw new Error('Not implemented: formatCounts');
}
