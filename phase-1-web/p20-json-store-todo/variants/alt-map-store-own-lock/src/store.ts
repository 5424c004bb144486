// Todos in a Map keyed by id, saved as one JSON document. Every change takes a lock (a promise
// chain kept on the instance), computes the next document from the committed one, writes it to
// a sibling temp file and renames it over the data file; only then is the Map replaced.
import { readFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { StorageError, CorruptFileError } from './json-file.js';
import { storeFileSchema, type NewTodo, type StoreFile, type Todo, type TodoPatch } from './schemas.js';

interface Snapshot {
  counter: number;
  byId: Map<number, Todo>;
}

function load(file: string): Snapshot {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { counter: 1, byId: new Map() };
    throw new CorruptFileError(`${file} cannot be read: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new CorruptFileError(`${file} is not JSON`);
  }
  const checked = storeFileSchema.safeParse(parsed);
  if (!checked.success) throw new CorruptFileError(`${file} is not a todo file`);
  return { counter: checked.data.nextId, byId: new Map(checked.data.todos.map((t) => [t.id, t])) };
}

export class TodoStore {
  private committed: Snapshot;
  private lock: Promise<void> = Promise.resolve();
  private writes = 0;

  constructor(
    private readonly path: string,
    private readonly clock: () => Date,
  ) {
    this.committed = load(path);
  }

  all(): readonly Todo[] {
    return [...this.committed.byId.values()];
  }

  get(id: number): Todo | undefined {
    return this.committed.byId.get(id);
  }

  create(input: NewTodo): Promise<Todo> {
    return this.exclusive((draft) => {
      const at = this.clock().toISOString();
      const todo: Todo = { id: draft.counter, title: input.title, done: input.done, dueDate: input.dueDate, createdAt: at, updatedAt: at };
      draft.byId.set(todo.id, todo);
      draft.counter += 1;
      return todo;
    });
  }

  update(id: number, patch: TodoPatch): Promise<Todo | undefined> {
    return this.exclusive((draft) => {
      const old = draft.byId.get(id);
      if (!old) return undefined;
      const fresh: Todo = {
        ...old,
        title: patch.title ?? old.title,
        done: patch.done ?? old.done,
        dueDate: patch.dueDate === undefined ? old.dueDate : patch.dueDate,
        updatedAt: this.clock().toISOString(),
      };
      draft.byId.set(id, fresh);
      return fresh;
    });
  }

  toggle(id: number): Promise<Todo | undefined> {
    return this.exclusive((draft) => {
      const old = draft.byId.get(id);
      if (!old) return undefined;
      const fresh: Todo = { ...old, done: !old.done, updatedAt: this.clock().toISOString() };
      draft.byId.set(id, fresh);
      return fresh;
    });
  }

  remove(id: number): Promise<boolean> {
    return this.exclusive((draft) => draft.byId.delete(id));
  }

  /** Runs `edit` on a copy of the committed snapshot, after every earlier change has finished. */
  private exclusive<T>(edit: (draft: Snapshot) => T): Promise<T> {
    const run = this.lock.then(async () => {
      const draft: Snapshot = { counter: this.committed.counter, byId: new Map(this.committed.byId) };
      const result = edit(draft);
      // undefined (no such todo) and false (nothing deleted) change nothing: no write.
      if (result === undefined || result === false) return result;
      await this.persist(draft);
      this.committed = draft;
      return result;
    });
    this.lock = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async persist(snapshot: Snapshot): Promise<void> {
    const document: StoreFile = { nextId: snapshot.counter, todos: [...snapshot.byId.values()].sort((a, b) => a.id - b.id) };
    const temp = `${this.path}.${process.pid}-${++this.writes}.tmp`;
    try {
      await writeFile(temp, JSON.stringify(document));
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw new StorageError(`saving ${this.path} failed: ${(error as Error).message}`);
    }
  }
}
