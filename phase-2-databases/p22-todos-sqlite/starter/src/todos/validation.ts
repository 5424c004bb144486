// The input rules of todos: bodies, the list's query string (filters, sort, page), the ids of a
// bulk completion, and the 404s. Use zod with validate(), isoDate and pageParams from
// ../validation.js. Every parse function throws the 400 validation_failed for bad input.
import { HttpError } from '../errors.js';

export interface TodoInput {
  title: string;
  notes: string;
  done: boolean;
  /** 1 (low), 2 (normal) or 3 (high). */
  priority: number;
  /** YYYY-MM-DD, or null for no due date. */
  dueDate: string | null;
  /** The project the todo belongs to, or null for none. */
  projectId: number | null;
}

/** A PATCH body: only the fields sent, at least one. */
export type TodoChanges = Partial<TodoInput>;

/**
 * The keys `sort` accepts. This list is the whitelist: a sort key is looked up here (and in the
 * repository's map of orderings), never put into SQL as it came.
 */
export const SORT_KEYS = ['created', 'due', 'title', 'priority'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TodoSort {
  key: SortKey;
  descending: boolean;
}

export interface TodoFilters {
  status: 'open' | 'done' | 'all';
  /** A project id, null for "in no project" (project=none), undefined for any. */
  project?: number | null;
  q?: string;
  priority?: number;
  dueBefore?: string;
  dueAfter?: string;
}

export interface TodoQuery extends TodoFilters {
  sort: TodoSort;
  limit: number;
  offset: number;
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_NOTES_LENGTH = 2000;
export const MAX_QUERY_LENGTH = 100;
export const MAX_BULK_IDS = 100;

/**
 * TODO (Task 3): title required; notes (default ''), done (false), priority (2), dueDate (null)
 * and projectId (null) optional; no other field (z.strictObject).
 */
export function parseCreateTodo(body: unknown): TodoInput {
  void body;
  throw new Error('Not implemented: parseCreateTodo (Task 3)');
}

/** TODO (Task 3): the same fields, each optional, at least one. */
export function parseUpdateTodo(body: unknown): TodoChanges {
  void body;
  throw new Error('Not implemented: parseUpdateTodo (Task 3)');
}

/** TODO (Task 5): { ids }: 1 to 100 positive integers; return them distinct, ascending. */
export function parseCompleteIds(body: unknown): number[] {
  void body;
  throw new Error('Not implemented: parseCompleteIds (Task 5)');
}

/**
 * TODO (Task 4): status, project, q, priority, dueBefore, dueAfter, sort, limit and offset
 * (SPEC.md, Interface). A sort key that is not in SORT_KEYS is a 400 naming sort.
 */
export function parseTodoQuery(query: unknown): TodoQuery {
  void query;
  throw new Error('Not implemented: parseTodoQuery (Task 4)');
}

export function todoNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no todo with id ${id}.`);
}

/** The 404 of a bulk completion: `details.missing` lists every id that has no todo. */
export function todosNotFound(missing: number[]): HttpError {
  return new HttpError(404, 'not_found', `There is no todo with id ${missing.join(', ')}; nothing was completed.`, { missing });
}

/** A todo's projectId that names no project (the foreign key refused it). */
export function unknownProject(projectId: number): HttpError {
  return new HttpError(404, 'not_found', `There is no project with id ${projectId}.`, { projectId });
}
