// What the commands do to the list. The command line (main.ts) and the interactive mode
// (interactive.ts) both call these, so a rule lives in one place only.
import { loadTodos, updateTodos, type StoreOptions } from './store.js';
import { addTodo, findTodo, removeTodo, type NewTodo, type Todo, type TodoFile } from './todos.js';

/** Where the list lives and how to reach it: the data file plus the store's fs, clock and sleep. */
export interface TodoStore extends StoreOptions {
  file: string;
}

/** Changes `edit` can make; a field left out stays as it is. */
export type TodoChanges = Partial<NewTodo>;

/** Reading needs no lock: saves replace the file in one rename, so a read sees a whole list. */
export function readTodos(store: TodoStore): Promise<TodoFile> {
  return loadTodos(store.file, store.fs);
}

export function add(store: TodoStore, fields: NewTodo): Promise<Todo> {
  return updateTodos(store.file, (data) => addTodo(data, fields, store.now()), store);
}

/** Marks a todo done. Doing it twice is fine and keeps the first doneAt. */
export function complete(store: TodoStore, id: number): Promise<Todo> {
  return updateTodos(
    store.file,
    (data) => {
      const todo = findTodo(data, id);
      todo.done = true;
      todo.doneAt = store.now().toISOString();
      return todo;
    },
    store,
  );
}

/** Makes a done todo open again (undo of `done`). */
export function reopen(store: TodoStore, id: number): Promise<Todo> {
  return updateTodos(
    store.file,
    (data) => {
      const todo = findTodo(data, id);
      todo.done = false;
      todo.doneAt = null;
      return todo;
    },
    store,
  );
}

export function edit(store: TodoStore, id: number, changes: TodoChanges): Promise<Todo> {
  return updateTodos(
    store.file,
    (data) => {
      const todo = findTodo(data, id);
      if (changes.text !== undefined) todo.text = changes.text;
      if (changes.priority !== undefined) todo.priority = changes.priority;
      if (changes.due !== undefined) todo.due = changes.due;
      return todo;
    },
    store,
  );
}

export function remove(store: TodoStore, id: number): Promise<Todo> {
  return updateTodos(store.file, (data) => removeTodo(data, id), store);
}
