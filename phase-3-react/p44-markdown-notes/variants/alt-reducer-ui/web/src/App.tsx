// Another page: one reducer holds everything; the autosave is an effect that re-arms on every
// change of the text (its clean-up clears the previous timer), and stays off while a save is on
// its way or a conflict is open. Divs with ARIA roles instead of lists and sections.
import { useEffect, useReducer, useRef } from 'react';
import { client, type NoteDoc } from './notes-client.js';

interface State {
  docs: NoteDoc[] | undefined;
  failure: string;
  doc: NoteDoc | undefined; // the server's copy of the open note
  title: string;
  body: string;
  busy: boolean;
  theirs: NoteDoc | undefined;
  html: string;
}

type Action =
  | { type: 'loaded'; docs: NoteDoc[] }
  | { type: 'failed'; message: string }
  | { type: 'open'; doc: NoteDoc }
  | { type: 'created'; doc: NoteDoc }
  | { type: 'type'; title?: string; body?: string }
  | { type: 'busy' }
  | { type: 'stored'; doc: NoteDoc }
  | { type: 'conflict'; theirs: NoteDoc }
  | { type: 'mine' }
  | { type: 'theirs' }
  | { type: 'html'; html: string };

const initial: State = { docs: undefined, failure: '', doc: undefined, title: '', body: '', busy: false, theirs: undefined, html: '' };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { ...state, docs: action.docs };
    case 'failed':
      return { ...state, docs: state.docs ?? [], failure: action.message, busy: false };
    case 'open':
      return { ...state, doc: action.doc, title: action.doc.title, body: action.doc.body, theirs: undefined, failure: '', html: '' };
    case 'created':
      return { ...state, docs: [action.doc, ...(state.docs ?? [])] };
    case 'type':
      return { ...state, title: action.title ?? state.title, body: action.body ?? state.body };
    case 'busy':
      return { ...state, busy: true };
    case 'stored':
      return {
        ...state,
        busy: false,
        failure: '',
        doc: state.doc?.id === action.doc.id ? action.doc : state.doc,
        docs: (state.docs ?? []).map((d) => (d.id === action.doc.id ? action.doc : d)),
      };
    case 'conflict':
      return { ...state, busy: false, theirs: action.theirs };
    case 'mine':
      return { ...state, doc: state.theirs, theirs: undefined };
    case 'theirs':
      return state.theirs
        ? { ...state, doc: state.theirs, title: state.theirs.title, body: state.theirs.body, theirs: undefined, docs: (state.docs ?? []).map((d) => (d.id === state.theirs!.id ? state.theirs! : d)) }
        : state;
    case 'html':
      return { ...state, html: action.html };
  }
}

export function App() {
  const [state, dispatch] = useReducer(reducer, initial);
  const latest = useRef(state);
  latest.current = state;
  const previewed = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    void client.all().then((r) => {
      if (!live) return;
      if (r.ok) dispatch({ type: 'loaded', docs: r.data.items });
      else dispatch({ type: 'failed', message: `Notes could not be loaded: ${r.message}` });
    });
    return () => {
      live = false;
    };
  }, []);

  const preview = (body: string) => {
    previewed.current = body;
    void client.render(body).then((r) => {
      if (r.ok && previewed.current === body) dispatch({ type: 'html', html: r.data.html });
    });
  };

  /** Saves what the textboxes hold now; answers whether the server has it. */
  const store = async (): Promise<boolean> => {
    const s = latest.current;
    if (!s.doc || s.theirs) return !s.theirs;
    if (s.title === s.doc.title && s.body === s.doc.body) return true;
    dispatch({ type: 'busy' });
    const r = await client.put(s.doc, s.title, s.body);
    if (r.ok) {
      dispatch({ type: 'stored', doc: r.data });
      return true;
    }
    if (r.conflict) dispatch({ type: 'conflict', theirs: r.conflict });
    else dispatch({ type: 'failed', message: r.message });
    return false;
  };

  const dirty = state.doc !== undefined && (state.title !== state.doc.title || state.body !== state.doc.body);

  // The debounce: every change of the text re-runs this effect, whose clean-up clears the timer.
  useEffect(() => {
    if (!dirty || state.busy || state.theirs) return;
    const timer = setTimeout(() => void store(), 800);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.title, state.body, dirty, state.busy, state.theirs]);

  useEffect(() => {
    if (!state.doc || previewed.current === state.body) return;
    const body = state.body;
    const timer = setTimeout(() => preview(body), 800);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.body, state.doc?.id]);

  const open = async (doc: NoteDoc) => {
    if (latest.current.busy) return;
    if (!(await store())) return;
    dispatch({ type: 'open', doc });
    preview(doc.body);
  };

  const create = async () => {
    if (!(await store())) return;
    const r = await client.make();
    if (!r.ok) return dispatch({ type: 'failed', message: r.message });
    dispatch({ type: 'created', doc: r.data });
    dispatch({ type: 'open', doc: r.data });
    preview(r.data.body);
  };

  const keepMine = () => {
    dispatch({ type: 'mine' });
    // The reducer's new state is not in `latest` until the next render: save from it directly.
    const s = latest.current;
    if (!s.theirs) return;
    latest.current = { ...s, doc: s.theirs, theirs: undefined };
    void store();
  };

  const useTheirs = () => {
    const theirs = latest.current.theirs;
    dispatch({ type: 'theirs' });
    if (theirs) preview(theirs.body);
  };

  let statusLine: string;
  if (state.docs === undefined) statusLine = 'Loading…';
  else if (!state.doc) statusLine = state.docs.length ? `${state.docs.length} notes` : 'No notes here yet';
  else statusLine = state.busy ? 'Saving…' : dirty ? 'Unsaved changes' : 'All changes saved';

  return (
    <div>
      <h1>Notes</h1>
      <button onClick={() => void create()}>New note</button>
      <div role="list" aria-label="Notes">
        {(state.docs ?? []).map((d) => (
          <div role="listitem" key={d.id}>
            <button onClick={() => void open(d)}>{d.title.trim() ? d.title : 'Untitled'}</button>
          </div>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {statusLine}
      </div>
      {state.theirs ? (
        <div role="alert">
          Someone else saved this note (version {state.theirs.version}).
          <button onClick={keepMine}>Keep mine</button>
          <button onClick={useTheirs}>Use theirs</button>
        </div>
      ) : state.failure ? (
        <div role="alert">{state.failure}</div>
      ) : null}
      {state.doc && (
        <>
          <input aria-label="Title" value={state.title} onChange={(e) => dispatch({ type: 'type', title: e.target.value })} />
          <textarea aria-label="Body" value={state.body} onChange={(e) => dispatch({ type: 'type', body: e.target.value })} />
          <h2 id="preview-heading">Preview</h2>
          <div role="region" aria-labelledby="preview-heading" dangerouslySetInnerHTML={{ __html: state.html }} />
        </>
      )}
    </div>
  );
}
