// The open note: what its textboxes hold (the draft), the note as the server last answered (its
// version above all), the autosave timer, the preview, and a version conflict when one happens.
//
// Timers and answers arrive after the render that started them, so they read refs, which always
// hold the latest values; state holds the same values for rendering. Reading state from inside a
// timer would give it the draft and the version of an old render: a save with a stale version
// would then conflict with the page's own previous save.
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, type Note } from './api.js';

/** How long typing must pause before the page saves (SPEC.md, Task 5). */
export const SAVE_DELAY_MS = 800;

export interface Draft {
  title: string;
  body: string;
}

export type SaveStatus = 'saved' | 'unsaved' | 'saving';

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong. Your changes are kept here.';
}

export function useNoteEditor(onServerCopy: (note: Note) => void) {
  const [server, setServer] = useState<Note | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [previewHtml, setPreviewHtml] = useState('');

  const serverRef = useRef<Note | null>(null);
  const draftRef = useRef<Draft | null>(null);
  const conflictRef = useRef<Note | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The saves, one after another: each starts when the one before it has its answer. */
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Numbers the preview requests: an answer that is not the latest request's is dropped. */
  const previewSeq = useRef(0);
  const onServerCopyRef = useRef(onServerCopy);
  onServerCopyRef.current = onServerCopy;

  useEffect(() => () => clearTimeout(timer.current), []);

  const putServer = (note: Note | null) => {
    serverRef.current = note;
    setServer(note);
  };
  const putDraft = (next: Draft | null) => {
    draftRef.current = next;
    setDraft(next);
  };
  const putConflict = (theirs: Note | null) => {
    conflictRef.current = theirs;
    setConflict(theirs);
  };

  const refreshPreview = (body: string) => {
    const seq = ++previewSeq.current;
    api.preview(body).then(
      (html) => {
        if (seq === previewSeq.current) setPreviewHtml(html);
      },
      // A preview that fails keeps the last one: the note itself is not at risk.
      () => undefined,
    );
  };

  const saveNow = async (): Promise<boolean> => {
    const note = serverRef.current;
    const mine = draftRef.current;
    if (!note || !mine) return true;
    // While a conflict waits for the user's choice, saving would only conflict again.
    if (conflictRef.current) return false;
    if (mine.title === note.title && mine.body === note.body) return true;
    setSaving(true);
    try {
      const saved = await api.save(note.id, { ...mine, version: note.version });
      if (serverRef.current?.id === saved.id) putServer(saved);
      onServerCopyRef.current(saved);
      setError(null);
      return true;
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'version_conflict' && failure.current) {
        setError(null);
        putConflict(failure.current);
      } else {
        setError(messageOf(failure));
      }
      return false;
    } finally {
      setSaving(false);
    }
  };

  /** Saves the draft now, after any save already on its way. Answers whether it is saved. */
  const save = (): Promise<boolean> => {
    clearTimeout(timer.current);
    const next = queue.current.then(saveNow);
    queue.current = next;
    return next;
  };

  /** A keystroke: the draft changes at once, the save and the preview wait for a pause (debounce). */
  const edit = (change: Partial<Draft>) => {
    const current = draftRef.current;
    if (!current) return;
    const next = { ...current, ...change };
    putDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void save();
      refreshPreview(next.body);
    }, SAVE_DELAY_MS);
  };

  /** Opens a note, after saving the open one's changes (at once: no waiting for the pause). */
  const open = async (note: Note): Promise<boolean> => {
    if (!(await save())) return false;
    putServer(note);
    putDraft({ title: note.title, body: note.body });
    putConflict(null);
    setError(null);
    setPreviewHtml('');
    refreshPreview(note.body);
    return true;
  };

  /** 409, "Keep mine": my text again, based on the version the server has now. */
  const keepMine = () => {
    const theirs = conflictRef.current;
    if (!theirs) return;
    putServer(theirs);
    putConflict(null);
    void save();
  };

  /** 409, "Use theirs": the server's note replaces my draft; nothing is sent. */
  const useTheirs = () => {
    const theirs = conflictRef.current;
    if (!theirs) return;
    clearTimeout(timer.current);
    putServer(theirs);
    putDraft({ title: theirs.title, body: theirs.body });
    putConflict(null);
    setError(null);
    onServerCopyRef.current(theirs);
    refreshPreview(theirs.body);
  };

  const dirty = draft !== null && server !== null && (draft.title !== server.title || draft.body !== server.body);
  const status: SaveStatus = saving ? 'saving' : dirty ? 'unsaved' : 'saved';

  return { openId: server?.id ?? null, draft, status, conflict, error, previewHtml, edit, open, save, keepMine, useTheirs };
}
