// What a client may send, and what the data file must hold, written once as zod schemas.
// zod checks the input and hands back a typed, cleaned-up copy (trimmed, defaults filled in), so
// the handlers and the store never touch raw, untrusted values. https://zod.dev/api
import { z } from 'zod';
import { validationFailed, type FieldProblem, type HttpError } from './errors.js';

export const MAX_TITLE = 200;

export const SORTS = ['createdAt', '-createdAt', 'dueDate'] as const;
export type Sort = (typeof SORTS)[number];

const title = z.string().trim().min(1).max(MAX_TITLE);
// z.iso.date() takes YYYY-MM-DD and real calendar days only: 2026-02-30 and 2026-13-01 fail,
// 2028-02-29 (a leap year) passes.
const dueDate = z.iso.date().nullable();

/** One todo, as the API answers it and as the data file stores it. */
export const todoSchema = z.object({
  id: z.number().int().min(1),
  title: z.string(),
  done: z.boolean(),
  dueDate,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Todo = z.infer<typeof todoSchema>;

/**
 * The whole data file. `nextId` is stored, not computed from the todos: after the newest todo is
 * deleted, max(id) + 1 would hand its id out again, and a client holding the old id would
 * silently reach a different todo.
 */
export const storeFileSchema = z
  .object({
    nextId: z.number().int().min(1),
    todos: z.array(todoSchema),
  })
  .refine((data) => data.todos.every((todo) => todo.id < data.nextId), { message: 'every id must be below nextId', path: ['nextId'] })
  .refine((data) => new Set(data.todos.map((todo) => todo.id)).size === data.todos.length, { message: 'ids must be distinct', path: ['todos'] });
export type StoreFile = z.infer<typeof storeFileSchema>;

/**
 * POST /todos. strictObject refuses unknown keys instead of dropping them silently: a client that
 * sends `"id"` or `"createdAt"` (values only the server decides) or a typo such as `"titel"`
 * learns about it at once.
 */
export const createTodoSchema = z.strictObject({
  title,
  done: z.boolean().default(false),
  dueDate: dueDate.default(null),
});
export type NewTodo = z.infer<typeof createTodoSchema>;

/** PATCH /todos/:id: the same fields, each optional, no defaults (absent means unchanged). */
export const patchTodoSchema = z.strictObject({
  title: title.optional(),
  done: z.boolean().optional(),
  dueDate: dueDate.optional(),
});
export type TodoPatch = z.infer<typeof patchTodoSchema>;

/**
 * GET /todos. Query values arrive as strings (or arrays of strings when a parameter is repeated,
 * which z.enum() refuses). Unknown parameters are ignored, as is usual for query strings.
 */
export const listQuerySchema = z.object({
  done: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  sort: z.enum(SORTS).default('createdAt'),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/**
 * Turns zod's issues into the curriculum's `details`. `path` says where the problem is: joined
 * with dots it is the field name. An unknown key is reported on the object that holds it, so its
 * name is added to the path.
 */
export function toFieldProblems(issues: readonly z.core.$ZodIssue[], root: string): FieldProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...path, key].join('.'), message: 'is not a known field' }));
    }
    return [{ field: path.length > 0 ? path.join('.') : root, message: issue.message }];
  });
}

/** Parses `input` with `schema`, or throws a 400 validation_failed naming every bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, root: 'body' | 'query'): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(toFieldProblems(result.error.issues, root)) satisfies HttpError;
  return result.data;
}
