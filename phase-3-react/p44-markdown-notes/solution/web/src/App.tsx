// The notes page: a list of notes, and an editor for the open one that saves by itself when typing
// pauses, says whether everything is saved, previews the Markdown as the server renders it (safe
// HTML), and lets its user settle a version conflict.
import { useEffect, useState } from 'react';
import { api, ApiError, type Note } from './api.js';
import { useNoteEditor } from './use-note-editor.js';

const STATUS_TEXT = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…' } as const;

/** What the list shows for a note: its title, or "Untitled" when the title is blank. */
function titleOf(note: Note): string {
  return note.title.trim() === '' ? 'Untitled' : note.title;
}

export function App() {
  /** null until the first list arrives: the loading state. */
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const editor = useNoteEditor((copy) => setNotes((list) => (list ?? []).map((n) => (n.id === copy.id ? copy : n))));

  useEffect(() => {
    let current = true;
    api.list().then(
      (items) => current && setNotes(items),
      (failure: unknown) => {
        if (!current) return;
        setNotes([]);
        setPageError(`Could not load your notes. ${failure instanceof ApiError ? failure.message : ''}`);
      },
    );
    // StrictMode runs effects twice in development: only the last run may set state.
    return () => {
      current = false;
    };
  }, []);

  const create = async () => {
    // The open note's changes first: a new note must not cost the old one its last words.
    if (!(await editor.save())) return;
    setCreating(true);
    setPageError(null);
    try {
      const note = await api.create();
      setNotes((list) => [note, ...(list ?? [])]);
      await editor.open(note);
    } catch (failure) {
      setPageError(failure instanceof ApiError ? failure.message : 'Could not create a note.');
    } finally {
      setCreating(false);
    }
  };

  const status =
    notes === null
      ? 'Loading notes…'
      : editor.draft
        ? STATUS_TEXT[editor.status]
        : notes.length === 0
          ? 'No notes yet. Press “New note” to write one.'
          : 'Choose a note to edit it.';
  const error = editor.error ?? pageError;

  return (
    <main>
      <h1>Notes</h1>
      <nav>
        <button type="button" onClick={() => void create()} disabled={creating}>
          New note
        </button>
        {notes && notes.length > 0 && (
          <ul aria-label="Notes">
            {notes.map((note) => (
              <li key={note.id}>
                {/* The title is text: React escapes it, so "<img ...>" shows as characters. */}
                <button type="button" aria-current={note.id === editor.openId ? 'true' : undefined} onClick={() => void editor.open(note)}>
                  {titleOf(note)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </nav>
      {editor.conflict ? (
        <div role="alert">
          <p>This note was changed somewhere else while you were writing. Which version do you want?</p>
          <button type="button" onClick={editor.keepMine}>
            Keep mine
          </button>
          <button type="button" onClick={editor.useTheirs}>
            Use theirs
          </button>
        </div>
      ) : (
        error && <p role="alert">{error}</p>
      )}
      <p role="status">{status}</p>
      {editor.draft && (
        <div className="editor">
          <label htmlFor="note-title">Title</label>
          <input id="note-title" value={editor.draft.title} onChange={(e) => editor.edit({ title: e.target.value })} />
          <label htmlFor="note-body">Body</label>
          <textarea id="note-body" rows={16} value={editor.draft.body} onChange={(e) => editor.edit({ body: e.target.value })} />
          {/* HTML from POST /api/preview only: the server sanitised it with an allow-list. Never
              put the user's own text here as HTML. */}
          <section aria-label="Preview" className="preview" dangerouslySetInnerHTML={{ __html: editor.previewHtml }} />
        </div>
      )}
    </main>
  );
}
