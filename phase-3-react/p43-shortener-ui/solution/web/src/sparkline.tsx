// Clicks per day as a sparkline: a small line chart without axes. A chart says nothing to a
// screen reader, so the <svg> is one image (role="img") whose accessible name says what a
// sighted reader takes from it: how many clicks, over how many days, and the busiest day.
import type { Stats } from './api.js';

const WIDTH = 120;
const HEIGHT = 32;

/** "12 clicks in the last 7 days, most on 2026-03-04"; the earliest busiest day on a tie. */
export function summarize(stats: Stats): string {
  const total = stats.daily.reduce((sum, d) => sum + d.clicks, 0);
  const period = `in the last ${stats.days} ${stats.days === 1 ? 'day' : 'days'}`;
  if (total === 0) return `No clicks ${period}`;
  // Strictly greater: a later day with the same count does not replace the earlier one.
  const busiest = stats.daily.reduce((best, d) => (d.clicks > best.clicks ? d : best));
  return `${total} ${total === 1 ? 'click' : 'clicks'} ${period}, most on ${busiest.day}`;
}

export function Sparkline({ stats }: { stats: Stats }) {
  const max = Math.max(1, ...stats.daily.map((d) => d.clicks));
  const step = stats.daily.length > 1 ? WIDTH / (stats.daily.length - 1) : 0;
  const points = stats.daily.map((d, i) => `${(i * step).toFixed(1)},${(HEIGHT - 2 - (d.clicks / max) * (HEIGHT - 4)).toFixed(1)}`).join(' ');
  return (
    <svg role="img" aria-label={summarize(stats)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT}>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
