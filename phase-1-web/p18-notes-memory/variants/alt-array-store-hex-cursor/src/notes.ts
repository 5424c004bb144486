// Notes kept in an array, in creation order; a title clash is found by scanning. Fine for the
// few hundred notes an in-memory API holds, and no second index to keep in step.
import { HttpError } from './errors.js';
import type { NewNote, NotePatch } from './schemas.js';

export interface Note {
  id: string;
  title: string;
  body: string;
  tags: string[];
  pinned: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export class NoteStore {
  private records: Note[] = [];

  constructor(
    private readonly clock: () => Date,
    private readonly nextId: () => string,
  ) {}

  get(id: string): Note | undefined {
    return this.records.find((record) => record.id === id);
  }

  all(): Note[] {
    return this.records.slice();
  }

  create(input: NewNote): Note {
    this.refuseTakenTitle(input.title, null);
    const stamp = this.clock().toISOString();
    const note: Note = { id: this.nextId(), title: input.title, body: input.body, tags: input.tags, pinned: input.pinned, createdAt: stamp, updatedAt: stamp, version: 1 };
    this.records.push(note);
    return note;
  }

  update(current: Note, patch: NotePatch): Note {
    if (patch.title !== undefined) this.refuseTakenTitle(patch.title, current.id);
    const next: Note = {
      ...current,
      title: patch.title ?? current.title,
      body: patch.body ?? current.body,
      tags: patch.tags ?? current.tags,
      pinned: patch.pinned ?? current.pinned,
      updatedAt: this.clock().toISOString(),
      version: current.version + 1,
    };
    this.records = this.records.map((record) => (record.id === current.id ? next : record));
    return next;
  }

  remove(note: Note): void {
    this.records = this.records.filter((record) => record.id !== note.id);
  }

  private refuseTakenTitle(title: string, self: string | null): void {
    const wanted = title.toLowerCase();
    const clash = this.records.some((record) => record.id !== self && record.title.toLowerCase() === wanted);
    if (clash) throw new HttpError(409, 'conflict', `Another note is already called "${title}".`);
  }
}
