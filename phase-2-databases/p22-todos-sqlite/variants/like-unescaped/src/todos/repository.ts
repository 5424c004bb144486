// Every query on todos. The list is built from optional pieces: each filter the client sent
// adds one condition, and and(...) joins them (drizzle leaves out the undefined ones).
import { and, asc, count, desc, eq, gt, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { todos, type TodoRow } from '../db/schema.js';
import { todosNotFound, type SortKey, type TodoChanges, type TodoFilters, type TodoInput, type TodoQuery } from './validation.js';

/** In a LIKE pattern % and _ are wildcards: a backslash in front makes them (and itself) literal. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Case-insensitive search in title and notes. LIKE ignores the case of ASCII letters; the
 * pattern is a bound parameter, and ESCAPE says which character escapes (see escapeLike).
 */
function search(q: string): SQL {
  const pattern = `%${q}%`;
  return sql`(${todos.title} LIKE ${pattern} OR ${todos.notes} LIKE ${pattern})`;
}

const byStatus = { open: eq(todos.done, false), done: eq(todos.done, true), all: undefined };

/** The WHERE clause of the filters sent; undefined (no WHERE) when there are none. */
function whereClause(filters: TodoFilters): SQL | undefined {
  const { project, q, priority, dueBefore, dueAfter } = filters;
  return and(
    byStatus[filters.status],
    project === null ? isNull(todos.projectId) : project === undefined ? undefined : eq(todos.projectId, project),
    priority === undefined ? undefined : eq(todos.priority, priority),
    // A todo without a due date is neither before nor after a date: NULL < '2026-01-01' is NULL.
    dueBefore === undefined ? undefined : lt(todos.dueDate, dueBefore),
    dueAfter === undefined ? undefined : gt(todos.dueDate, dueAfter),
    q ? search(q) : undefined,
  );
}

type Direction = typeof asc;

/**
 * What each sort key means in SQL. Only these expressions ever reach ORDER BY: the key the
 * client sent selects one of them, it is never written into the query itself.
 */
const orderings: Record<SortKey, (direction: Direction) => SQL[]> = {
  created: (direction) => [direction(todos.createdAt)],
  // `due_date IS NULL` is 0 for a date and 1 for none: sorted ascending first, it puts the
  // todos without a due date last in both directions.
  due: (direction) => [asc(sql`${todos.dueDate} IS NULL`), direction(todos.dueDate)],
  title: (direction) => [direction(sql`lower(${todos.title})`)],
  priority: (direction) => [direction(todos.priority)],
};

/** One page of the todos that match, in the order asked, and how many match in all. */
export function listTodos(db: Db, query: TodoQuery): { rows: TodoRow[]; total: number } {
  const where = whereClause(query);
  const direction = query.sort.descending ? desc : asc;
  const rows = db
    .select()
    .from(todos)
    .where(where)
    // Equal keys are ordered by id, in the same direction: without it, pages could overlap.
    .orderBy(...orderings[query.sort.key](direction), direction(todos.id))
    .limit(query.limit)
    .offset(query.offset)
    .all();
  const { total } = db.select({ total: count() }).from(todos).where(where).get()!;
  return { rows, total };
}

/** Inserts a todo; throws the foreign key violation when projectId names no project. */
export function insertTodo(db: Db, input: TodoInput, now: Date): TodoRow {
  return db
    .insert(todos)
    .values({ ...input, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

export function findTodo(db: Db, id: number): TodoRow | undefined {
  return db.select().from(todos).where(eq(todos.id, id)).get();
}

/** Changes only the fields given, in one UPDATE; undefined when there is no such todo. */
export function updateTodo(db: Db, id: number, changes: TodoChanges, now: Date): TodoRow | undefined {
  return db
    .update(todos)
    .set({ ...changes, updatedAt: now })
    .where(eq(todos.id, id))
    .returning()
    .get();
}

export function deleteTodo(db: Db, id: number): boolean {
  return db.delete(todos).where(eq(todos.id, id)).run().changes > 0;
}

/**
 * Marks the todos done, all or none: the UPDATE runs first, and when an id turns out to have no
 * todo, the thrown 404 rolls the transaction back. Todos already done keep their updatedAt.
 */
export function completeTodos(db: Db, ids: number[], now: Date): { rows: TodoRow[]; completed: number } {
  return db.transaction((tx) => {
    const completed = tx
      .update(todos)
      .set({ done: true, updatedAt: now })
      .where(and(inArray(todos.id, ids), eq(todos.done, false)))
      .run().changes;
    const rows = tx.select().from(todos).where(inArray(todos.id, ids)).orderBy(asc(todos.id)).all();
    const found = new Set(rows.map((row) => row.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw todosNotFound(missing);
    return { rows, completed };
  });
}
