// The three key figures, each a region named by its label, so a screen reader can jump to it.
// While loading they show grey placeholders (skeletons) and the whole block is aria-busy.
import { useId } from 'react';
import { formatCents, type Summary } from './api.js';

function Figure({ label, value }: { label: string; value: string | null }) {
  const id = useId();
  return (
    <section className="kpi" aria-labelledby={id}>
      <h2 id={id}>{label}</h2>
      {value === null ? <p className="skeleton" aria-hidden="true" /> : <p className="figure">{value}</p>}
    </section>
  );
}

export function Kpis({ summary, loading }: { summary: Summary | null; loading: boolean }) {
  const show = (value: (s: Summary) => string) => (loading || !summary ? null : value(summary));
  return (
    <section className="kpis" aria-label="Key figures" aria-busy={loading}>
      <Figure label="Total events" value={show((s) => s.totalEvents.toLocaleString('en-US'))} />
      <Figure label="Unique users" value={show((s) => s.uniqueUsers.toLocaleString('en-US'))} />
      <Figure label="Revenue" value={show((s) => formatCents(s.revenueCents))} />
    </section>
  );
}
