// The input rules of todos: bodies, the list's query string (filters, sort, page), the ids of a
// bulk completion, and the 404s.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { isoDate, pageParams, validate } from '../validation.js';

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

const fields = {
  title: z
    .string()
    .max(MAX_TITLE_LENGTH)
    .refine((value) => value.trim() !== '', 'must not be blank'),
  notes: z.string().max(MAX_NOTES_LENGTH),
  done: z.boolean(),
  priority: z.int().min(1).max(3),
  dueDate: isoDate.nullable(),
  projectId: z.int().positive().nullable(),
};

const createBody = z.strictObject({
  title: fields.title,
  notes: fields.notes.default(''),
  done: fields.done.default(false),
  priority: fields.priority.default(2),
  dueDate: fields.dueDate.default(null),
  projectId: fields.projectId.default(null),
});

const updateBody = z
  .strictObject({
    title: fields.title.optional(),
    notes: fields.notes.optional(),
    done: fields.done.optional(),
    priority: fields.priority.optional(),
    dueDate: fields.dueDate.optional(),
    projectId: fields.projectId.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, `must have at least one of the fields ${Object.keys(fields).join(', ')}`);

// Duplicates are harmless ("complete 3, 3"): they are dropped, and the ids sorted.
const completeBody = z.strictObject({
  ids: z
    .array(z.int().positive())
    .min(1)
    .max(MAX_BULK_IDS)
    .transform((ids) => [...new Set(ids)].sort((a, b) => a - b)),
});

const sortPattern = new RegExp(`^-?(${SORT_KEYS.join('|')})$`);

const listQuery = z.object({
  status: z.enum(['open', 'done', 'all'], 'must be open, done or all').default('all'),
  project: z
    .string()
    .regex(/^(none|\d+)$/, 'must be a project id or none')
    .transform((value) => (value === 'none' ? null : Number(value)))
    .optional(),
  q: z.string().max(MAX_QUERY_LENGTH).optional(),
  priority: z.enum(['1', '2', '3'], 'must be 1, 2 or 3').transform(Number).optional(),
  dueBefore: isoDate.optional(),
  dueAfter: isoDate.optional(),
  sort: z
    .string()
    .regex(sortPattern, `must be one of ${SORT_KEYS.join(', ')}, with a - in front for descending`)
    .default('created')
    .transform((value): TodoSort => ({ key: value.replace(/^-/, '') as SortKey, descending: value.startsWith('-') })),
  ...pageParams,
});

export function parseCreateTodo(body: unknown): TodoInput {
  return validate(createBody, body);
}

export function parseUpdateTodo(body: unknown): TodoChanges {
  return validate(updateBody, body);
}

/** The ids of POST /todos/complete: distinct, in ascending order. */
export function parseCompleteIds(body: unknown): number[] {
  return validate(completeBody, body).ids;
}

export function parseTodoQuery(query: unknown): TodoQuery {
  return validate(listQuery, query);
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
