import type { Counts } from './count.js';

export type Field = keyof Counts;

export const FIELD_ORDER: readonly Field[] = ['lines', 'words', 'chars', 'bytes'];

export function formatCounts(counts: Counts, fields: readonly Field[], name?: string): string {
  const wanted = new Set(fields);
  let line = '';
  for (const field of FIELD_ORDER) {
    if (!wanted.has(field)) continue;
    line += `${line === '' ? '' : ' '}${`${counts[field]}`.padStart(7, ' ')}`;
  }
  return name === undefined ? line : `${line} ${name}`;
}
