// Clicks per day as a sparkline with an accessible name (SPEC.md, Task 7).
import type { Stats } from './api.js';

/** TODO (Task 7): "12 clicks in the last 7 days, most on 2026-03-04", or "No clicks in the last 7 days". */
export function summarize(stats: Stats): string {
  void stats;
  throw new Error('Not implemented: summarize (Task 7)');
}

export function Sparkline({ stats }: { stats: Stats }) {
  // TODO (Task 7): an <svg role="img" aria-label={summarize(stats)}> with one point per day.
  void stats;
  return null;
}
