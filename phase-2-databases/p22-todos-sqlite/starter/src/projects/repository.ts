// Every query on projects, written with drizzle's query builder and sql`` templates (never by
// gluing strings into SQL).
import type { Db } from '../db/client.js';
import type { ProjectRow } from '../db/schema.js';
import type { ProjectInput } from './validation.js';

/** A project and how many of its todos are open and done. */
export interface ProjectWithCounts extends ProjectRow {
  open: number;
  done: number;
}

/** TODO (Task 6): every project with its counts, oldest first, in ONE query (LEFT JOIN, GROUP BY). */
export function listProjects(db: Db): ProjectWithCounts[] {
  void db;
  throw new Error('Not implemented: listProjects (Task 6)');
}

/** TODO (Task 2, counts in Task 6): the project with this id and its counts, or undefined. */
export function findProject(db: Db, id: number): ProjectWithCounts | undefined {
  void [db, id];
  throw new Error('Not implemented: findProject (Task 2)');
}

/** TODO (Task 2): insert and return the new project (a new project has no todos). */
export function insertProject(db: Db, input: ProjectInput, now: Date): ProjectWithCounts {
  void [db, input, now];
  throw new Error('Not implemented: insertProject (Task 2)');
}

/** TODO (Task 2): rename, updatedAt = now; undefined when there is no such project. */
export function updateProject(db: Db, id: number, input: ProjectInput, now: Date): ProjectWithCounts | undefined {
  void [db, id, input, now];
  throw new Error('Not implemented: updateProject (Task 2)');
}

/** TODO (Task 6): how many todos point at this project. */
export function countProjectTodos(db: Db, id: number): number {
  void [db, id];
  throw new Error('Not implemented: countProjectTodos (Task 6)');
}

/** TODO (Task 2): delete; return whether a row went. The foreign key refuses while todos remain. */
export function deleteProject(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteProject (Task 2)');
}

/** TODO (Task 6): delete the project's todos, then the project, in one db.transaction(). */
export function deleteProjectWithTodos(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteProjectWithTodos (Task 6)');
}
