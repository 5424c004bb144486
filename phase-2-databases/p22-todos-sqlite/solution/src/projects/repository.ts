// Every query on projects. Counting each project's todos is one aggregate query: a LEFT JOIN
// keeps the projects that have no todo, GROUP BY folds each project's todos into one row.
import { asc, count, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { projects, todos, type ProjectRow } from '../db/schema.js';
import type { ProjectInput } from './validation.js';

/** A project and how many of its todos are open and done. */
export interface ProjectWithCounts extends ProjectRow {
  open: number;
  done: number;
}

// count(column) counts the rows where the column is not NULL: a project without todos has one
// joined row whose todo columns are all NULL, so it counts 0, not 1. FILTER keeps only the
// todos that are open (or done) before counting.
const openTodos = sql<number>`count(${todos.id}) filter (where ${todos.done} = 0)`.mapWith(Number);
const doneTodos = sql<number>`count(${todos.id}) filter (where ${todos.done} = 1)`.mapWith(Number);

/** SELECT projects.*, <open>, <done> FROM projects LEFT JOIN todos ... GROUP BY projects.id */
function selectWithCounts(db: Db) {
  return db
    .select({ ...getTableColumns(projects), open: openTodos, done: doneTodos })
    .from(projects)
    .leftJoin(todos, eq(todos.projectId, projects.id))
    .groupBy(projects.id)
    .$dynamic();
}

/** Every project with its counts, oldest first. */
export function listProjects(db: Db): ProjectWithCounts[] {
  return selectWithCounts(db).orderBy(asc(projects.id)).all();
}

export function findProject(db: Db, id: number): ProjectWithCounts | undefined {
  return selectWithCounts(db).where(eq(projects.id, id)).get();
}

/** Inserts a project; throws the database's unique violation when the name is taken. */
export function insertProject(db: Db, input: ProjectInput, now: Date): ProjectWithCounts {
  const row = db
    .insert(projects)
    .values({ ...input, createdAt: now, updatedAt: now })
    .returning()
    .get();
  return { ...row, open: 0, done: 0 };
}

/** Renames a project; undefined when there is none with this id. */
export function updateProject(db: Db, id: number, input: ProjectInput, now: Date): ProjectWithCounts | undefined {
  const row = db
    .update(projects)
    .set({ ...input, updatedAt: now })
    .where(eq(projects.id, id))
    .returning({ id: projects.id })
    .get();
  return row && findProject(db, row.id);
}

/** How many todos point at this project. */
export function countProjectTodos(db: Db, id: number): number {
  return db.select({ n: count() }).from(todos).where(eq(todos.projectId, id)).get()!.n;
}

/**
 * Deletes a project and returns whether there was one. While todos point at it, the foreign key
 * makes SQLite refuse: the error is thrown to the caller, which decides what to answer.
 */
export function deleteProject(db: Db, id: number): boolean {
  return db.delete(projects).where(eq(projects.id, id)).run().changes > 0;
}

/**
 * Deletes a project and its todos. Two statements that must stand or fall together: in one
 * transaction, a failure in the second undoes the first, and no other connection ever sees
 * the todos gone but the project still there.
 */
export function deleteProjectWithTodos(db: Db, id: number): boolean {
  return db.transaction((tx) => {
    tx.delete(todos).where(eq(todos.projectId, id)).run();
    return tx.delete(projects).where(eq(projects.id, id)).run().changes > 0;
  });
}
