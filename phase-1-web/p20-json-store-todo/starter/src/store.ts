// The todos, kept in memory for reading and in one JSON file for keeping. The rule that holds it
// together: memory only ever holds what is already on disk. A change builds a new state, writes it
// to the file, and only then replaces the state in memory.
import { readJsonFileSync, writeJsonFileAtomic } from './json-file.js';
import { createSerialQueue } from './queue.js';
import { storeFileSchema, type NewTodo, type StoreFile, type Todo, type TodoPatch } from './schemas.js';

/** What a change computes from the current state: the next state, and what to answer. */
interface Change<T> {
  next: StoreFile;
  result: T;
}

/** A file that does not exist yet is an empty store; it is created by the first change. */
const EMPTY: StoreFile = { nextId: 1, todos: [] };

export class TodoStore {
  /** Never mutated in place: each change replaces it with a new object, after the write. */
  private state: StoreFile;
  private readonly queue = createSerialQueue();

  constructor(
    private readonly file: string,
    private readonly now: () => Date,
  ) {
    // TODO (Task 4): start from what readJsonFileSync(file, storeFileSchema) returns, or EMPTY
    // when the file does not exist.
    this.state = EMPTY;
  }

  /** Every todo, oldest first. */
  all(): readonly Todo[] {
    return this.state.todos;
  }

  get(id: number): Todo | undefined {
    return this.state.todos.find((todo) => todo.id === id);
  }

  create(input: NewTodo): Promise<Todo> {
    // TODO (Task 1): this.change((current) => ...) returning the next state (nextId + 1, the new
    // todo appended) and the new todo: id current.nextId, createdAt = updatedAt = now().toISOString().
    throw new Error(`Not implemented: TodoStore.create (Task 1) for ${input.title}`);
  }

  /** Applies `patch`; resolves to the updated todo, or undefined when there is no such id. */
  update(id: number, patch: TodoPatch): Promise<Todo | undefined> {
    // TODO (Task 2): copy only the fields that were sent (undefined means unchanged, null clears
    // dueDate) and set updatedAt. Build a new array: never change the current state in place.
    throw new Error(`Not implemented: TodoStore.update (Task 2) for ${id}, ${Object.keys(patch).join(', ')}`);
  }

  toggle(id: number): Promise<Todo | undefined> {
    // TODO (Task 2): flip done and set updatedAt.
    throw new Error(`Not implemented: TodoStore.toggle (Task 2) for ${id}`);
  }

  /** Resolves to false when there is no such id. nextId stays as it is: ids are never reused. */
  remove(id: number): Promise<boolean> {
    // TODO (Task 2)
    throw new Error(`Not implemented: TodoStore.remove (Task 2) for ${id}`);
  }

  /**
   * Runs one change through the queue, so that it starts from the state the previous change left.
   * Resolves only once the new state is on disk.
   */
  private change<T>(apply: (current: StoreFile) => Change<T>): Promise<T> {
    return this.queue.run(async () => {
      const { next, result } = apply(this.state);
      // TODO (Task 4): await writeJsonFileAtomic(this.file, next) before keeping `next`, so that
      // a response is only sent once the change is on disk, and a failed write changes nothing.
      this.state = next;
      return result;
    });
  }
}
