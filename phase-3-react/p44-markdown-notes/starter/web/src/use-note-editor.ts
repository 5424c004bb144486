// The open note: its draft, the note as the server last answered (its version), the autosave
// timer, the preview and a version conflict (SPEC.md, Tasks 4 to 6). A suggested structure: a
// hook that App.tsx uses; change it as you like.
//
// Timers and answers arrive after the render that started them. What they need to read (the
// latest draft, the latest version) belongs in refs (useRef) as well as in state.
import type { Note } from './api.js';

/** How long typing must pause before the page saves (SPEC.md, Task 5). */
export const SAVE_DELAY_MS = 800;

export interface Draft {
  title: string;
  body: string;
}

export type SaveStatus = 'saved' | 'unsaved' | 'saving';

export function useNoteEditor(onServerCopy: (note: Note) => void) {
  void onServerCopy;
  // TODO (Task 4): open a note (its draft and its preview). TODO (Task 5): edit the draft, save
  // 800 ms after the last change, one save at a time, each with the latest version; the status.
  // TODO (Task 6): a 409's details.current, keep mine and use theirs.
  throw new Error('Not implemented: useNoteEditor (Tasks 4 to 6)');
}
