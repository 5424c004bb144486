// The report as text for a person (SPEC.md, Task 5). --json prints the Report object itself.
import type { Report } from './analyze.js';

/**
 * Formats a report as the text `log-analyzer` prints. With `color`, headings are bold and a
 * non-zero error rate is red; without, the text is the same minus the colour codes.
 */
export function formatText(report: Report, options: { color: boolean }): string {
  // TODO: Task 5 in SPEC.md. Build an array of lines and join them with '\n' (and end with one).
  // - Rows: two spaces, the key padded with padEnd to the longest key of its section, two spaces,
  //   the count. An empty section has the row "  (none)".
  // - Colour: import { Chalk } from 'chalk' and make new Chalk({ level: options.color ? 1 : 0 });
  //   level 0 returns strings unchanged, so the same code serves both cases.
  throw new Error('Not implemented: formatText');
}
