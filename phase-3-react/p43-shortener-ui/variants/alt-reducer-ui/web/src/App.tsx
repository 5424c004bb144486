// Another page for the same contract: one component, a reducer instead of useState, its own
// small fetch helper, ARIA roles on divs instead of ul/li, a hint on "Long URL" besides its
// error (aria-describedby lists both), bars instead of a line, and labels by aria-labelledby.
import { useEffect, useReducer, type FormEvent } from 'react';

type Link = { code: string; url: string; shortUrl: string; alias: string | null; clicks: number; createdAt: string };
type Stats = { code: string; days: number; total: number; daily: { day: string; clicks: number }[] };
type Problem = { field: string; message: string };

type Answer<T> = { ok: true; data: T } | { ok: false; message: string; problems: Problem[] };

async function call<T>(path: string, init?: { method: string; json: unknown }): Promise<Answer<T>> {
  try {
    const res = await fetch(path, init ? { method: init.method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.json) } : undefined);
    const body = (await res.json().catch(() => null)) as { error?: { message?: string; details?: Problem[] } } | null;
    if (res.ok) return { ok: true, data: body as T };
    return { ok: false, message: body?.error?.message || `Error ${res.status}`, problems: Array.isArray(body?.error?.details) ? body!.error!.details! : [] };
  } catch {
    return { ok: false, message: 'The network is down.', problems: [] };
  }
}

interface State {
  links: Link[] | 'loading';
  pageError: string;
  url: string;
  alias: string;
  busy: boolean;
  urlProblem: string;
  aliasProblem: string;
  formError: string;
  latest: Link | null;
  copied: boolean;
  chart: { code: string; stats?: Stats } | null;
}

type Action =
  | { type: 'loaded'; links: Link[] }
  | { type: 'page-error'; message: string }
  | { type: 'typed'; field: 'url' | 'alias'; value: string }
  | { type: 'sending' }
  | { type: 'created'; link: Link }
  | { type: 'refused'; message: string; problems: Problem[] }
  | { type: 'copied'; ok: boolean }
  | { type: 'chart'; code: string; stats?: Stats }
  | { type: 'chart-failed'; message: string };

const initial: State = { links: 'loading', pageError: '', url: '', alias: '', busy: false, urlProblem: '', aliasProblem: '', formError: '', latest: null, copied: false, chart: null };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { ...state, links: action.links };
    case 'page-error':
      return { ...state, links: state.links === 'loading' ? [] : state.links, pageError: action.message };
    case 'typed':
      return { ...state, [action.field]: action.value };
    case 'sending':
      return { ...state, busy: true, urlProblem: '', aliasProblem: '', formError: '' };
    case 'created':
      return { ...state, busy: false, url: '', alias: '', latest: action.link, copied: false, links: [action.link, ...(state.links === 'loading' ? [] : state.links)] };
    case 'refused': {
      const about = (field: string) => action.problems.filter((p) => p.field === field).map((p) => p.message).join('; ');
      const urlProblem = about('url');
      const aliasProblem = about('alias');
      return { ...state, busy: false, urlProblem, aliasProblem, formError: urlProblem || aliasProblem ? '' : action.message };
    }
    case 'copied':
      return action.ok ? { ...state, copied: true } : { ...state, copied: false, pageError: 'Copying failed; copy the link by hand.' };
    case 'chart':
      return { ...state, pageError: '', chart: { code: action.code, ...(action.stats ? { stats: action.stats } : {}) } };
    case 'chart-failed':
      return { ...state, chart: null, pageError: action.message };
  }
}

function describe(stats: Stats): string {
  const sum = stats.daily.reduce((n, d) => n + d.clicks, 0);
  if (sum === 0) return `no clicks in the last ${stats.days} days.`;
  const top = Math.max(...stats.daily.map((d) => d.clicks));
  const first = stats.daily.find((d) => d.clicks === top)!;
  return `${sum} click${sum === 1 ? '' : 's'} in the last ${stats.days} days, most on ${first.day}.`;
}

function Bars({ stats }: { stats: Stats }) {
  const top = Math.max(1, ...stats.daily.map((d) => d.clicks));
  return (
    <svg role="img" aria-label={describe(stats)} viewBox="0 0 70 20" width="140" height="40">
      {stats.daily.map((d, i) => (
        <rect key={d.day} x={i * 10 + 1} width="8" y={20 - (d.clicks / top) * 20} height={(d.clicks / top) * 20} />
      ))}
    </svg>
  );
}

export function App() {
  const [s, dispatch] = useReducer(reducer, initial);

  useEffect(() => {
    let live = true;
    void call<{ items: Link[] }>('/api/links').then((a) => {
      if (!live) return;
      if (a.ok) dispatch({ type: 'loaded', links: a.data.items });
      else dispatch({ type: 'page-error', message: `Loading failed: ${a.message}` });
    });
    return () => {
      live = false;
    };
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    dispatch({ type: 'sending' });
    const a = await call<Link>('/api/links', { method: 'POST', json: s.alias ? { url: s.url, alias: s.alias } : { url: s.url } });
    if (a.ok) dispatch({ type: 'created', link: a.data });
    else dispatch({ type: 'refused', message: a.message, problems: a.problems });
  }

  async function copy(link: Link) {
    try {
      await navigator.clipboard.writeText(link.shortUrl);
      dispatch({ type: 'copied', ok: true });
    } catch {
      dispatch({ type: 'copied', ok: false });
    }
  }

  async function chart(code: string) {
    dispatch({ type: 'chart', code });
    const a = await call<Stats>(`/api/links/${code}/stats?days=7`);
    if (a.ok) dispatch({ type: 'chart', code, stats: a.data });
    else dispatch({ type: 'chart-failed', message: a.message });
  }

  const links = s.links === 'loading' ? null : s.links;
  return (
    <div>
      <h1>Short links</h1>
      <form onSubmit={submit} aria-label="Shorten a URL">
        <span id="lbl-url">Long URL</span>
        <input aria-labelledby="lbl-url" value={s.url} onChange={(e) => dispatch({ type: 'typed', field: 'url', value: e.target.value })} aria-invalid={s.urlProblem ? 'true' : 'false'} aria-describedby={s.urlProblem ? 'hint-url err-url' : 'hint-url'} />
        <small id="hint-url">For example https://example.com/page</small>
        {s.urlProblem && (
          <span id="err-url" role="alert">
            Long URL {s.urlProblem}
          </span>
        )}
        <span id="lbl-alias">Custom alias</span>
        <input aria-labelledby="lbl-alias" value={s.alias} onChange={(e) => dispatch({ type: 'typed', field: 'alias', value: e.target.value })} aria-invalid={s.aliasProblem ? 'true' : 'false'} aria-describedby={s.aliasProblem ? 'err-alias' : undefined} />
        {s.aliasProblem && (
          <span id="err-alias" role="alert">
            Alias {s.aliasProblem}
          </span>
        )}
        <input type="submit" value="Shorten" disabled={s.busy} />
        <div role="alert">{s.formError}</div>
      </form>
      {s.latest && (
        <div>
          New: <a href={s.latest.shortUrl}>{s.latest.shortUrl}</a>
          <button type="button" aria-label="Copy link" onClick={() => void copy(s.latest!)}>
            📋
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {s.copied ? 'Link copied to the clipboard' : ''}
      </div>
      {s.pageError && <div role="alert">{s.pageError}</div>}
      <div role="status">{links === null ? 'Loading…' : links.length === 0 ? 'No links to show.' : ''}</div>
      <h2 id="links-heading">Links</h2>
      {links && links.length > 0 && (
        <div role="list" aria-labelledby="links-heading">
          {links.map((l) => (
            <div role="listitem" key={l.code}>
              <a href={l.shortUrl}>{l.shortUrl}</a> → {l.url} ({l.clicks})
              <button type="button" aria-label={`Stats for ${l.code}`} onClick={() => void chart(l.code)}>
                📈
              </button>
              {s.chart?.code === l.code && s.chart.stats && <Bars stats={s.chart.stats} />}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
