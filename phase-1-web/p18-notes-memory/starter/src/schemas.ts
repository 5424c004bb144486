// What a client may send, written once as zod schemas: the rules live here and nowhere else.
// zod checks the input and hands back a typed, cleaned-up copy (trimmed, lower-cased, defaults
// filled in), so the handlers never touch raw, untrusted values. https://zod.dev/api
import { z } from 'zod';
import { validationFailed, type FieldProblem } from './errors.js';

export const MAX_TITLE = 200;
export const MAX_BODY = 10_000;
export const MAX_TAGS = 10;
export const MAX_TAG = 30;
export const MAX_QUERY = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export const SORTS = ['createdAt', '-createdAt', 'title', '-title', 'updatedAt', '-updatedAt'] as const;
export type Sort = (typeof SORTS)[number];

/**
 * POST /notes. The shape is here; the rules are yours.
 * TODO (Task 2): refuse unknown keys (z.strictObject), trim the title and keep it 1 to MAX_TITLE
 * characters, body at most MAX_BODY (default ''), at most MAX_TAGS tags, each trimmed,
 * lower-cased, 1 to MAX_TAG characters and without duplicates (default []), pinned default false.
 */
export const createNoteSchema = z.object({
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  pinned: z.boolean(),
});
export type NewNote = z.infer<typeof createNoteSchema>;

/**
 * PATCH /notes/:id: the same fields, each optional, and no defaults (absent means unchanged).
 * TODO (Task 3): the same rules as createNoteSchema.
 */
export const patchNoteSchema = z.object({
  title: z.string().optional(),
  body: z.string().optional(),
  tags: z.array(z.string()).optional(),
  pinned: z.boolean().optional(),
});
export type NotePatch = z.infer<typeof patchNoteSchema>;

/**
 * GET /notes. Query values arrive as strings, or arrays of strings when a parameter is repeated.
 * TODO (Tasks 4 and 5): tag like a tag of a note, q 1 to MAX_QUERY characters after trimming,
 * pinned 'true' or 'false', limit a whole number from 1 to MAX_LIMIT (refuse '1e1' and '0x10'),
 * cursor a non-empty string. Unknown parameters are ignored.
 */
export const listQuerySchema = z.object({
  tag: z.string().optional(),
  q: z.string().optional(),
  pinned: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  sort: z.enum(SORTS).default('-createdAt'),
  limit: z.string().transform(Number).default(DEFAULT_LIMIT),
  cursor: z.string().optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/**
 * Turns zod's issues into the curriculum's `details`: one { field, message } per problem.
 * TODO (Task 2): the field is issue.path joined with dots ('tags.1'), or `root` when the path is
 * empty; an 'unrecognized_keys' issue gives one entry per name in issue.keys.
 */
export function toFieldProblems(issues: readonly z.core.$ZodIssue[], root: string): FieldProblem[] {
  throw new Error(`Not implemented: toFieldProblems for ${issues.length} issues in ${root} (Task 2)`);
}

/**
 * Parses `input` with `schema`, or throws a 400 validation_failed naming every bad field.
 * TODO (Task 2): schema.safeParse(input); on failure throw validationFailed(toFieldProblems(...)).
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, root: 'body' | 'query'): z.output<T> {
  throw new Error(`Not implemented: parseInput of the ${root} (Task 2)`);
}
