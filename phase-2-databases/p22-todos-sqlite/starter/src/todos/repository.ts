// Every query on todos, written with drizzle's query builder and sql`` templates (never by
// gluing strings into SQL). The list is built from optional pieces joined with and(...).
import type { Db } from '../db/client.js';
import type { TodoRow } from '../db/schema.js';
import type { TodoChanges, TodoInput, TodoQuery } from './validation.js';

/** TODO (Task 4): put a backslash in front of every \, % and _ so that LIKE takes them literally. */
export function escapeLike(text: string): string {
  void text;
  throw new Error('Not implemented: escapeLike (Task 4)');
}

/**
 * TODO (Task 3, filters and sorting in Task 4): one page of the todos that match, in the order
 * asked (ties by id, in the same direction), and how many match in all (the same where).
 */
export function listTodos(db: Db, query: TodoQuery): { rows: TodoRow[]; total: number } {
  void [db, query];
  throw new Error('Not implemented: listTodos (Task 3)');
}

/** TODO (Task 3): insert and return the new row; createdAt = updatedAt = now. */
export function insertTodo(db: Db, input: TodoInput, now: Date): TodoRow {
  void [db, input, now];
  throw new Error('Not implemented: insertTodo (Task 3)');
}

/** TODO (Task 3): the row with this id, or undefined. */
export function findTodo(db: Db, id: number): TodoRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findTodo (Task 3)');
}

/** TODO (Task 3): change only the given fields and updatedAt, in one UPDATE; undefined when no such todo. */
export function updateTodo(db: Db, id: number, changes: TodoChanges, now: Date): TodoRow | undefined {
  void [db, id, changes, now];
  throw new Error('Not implemented: updateTodo (Task 3)');
}

/** TODO (Task 3): delete the todo; return whether a row was deleted. */
export function deleteTodo(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteTodo (Task 3)');
}

/**
 * TODO (Task 5): in one db.transaction(), mark the open todos among ids done (updatedAt = now),
 * read them all back in id order, and throw todosNotFound(missing) when some id has no todo:
 * the throw rolls the update back. `completed` is how many were open before.
 */
export function completeTodos(db: Db, ids: number[], now: Date): { rows: TodoRow[]; completed: number } {
  void [db, ids, now];
  throw new Error('Not implemented: completeTodos (Task 5)');
}
