// The queries of todos (SPEC.md, Task 1). A suggested structure: change it as you like.
import type { Db } from '../db/client.js';
import type { TodoRow } from '../db/schema.js';

export function listTodos(db: Db): TodoRow[] {
  void db;
  throw new Error('Not implemented: listTodos (Task 1)');
}

export function insertTodo(db: Db, title: string, now: Date): TodoRow {
  void [db, title, now];
  throw new Error('Not implemented: insertTodo (Task 1)');
}

export function updateTodo(db: Db, id: number, patch: { title?: string; done?: boolean }, now: Date): TodoRow | undefined {
  void [db, id, patch, now];
  throw new Error('Not implemented: updateTodo (Task 1)');
}

export function deleteTodo(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteTodo (Task 1)');
}
