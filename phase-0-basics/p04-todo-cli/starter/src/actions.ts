// What the commands do to the list. The command line (main.ts) and the interactive mode
// (interactive.ts) both call these, so a rule lives in one place only.
import { loadTodos, updateTodos, type StoreOptions } from './store.js';
import { addTodo, findTodo, removeTodo, type NewTodo, type Todo, type TodoFile } from './todos.js';

/** Where the list lives and how to reach it: the data file plus the store's fs, clock and sleep. */
export interface TodoStore extends StoreOptions {
  file: string;
}

/**
 * Changes `edit` can make; a field left out stays as it is. Partial<T> is T with every field
 * optional: https://www.typescriptlang.org/docs/handbook/utility-types.html#partialtype
 */
export type TodoChanges = Partial<NewTodo>;

/** Reading needs no lock: saves replace the file in one rename, so a read sees a whole list. */
export function readTodos(store: TodoStore): Promise<TodoFile> {
  return loadTodos(store.file, store.fs);
}

/**
 * Every change has this shape: updateTodos loads the list, calls the arrow function with it,
 * saves what the function changed and returns what it returned.
 */
export function add(store: TodoStore, fields: NewTodo): Promise<Todo> {
  return updateTodos(store.file, (data) => addTodo(data, fields, store.now()), store);
}

/** Marks a todo done. Doing it twice is fine and keeps the first doneAt. */
export function complete(store: TodoStore, id: number): Promise<Todo> {
  // TODO (Task 2): like add: updateTodos(store.file, (data) => { ... }, store). Inside, find the
  //   todo with findTodo(data, id) (it throws for a missing id, so nothing is saved), and when
  //   it is not done yet set done to true and doneAt to store.now().toISOString(). Return it.
  throw new Error('Not implemented: complete');
}

/** Makes a done todo open again (undo of `done`). */
export function reopen(store: TodoStore, id: number): Promise<Todo> {
  // TODO (Task 2): done false, doneAt null.
  throw new Error('Not implemented: reopen');
}

export function edit(store: TodoStore, id: number, changes: TodoChanges): Promise<Todo> {
  // TODO (Task 2): copy each field of `changes` that is not undefined onto the todo. Careful:
  //   `due: null` is a change (remove the due date), `due: undefined` is not.
  throw new Error('Not implemented: edit');
}

export function remove(store: TodoStore, id: number): Promise<Todo> {
  // TODO (Task 2): updateTodos with removeTodo.
  throw new Error('Not implemented: remove');
}
