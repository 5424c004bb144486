// The dashboard: a range of local dates in a time zone, its key figures and its events per day.
// The range lives in the address, so a reload or a shared link shows the same figures.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, loadStats, type Daily, type Range, type Summary } from './api.js';
import { DailyChart, DailyTable } from './daily.js';
import { Kpis } from './kpis.js';
import { pushRange, rangeFromAddress, ZONES } from './range.js';

type Stats = { summary: Summary; daily: Daily };

export function App() {
  // The form's fields, as typed; the figures follow only when Apply is pressed.
  const [form, setForm] = useState<Range>(() => rangeFromAddress() ?? { from: '', to: '', tz: 'UTC' });
  const [stats, setStats] = useState<Stats | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The request in flight: a newer range aborts it, so an old answer never overwrites a new one. */
  const inFlight = useRef<AbortController | null>(null);

  const load = (range: Range) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setStats(null);
    setError(null);
    setLoading(true);
    loadStats(range, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setStats(result);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure instanceof ApiError ? failure.message : 'Something went wrong. Try again.');
        setLoading(false);
      },
    );
  };

  useEffect(() => {
    // The range of the address the page opened with, and of every Back and Forward.
    const show = () => {
      const range = rangeFromAddress();
      if (range) {
        setForm(range);
        load(range);
      } else {
        inFlight.current?.abort();
        setForm({ from: '', to: '', tz: 'UTC' });
        setStats(null);
        setLoading(false);
      }
    };
    show();
    window.addEventListener('popstate', show);
    return () => {
      window.removeEventListener('popstate', show);
      // StrictMode mounts twice in development, and a closed page needs no answer.
      inFlight.current?.abort();
    };
  }, []);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!form.from || !form.to) {
      setError('Choose both dates: From and To.');
      return;
    }
    // Dates written YYYY-MM-DD compare as strings in calendar order.
    if (form.to < form.from) {
      setError('"To" must not be before "From".');
      return;
    }
    pushRange(form);
    load(form);
  };

  const zones = ZONES.includes(form.tz) ? ZONES : [...ZONES, form.tz];
  const empty = stats !== null && stats.summary.totalEvents === 0;
  const status = loading
    ? 'Loading…'
    : error && !stats
      ? 'No figures to show.'
      : !stats
        ? 'Choose a date range and press Apply.'
        : empty
          ? 'No events in this range.'
          : `${stats.summary.totalEvents} events from ${stats.summary.from} to ${stats.summary.to} (${stats.summary.tz}).`;

  return (
    <main>
      <h1>Analytics</h1>
      <form className="range" onSubmit={apply}>
        <label>
          From
          <input type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        </label>
        <label>
          To
          <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </label>
        <label>
          Time zone
          <select value={form.tz} onChange={(e) => setForm({ ...form, tz: e.target.value })}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Apply</button>
      </form>
      {error && <p role="alert">{error}</p>}
      <p role="status">{status}</p>
      {(loading || stats) && <Kpis summary={stats?.summary ?? null} loading={loading} />}
      {stats && !empty && (
        <figure>
          <DailyChart daily={stats.daily} />
          <DailyTable daily={stats.daily} />
        </figure>
      )}
    </main>
  );
}
