// Another page for the same API: one reducer holds everything; the lightbox is a native <dialog>.
import { useEffect, useReducer, useRef, type FormEvent, type KeyboardEvent } from 'react';

type Image = { id: number; title: string; url: string };

type State = { images: Image[] | null; failed: boolean; error: string; progress: number | null; busy: boolean; open: number | null; opener: number | null };
type Action =
  | { type: 'loaded'; images: Image[] }
  | { type: 'loadFailed'; message: string }
  | { type: 'start' }
  | { type: 'progress'; percent: number }
  | { type: 'added'; image: Image }
  | { type: 'refused'; message: string }
  | { type: 'open'; index: number }
  | { type: 'move'; by: number }
  | { type: 'close' };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { ...state, images: action.images };
    case 'loadFailed':
      return { ...state, failed: true, error: action.message };
    case 'start':
      return { ...state, busy: true, error: '', progress: 0 };
    case 'progress':
      return { ...state, progress: action.percent };
    case 'added':
      return { ...state, busy: false, progress: 100, images: [action.image, ...(state.images ?? [])] };
    case 'refused':
      return { ...state, busy: false, error: action.message };
    case 'open':
      return { ...state, open: action.index, opener: state.images?.[action.index]?.id ?? null };
    case 'move': {
      if (state.open === null || !state.images) return state;
      const next = state.open + action.by;
      return next < 0 || next >= state.images.length ? state : { ...state, open: next };
    }
    case 'close':
      return { ...state, open: null };
  }
}

function errorText(text: string, status: number): string {
  try {
    const message = (JSON.parse(text) as { error?: { message?: string } }).error?.message;
    if (message) return message;
  } catch {
    /* not JSON */
  }
  return `Refused with HTTP ${status}.`;
}

export function App() {
  const [state, dispatch] = useReducer(reducer, { images: null, failed: false, error: '', progress: null, busy: false, open: null, opener: null });
  const thumbs = useRef(new Map<number, HTMLButtonElement>());
  const dialogRef = useRef<HTMLDialogElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    fetch('/api/images')
      .then(async (res) => {
        const body = (await res.json()) as { items?: Image[]; error?: { message?: string } };
        if (!res.ok || !body.items) throw new Error(body.error?.message ?? 'The gallery did not load.');
        dispatch({ type: 'loaded', images: body.items });
      })
      .catch((e: unknown) => dispatch({ type: 'loadFailed', message: e instanceof Error ? e.message : 'The gallery did not load.' }));
  }, []);

  useEffect(() => {
    if (state.open !== null && !wasOpen.current) dialogRef.current?.focus();
    if (state.open === null && wasOpen.current && state.opener !== null) thumbs.current.get(state.opener)?.focus();
    wasOpen.current = state.open !== null;
  }, [state.open, state.opener]);

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    dispatch({ type: 'start' });
    const xhr = new XMLHttpRequest();
    xhr.upload.onprogress = (e) => dispatch({ type: 'progress', percent: e.total ? Math.floor((e.loaded * 100) / e.total) : 0 });
    xhr.onload = () => {
      if (xhr.status === 201) {
        dispatch({ type: 'added', image: JSON.parse(xhr.responseText) as Image });
        form.reset();
      } else dispatch({ type: 'refused', message: errorText(xhr.responseText, xhr.status) });
    };
    xhr.onerror = () => dispatch({ type: 'refused', message: 'Network error: nothing was uploaded.' });
    xhr.open('POST', '/api/images');
    xhr.send(data);
  }

  function onKey(event: KeyboardEvent) {
    if (event.key === 'ArrowRight') dispatch({ type: 'move', by: 1 });
    else if (event.key === 'ArrowLeft') dispatch({ type: 'move', by: -1 });
    else if (event.key === 'Escape') {
      event.preventDefault();
      dispatch({ type: 'close' });
    }
  }

  const { images, open } = state;
  const shown = open !== null && images ? images[open] : undefined;
  return (
    <div>
      <h1>Pottery gallery</h1>
      <form onSubmit={send}>
        <label htmlFor="alt-file">Image</label>
        <input id="alt-file" type="file" name="file" />
        <label htmlFor="alt-title">Title</label>
        <input id="alt-title" name="title" defaultValue="" />
        <button disabled={state.busy}>Upload</button>
      </form>
      {state.progress !== null && <div role="progressbar" aria-label="Upload progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={state.progress}>{state.progress}%</div>}
      {state.error && <div role="alert">{state.error}</div>}
      <div role="status">{images === null ? (state.failed ? 'Gallery unavailable.' : 'Loading…') : images.length === 0 ? 'No images here.' : ''}</div>
      {images && images.length > 0 && (
        <ol aria-label="Gallery">
          {images.map((image, index) => (
            <li key={image.id}>
              <button
                type="button"
                ref={(el) => {
                  if (el) thumbs.current.set(image.id, el);
                  else thumbs.current.delete(image.id);
                }}
                onClick={() => dispatch({ type: 'open', index })}
              >
                <img src={image.url} alt={image.title} width={120} />
              </button>
            </li>
          ))}
        </ol>
      )}
      {shown && images && (
        <dialog open aria-modal="true" aria-label={shown.title} ref={dialogRef} tabIndex={-1} onKeyDown={onKey}>
          <img src={shown.url} alt={shown.title} />
          <button type="button" disabled={open === 0} onClick={() => dispatch({ type: 'move', by: -1 })}>Previous</button>
          <button type="button" disabled={open === images.length - 1} onClick={() => dispatch({ type: 'move', by: 1 })}>Next</button>
          <button type="button" onClick={() => dispatch({ type: 'close' })}>Close</button>
        </dialog>
      )}
    </div>
  );
}
