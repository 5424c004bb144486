// Another dashboard: one component, a reducer, a sequence number instead of AbortController, text
// inputs tied to labels with htmlFor, ARIA roles on divs, a chart of divs, money through Intl.
import { useEffect, useReducer, useRef } from 'react';
import { fetchAll, type DayLine, type Kpis, type Query } from './stats-client.js';

type State = {
  draft: Query;
  phase: 'idle' | 'loading' | 'done' | 'failed';
  kpis: Kpis | null;
  days: DayLine[];
  problem: string;
};

type Action =
  | { type: 'edit'; field: keyof Query; value: string }
  | { type: 'set'; query: Query }
  | { type: 'reset' }
  | { type: 'start' }
  | { type: 'done'; kpis: Kpis; days: DayLine[] }
  | { type: 'failed'; problem: string }
  | { type: 'problem'; problem: string };

const blank: Query = { from: '', to: '', tz: 'UTC' };
const initial: State = { draft: blank, phase: 'idle', kpis: null, days: [], problem: '' };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'edit':
      return { ...state, draft: { ...state.draft, [action.field]: action.value } };
    case 'set':
      return { ...state, draft: action.query };
    case 'reset':
      return initial;
    case 'start':
      return { ...state, phase: 'loading', problem: '', kpis: null, days: [] };
    case 'done':
      return { ...state, phase: 'done', kpis: action.kpis, days: action.days };
    case 'failed':
      return { ...state, phase: 'failed', problem: action.problem };
    case 'problem':
      return { ...state, problem: action.problem };
  }
}

const zoneList = ['UTC', 'Europe/London', 'America/New_York', 'America/Chicago', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland'];
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });

function readQuery(): Query | null {
  const p = new URLSearchParams(location.search);
  const from = p.get('from') ?? '';
  const to = p.get('to') ?? '';
  return from && to ? { from, to, tz: p.get('tz') ?? 'UTC' } : null;
}

export function App() {
  const [state, dispatch] = useReducer(reducer, initial);
  const seq = useRef(0);

  async function run(q: Query) {
    const mine = ++seq.current;
    dispatch({ type: 'start' });
    try {
      const result = await fetchAll(q);
      if (mine === seq.current) dispatch({ type: 'done', ...result });
    } catch (e) {
      if (mine === seq.current) dispatch({ type: 'failed', problem: e instanceof TypeError ? 'The server cannot be reached.' : (e as Error).message });
    }
  }

  useEffect(() => {
    const sync = () => {
      const q = readQuery();
      if (q) {
        dispatch({ type: 'set', query: q });
        void run(q);
      } else {
        seq.current += 1;
        dispatch({ type: 'reset' });
      }
    };
    sync();
    window.addEventListener('popstate', sync);
    return () => {
      seq.current += 1;
      window.removeEventListener('popstate', sync);
    };
  }, []);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const q = state.draft;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(q.from) || !/^\d{4}-\d{2}-\d{2}$/.test(q.to)) return dispatch({ type: 'problem', problem: 'Write both dates as YYYY-MM-DD.' });
    if (q.from > q.to) return dispatch({ type: 'problem', problem: 'The range ends before it starts.' });
    history.pushState(q, '', `?from=${q.from}&to=${q.to}&tz=${encodeURIComponent(q.tz)}`);
    void run(q);
  }

  const busy = state.phase === 'loading';
  const empty = state.phase === 'done' && state.kpis?.totalEvents === 0;
  const max = Math.max(1, ...state.days.map((d) => d.events));
  const zones = zoneList.includes(state.draft.tz) ? zoneList : [state.draft.tz, ...zoneList];

  return (
    <div className="page">
      <h1>Analytics</h1>
      <form onSubmit={submit}>
        <div>
          <label htmlFor="f-from">From</label>
          <input id="f-from" placeholder="YYYY-MM-DD" value={state.draft.from} onChange={(e) => dispatch({ type: 'edit', field: 'from', value: e.target.value })} />
        </div>
        <div>
          <label htmlFor="f-to">To</label>
          <input id="f-to" placeholder="YYYY-MM-DD" value={state.draft.to} onChange={(e) => dispatch({ type: 'edit', field: 'to', value: e.target.value })} />
        </div>
        <div>
          <label htmlFor="f-tz">Time zone</label>
          <select id="f-tz" value={state.draft.tz} onChange={(e) => dispatch({ type: 'edit', field: 'tz', value: e.target.value })}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replace('_', ' ')}
              </option>
            ))}
          </select>
        </div>
        <button>Apply</button>
      </form>
      {state.problem !== '' && <div role="alert">{state.problem}</div>}
      <div role="status" aria-live="polite">
        {busy ? 'Loading the figures…' : empty ? 'No events in this range' : state.phase === 'idle' ? 'Pick a range.' : ''}
      </div>
      {state.phase !== 'idle' && (
        <div role="region" aria-label="Key figures" aria-busy={busy ? 'true' : undefined}>
          {[
            ['Total events', state.kpis ? String(state.kpis.totalEvents) : ''],
            ['Unique users', state.kpis ? String(state.kpis.uniqueUsers) : ''],
            ['Revenue', state.kpis ? money.format(state.kpis.revenueCents / 100) : ''],
          ].map(([label, value]) => (
            <div key={label} role="region" aria-label={label}>
              <strong>{value || '░░░'}</strong> <span>{label}</span>
            </div>
          ))}
        </div>
      )}
      {state.phase === 'done' && !empty && (
        <>
          <div role="img" aria-label={`Events per day from ${state.days[0]?.date} to ${state.days.at(-1)?.date}`} className="bars">
            {state.days.map((d) => (
              <div key={d.date} style={{ height: `${(d.events / max) * 100}%` }} />
            ))}
          </div>
          <table aria-label="Events per day">
            <thead>
              <tr>
                <th>Date</th>
                <th>Events</th>
                <th>Users</th>
                <th>Revenue</th>
              </tr>
            </thead>
            <tbody>
              {state.days.map((d) => (
                <tr key={d.date}>
                  <td role="rowheader">{d.date}</td>
                  <td>{d.events}</td>
                  <td>{d.users}</td>
                  <td>{money.format(d.revenueCents / 100)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
