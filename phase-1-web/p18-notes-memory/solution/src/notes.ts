// The notes themselves, kept in memory by one NoteStore per app. A Map, not a plain object:
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

/** Titles are unique regardless of case: "Groceries" and "groceries" are the same title. */
function titleKey(title: string): string {
  return title.toLowerCase();
}

export class NoteStore {
  private readonly notes = new Map<string, Note>();
  /** Lower-cased title -> id of the note that has it, so a duplicate is found without a scan. */
  private readonly titles = new Map<string, string>();

  constructor(
    private readonly now: () => Date,
    private readonly generateId: () => string,
  ) {}

  get(id: string): Note | undefined {
    return this.notes.get(id);
  }

  all(): Note[] {
    return [...this.notes.values()];
  }

  create(input: NewNote): Note {
    this.assertTitleFree(input.title);
    const time = this.now().toISOString();
    const note: Note = { id: this.generateId(), ...input, createdAt: time, updatedAt: time, version: 1 };
    this.notes.set(note.id, note);
    this.titles.set(titleKey(note.title), note.id);
    return note;
  }

  /** Applies a validated patch to an existing note: a new version, updated now. */
  update(current: Note, patch: NotePatch): Note {
    if (patch.title !== undefined) this.assertTitleFree(patch.title, current.id);
    const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const next: Note = { ...current, ...changes, updatedAt: this.now().toISOString(), version: current.version + 1 };
    this.titles.delete(titleKey(current.title));
    this.titles.set(titleKey(next.title), next.id);
    this.notes.set(next.id, next);
    return next;
  }

  remove(note: Note): void {
    this.notes.delete(note.id);
    this.titles.delete(titleKey(note.title));
  }

  /** 409 when another note already has this title (a note may keep, or re-case, its own). */
  private assertTitleFree(title: string, ownId?: string): void {
    const holder = this.titles.get(titleKey(title));
    if (holder !== undefined && holder !== ownId) {
      throw new HttpError(409, 'conflict', `A note titled "${title}" already exists.`);
    }
  }
}
