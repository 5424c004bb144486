// The notes page. The DOM checks render this component on its own: everything the page does starts
// here. SPEC.md's accessibility contract names every element the checks look for.
import { api } from './api.js';
import { useNoteEditor } from './use-note-editor.js';

export function App() {
  // TODO (Task 4): load the notes when the page opens (loading, empty, error); open a note in an
  // editor with textboxes "Title" and "Body" and the region "Preview"; "New note".
  // TODO (Tasks 5 and 6): the status, autosave and conflicts, through useNoteEditor or your own design.
  void [api, useNoteEditor];
  return (
    <main>
      <h1>Notes</h1>
    </main>
  );
}
