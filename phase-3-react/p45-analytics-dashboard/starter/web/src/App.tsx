// The dashboard page. The DOM checks render this component on its own: everything the page does
// starts here. SPEC.md's accessibility contract names every element the checks look for.
import { loadStats } from './api.js';
import { DailyChart, DailyTable } from './daily.js';
import { Kpis } from './kpis.js';
import { pushRange, rangeFromAddress, ZONES } from './range.js';

export function App() {
  // TODO (Task 4): the range form, loading, the key figures, the empty and error states, and the
  // last range winning. TODO (Task 5): the chart and its table. TODO (Task 6): the range in the
  // address, read when the page opens and on Back and Forward.
  void [loadStats, DailyChart, DailyTable, Kpis, pushRange, rangeFromAddress, ZONES];
  return (
    <main>
      <h1>Analytics</h1>
    </main>
  );
}
