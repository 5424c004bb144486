// The notes themselves, kept in memory by one NoteStore per app. Use a Map, not a plain object:
// with `notes[id]`, an id such as "__proto__" or "constructor" would find something that is not
// a note. The store knows nothing about HTTP: the routes in app.ts decide what to answer.
import { HttpError } from './errors.js';
import type { NewNote, NotePatch } from './schemas.js';

export interface Note {
  id: string;
  title: string;
  body: string;
  tags: string[];
  pinned: boolean;
  /** ISO 8601 times from the app's clock. */
  createdAt: string;
  updatedAt: string;
  /** 1 when created, one more after each change: the ETag is made from it. */
  version: number;
}

export class NoteStore {
  // TODO (Task 1): a Map from id to Note, and perhaps a second one from the lower-cased title to
  // the id, to find a duplicate title without looking at every note.

  constructor(
    private readonly now: () => Date,
    private readonly generateId: () => string,
  ) {}

  get(id: string): Note | undefined {
    // TODO (Task 1)
    throw new Error(`Not implemented: NoteStore.get(${id}) (Task 1)`);
  }

  all(): Note[] {
    // TODO (Task 4)
    throw new Error('Not implemented: NoteStore.all (Task 4)');
  }

  create(input: NewNote): Note {
    // TODO (Task 1): a 409 HttpError 'conflict' when another note has this title in any case;
    // otherwise a new note: id from generateId(), createdAt = updatedAt = now(), version 1.
    throw new Error(`Not implemented: NoteStore.create(${input.title}) (Task 1)`);
  }

  /** Applies a validated patch to an existing note: a new version, updated now. */
  update(current: Note, patch: NotePatch): Note {
    // TODO (Task 3): the same 409 for a title another note has; version + 1, updatedAt = now().
    throw new Error(`Not implemented: NoteStore.update(${current.id}, ${JSON.stringify(patch)}) (Task 3)`);
  }

  remove(note: Note): void {
    // TODO (Task 3): forget the note, and free its title.
    throw new Error(`Not implemented: NoteStore.remove(${note.id}) (Task 3)`);
  }
}
