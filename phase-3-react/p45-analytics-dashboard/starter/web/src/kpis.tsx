// The three key figures (SPEC.md, Task 4). A suggested structure.
import type { Summary } from './api.js';

/** TODO (Task 4): the region "Key figures" (aria-busy while loading) and its three named regions. */
export function Kpis({ summary, loading }: { summary: Summary | null; loading: boolean }) {
  void [summary, loading];
  return null;
}
