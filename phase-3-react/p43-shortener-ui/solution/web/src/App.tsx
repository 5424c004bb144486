// The shortener page: a form that creates short links (the server's refusals shown at their
// fields), the new link with a "Copy link" button, and the list of links, each with its clicks
// of the last 7 days as a sparkline.
import { useEffect, useState } from 'react';
import { api, ApiError, type Link, type Stats } from './api.js';
import { ShortenForm } from './shorten-form.js';
import { Sparkline } from './sparkline.js';

const STATS_DAYS = 7;

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
}

/** The stats of the link whose button was pressed last: null while they load. */
interface OpenStats {
  code: string;
  stats: Stats | null;
}

export function App() {
  /** null until the first list arrives: the loading state. */
  const [links, setLinks] = useState<Link[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Link | null>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const [open, setOpen] = useState<OpenStats | null>(null);

  useEffect(() => {
    let current = true;
    api.list().then(
      (items) => current && setLinks(items),
      (failure: unknown) => {
        if (!current) return;
        setLinks([]);
        setError(`Could not load your links. ${messageOf(failure)}`);
      },
    );
    // StrictMode runs effects twice in development: only the last run may set state.
    return () => {
      current = false;
    };
  }, []);

  const onCreated = (link: Link) => {
    setCreated(link);
    setCopyStatus('');
    // Newest first, as the API lists them.
    setLinks((list) => [link, ...(list ?? [])]);
  };

  const copy = async (link: Link) => {
    try {
      await navigator.clipboard.writeText(link.shortUrl);
      setCopyStatus('Copied');
    } catch {
      // No clipboard (an old browser, a page not served over https) or permission refused.
      setCopyStatus('');
      setError('Could not copy the link: select it and copy it by hand.');
    }
  };

  const showStats = async (code: string) => {
    setError(null);
    setOpen({ code, stats: null });
    try {
      const stats = await api.stats(code, STATS_DAYS);
      // Only if the user has not opened another link's stats meanwhile.
      setOpen((now) => (now?.code === code ? { code, stats } : now));
    } catch (failure) {
      setOpen((now) => (now?.code === code ? null : now));
      setError(`Could not load the stats of ${code}. ${messageOf(failure)}`);
    }
  };

  const status = links === null ? 'Loading links…' : links.length === 0 ? 'No links yet.' : `${links.length} ${links.length === 1 ? 'link' : 'links'}.`;

  return (
    <main>
      <h1>Short links</h1>
      <ShortenForm onCreated={onCreated} />
      {created && (
        <section aria-label="New short link">
          <a href={created.shortUrl}>{created.shortUrl}</a> <button type="button" onClick={() => void copy(created)}>Copy link</button>
        </section>
      )}
      {/* Always in the page, so that screen readers hear it change to "Copied". */}
      <p role="status" className="copy-status">
        {copyStatus}
      </p>
      {error && <p role="alert">{error}</p>}
      <p role="status">{status}</p>
      {links && links.length > 0 && (
        <ul aria-label="Links">
          {links.map((link) => (
            <li key={link.code}>
              <a href={link.shortUrl}>{link.shortUrl}</a>
              {/* The long URL is text: React escapes it, so markup in it never becomes elements. */}
              <span className="long-url">{link.url}</span>
              <button type="button" onClick={() => void showStats(link.code)}>
                Stats for {link.code}
              </button>
              {open?.code === link.code && (open.stats ? <Sparkline stats={open.stats} /> : <span>Loading stats…</span>)}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
