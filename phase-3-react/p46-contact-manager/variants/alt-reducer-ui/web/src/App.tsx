// Another page: one component and a reducer, a fetch wrapper that answers results instead of
// throwing, divs with ARIA roles for the list, an always-present hint on Phone (so its description
// is never empty), an error summary with links, and focus moved with flushSync right away.
import { useEffect, useReducer, useRef, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { validateContact, type ContactValues, type Problems } from './shared/contact-schema.js';

interface Contact extends ContactValues {
  id: number;
}
type Field = 'name' | 'email' | 'phone' | 'notes';
const ORDER: Field[] = ['name', 'email', 'phone', 'notes'];
const LABEL: Record<Field, string> = { name: 'Name', email: 'Email', phone: 'Phone', notes: 'Notes' };
type Draft = Record<Field, string>;
const BLANK: Draft = { name: '', email: '', phone: '', notes: '' };

type Result<T> = { ok: true; data: T } | { ok: false; message: string; problems: Problems };

async function call<T>(method: string, url: string, body?: unknown): Promise<Result<T>> {
  try {
    const res = await fetch(url, body === undefined ? { method } : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const data = res.status === 204 ? null : await res.json().catch(() => null);
    if (res.ok) return { ok: true, data: data as T };
    const problems: Problems = {};
    for (const d of Array.isArray(data?.error?.details) ? data.error.details : []) if (typeof d?.field === 'string') problems[d.field] ??= String(d.message);
    return { ok: false, message: String(data?.error?.message ?? `Error ${res.status}`), problems };
  } catch {
    return { ok: false, message: 'The network is down.', problems: {} };
  }
}

interface State {
  people: Contact[] | 'loading';
  banner: string;
  draft: Draft;
  editing: Contact | null;
  problems: Problems;
  formMessage: string;
  busy: boolean;
}

type Action =
  | { type: 'loaded'; people: Contact[] }
  | { type: 'banner'; text: string }
  | { type: 'type'; field: Field; value: string }
  | { type: 'busy' }
  | { type: 'refused'; problems: Problems; message: string }
  | { type: 'saved'; person: Contact }
  | { type: 'edit'; person: Contact | null }
  | { type: 'gone'; id: number };

const rank = (c: Contact) => c.name.replace(/[A-Z]/g, (x) => x.toLowerCase());
const ordered = (list: Contact[]) => [...list].sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : a.id - b.id));

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { ...state, people: action.people };
    case 'banner':
      return { ...state, banner: action.text };
    case 'type':
      return { ...state, draft: { ...state.draft, [action.field]: action.value } };
    case 'busy':
      return { ...state, busy: true, formMessage: '' };
    case 'refused':
      return { ...state, busy: false, problems: action.problems, formMessage: action.message };
    case 'saved': {
      const rest = state.people === 'loading' ? [] : state.people.filter((p) => p.id !== action.person.id);
      return { ...state, busy: false, people: ordered([...rest, action.person]), problems: {}, formMessage: '', draft: BLANK, editing: null, banner: '' };
    }
    case 'edit':
      return {
        ...state,
        editing: action.person,
        problems: {},
        formMessage: '',
        draft: action.person ? { name: action.person.name, email: action.person.email, phone: action.person.phone ?? '', notes: action.person.notes } : BLANK,
      };
    case 'gone':
      return { ...state, people: state.people === 'loading' ? state.people : state.people.filter((p) => p.id !== action.id), editing: state.editing?.id === action.id ? null : state.editing };
  }
}

export function App() {
  const [s, dispatch] = useReducer(reducer, { people: 'loading', banner: '', draft: BLANK, editing: null, problems: {}, formMessage: '', busy: false });
  const refs = useRef<Record<string, HTMLInputElement | HTMLTextAreaElement | null>>({});

  useEffect(() => {
    let live = true;
    void call<{ items: Contact[] }>('GET', '/api/contacts').then((r) => {
      if (!live) return;
      if (r.ok) dispatch({ type: 'loaded', people: r.data.items });
      else {
        dispatch({ type: 'loaded', people: [] });
        dispatch({ type: 'banner', text: `Loading failed: ${r.message}` });
      }
    });
    return () => {
      live = false;
    };
  }, []);

  const refuse = (problems: Problems, message: string) => {
    flushSync(() => dispatch({ type: 'refused', problems, message }));
    const first = ORDER.find((f) => problems[f]);
    if (first) refs.current[first]?.focus();
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = validateContact(s.draft);
    if (checked.problems) return refuse(checked.problems, '');
    dispatch({ type: 'busy' });
    const r = s.editing ? await call<Contact>('PUT', `/api/contacts/${s.editing.id}`, checked.values) : await call<Contact>('POST', '/api/contacts', checked.values);
    if (r.ok) dispatch({ type: 'saved', person: r.data });
    else refuse(r.problems, Object.keys(r.problems).length ? '' : r.message);
  };

  const remove = async (p: Contact) => {
    const r = await call<null>('DELETE', `/api/contacts/${p.id}`);
    if (r.ok) dispatch({ type: 'gone', id: p.id });
    else dispatch({ type: 'banner', text: r.message });
  };

  const problemList = ORDER.filter((f) => s.problems[f]);
  const showSummary = problemList.length > 0 || s.formMessage !== '';
  const formName = s.editing ? 'Edit contact' : 'New contact';

  return (
    <div>
      <h1>Contacts</h1>
      <form aria-label={formName} onSubmit={onSubmit} noValidate key={s.editing?.id ?? 'new'}>
        {showSummary && (
          <section role="alert" aria-label="There is a problem">
            {s.formMessage && <p>{s.formMessage}</p>}
            {problemList.map((f) => (
              <p key={f}>
                <a href={`#alt-${f}`}>{`${LABEL[f]}: ${s.problems[f]}`}</a>
              </p>
            ))}
          </section>
        )}
        {ORDER.map((f) => {
          const problem = s.problems[f];
          const described = [f === 'phone' ? 'alt-phone-hint' : '', problem ? `alt-${f}-problem` : ''].filter(Boolean).join(' ') || undefined;
          const common = {
            id: `alt-${f}`,
            value: s.draft[f],
            'aria-invalid': problem ? ('true' as const) : ('false' as const),
            'aria-describedby': described,
            onChange: (e: { target: { value: string } }) => dispatch({ type: 'type', field: f, value: e.target.value }),
          };
          return (
            <p key={f}>
              <label htmlFor={`alt-${f}`}>{LABEL[f]}</label>{' '}
              {f === 'notes' ? <textarea {...common} ref={(el) => void (refs.current[f] = el)} /> : <input {...common} ref={(el) => void (refs.current[f] = el)} />}
              {f === 'phone' && <small id="alt-phone-hint"> Optional.</small>}
              {problem && <strong id={`alt-${f}-problem`}> {problem}</strong>}
            </p>
          );
        })}
        <button disabled={s.busy}>{s.editing ? 'Save changes' : 'Add contact'}</button>
        {s.editing && (
          <button type="button" onClick={() => dispatch({ type: 'edit', person: null })}>
            Cancel
          </button>
        )}
      </form>
      {s.banner && <div role="alert">{s.banner}</div>}
      <div role="status">{s.people === 'loading' ? 'Loading…' : s.people.length ? `${s.people.length} saved` : 'No contacts here yet'}</div>
      {s.people !== 'loading' && s.people.length > 0 && (
        <div role="list" aria-label="Contacts">
          {s.people.map((p) => (
            <div role="listitem" key={p.id}>
              <span>{p.name}</span> — <span>{p.email}</span>
              <button type="button" aria-label={`Edit ${p.name}`} onClick={() => dispatch({ type: 'edit', person: p })}>
                ✎
              </button>
              <button type="button" aria-label={`Delete ${p.name}`} onClick={() => void remove(p)}>
                🗑
              </button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
