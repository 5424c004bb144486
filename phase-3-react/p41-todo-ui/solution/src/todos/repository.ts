// The queries of todos.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { todos, type TodoRow } from '../db/schema.js';

export function listTodos(db: Db): TodoRow[] {
  return db.select().from(todos).orderBy(asc(todos.id)).all();
}

export function insertTodo(db: Db, title: string, now: Date): TodoRow {
  return db.insert(todos).values({ title, createdAt: now, updatedAt: now }).returning().get();
}

export function updateTodo(db: Db, id: number, patch: { title?: string; done?: boolean }, now: Date): TodoRow | undefined {
  return db
    .update(todos)
    .set({ ...patch, updatedAt: now })
    .where(eq(todos.id, id))
    .returning()
    .get();
}

export function deleteTodo(db: Db, id: number): boolean {
  return db.delete(todos).where(eq(todos.id, id)).run().changes > 0;
}
