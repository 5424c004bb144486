// The todos, kept in memory for reading and in one JSON file for keeping. The rule that holds it
// together: memory only ever holds what is already on disk. A change builds a new state, writes it
// to the file, and only then replaces the state in memory; if the write fails, nothing changed,
// and a restart reads exactly what the last successful response promised.
import { readJsonFileSync, writeJsonFileAtomic } from './json-file.js';
import { storeFileSchema, type NewTodo, type StoreFile, type Todo, type TodoPatch } from './schemas.js';

/** What a change computes from the current state: the next state, and what to answer. */
interface Change<T> {
  next: StoreFile;
  result: T;
}

/** A file that does not exist yet is an empty store; it is created by the first change. */
const EMPTY: StoreFile = { nextId: 1, todos: [] };

/** Copies only the fields that were sent: `undefined` means "leave it", `null` clears a dueDate. */
function sentFields(patch: TodoPatch): Partial<Todo> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<Todo>;
}

export class TodoStore {
  /** Never mutated in place: each change replaces it with a new object, after the write. */
  private state: StoreFile;

  /** Reads the file once, synchronously; throws a CorruptFileError for a file it cannot trust. */
  constructor(
    private readonly file: string,
    private readonly now: () => Date,
  ) {
    this.state = readJsonFileSync(file, storeFileSchema) ?? EMPTY;
  }

  /** Every todo, oldest first. */
  all(): readonly Todo[] {
    return this.state.todos;
  }

  get(id: number): Todo | undefined {
    return this.state.todos.find((todo) => todo.id === id);
  }

  create(input: NewTodo): Promise<Todo> {
    return this.change((current) => {
      const stamp = this.now().toISOString();
      const todo: Todo = { id: current.nextId, title: input.title, done: input.done, dueDate: input.dueDate, createdAt: stamp, updatedAt: stamp };
      return { next: { nextId: current.nextId + 1, todos: [...current.todos, todo] }, result: todo };
    });
  }

  /** Applies `patch`; resolves to the updated todo, or undefined when there is no such id. */
  update(id: number, patch: TodoPatch): Promise<Todo | undefined> {
    return this.replace(id, (todo) => ({ ...todo, ...sentFields(patch) }));
  }

  toggle(id: number): Promise<Todo | undefined> {
    return this.replace(id, (todo) => ({ ...todo, done: !todo.done }));
  }

  /** Resolves to false when there is no such id. nextId stays as it is: ids are never reused. */
  remove(id: number): Promise<boolean> {
    return this.change((current) => {
      const todos = current.todos.filter((todo) => todo.id !== id);
      if (todos.length === current.todos.length) return { next: current, result: false };
      return { next: { ...current, todos }, result: true };
    });
  }

  private replace(id: number, edit: (todo: Todo) => Todo): Promise<Todo | undefined> {
    return this.change((current) => {
      const index = current.todos.findIndex((todo) => todo.id === id);
      const todo = current.todos[index];
      if (todo === undefined) return { next: current, result: undefined };
      const updated: Todo = { ...edit(todo), updatedAt: this.now().toISOString() };
      return { next: { ...current, todos: current.todos.with(index, updated) }, result: updated };
    });
  }

  /**
   * Runs one change through the queue, so that it starts from the state the previous change left
   * (looking the id up inside the queue too: a delete may be waiting ahead of us). Resolves only
   * once the new state is on disk, so a response sent after it is a promise kept. If the write
   * fails, the StorageError rejects the request and the state in memory stays as it was.
   */
  private change<T>(apply: (current: StoreFile) => Change<T>): Promise<T> {
    // No queue: each change starts from the state it saw, and keeps it only once written.
    return (async () => {
      const { next, result } = apply(this.state);
      if (next !== this.state) {
        await writeJsonFileAtomic(this.file, next);
        this.state = next;
      }
      return result;
    })();
  }
}
