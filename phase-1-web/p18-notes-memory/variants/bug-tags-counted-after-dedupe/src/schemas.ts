// What a client may send, written once as zod schemas: the rules live here and nowhere else.
// zod checks the input and hands back a typed, cleaned-up copy (trimmed, lower-cased, defaults
// filled in), so the handlers never touch raw, untrusted values. https://zod.dev/api
import { z } from 'zod';
import { validationFailed, type FieldProblem, type HttpError } from './errors.js';

export const MAX_TITLE = 200;
export const MAX_BODY = 10_000;
export const MAX_TAGS = 10;
export const MAX_TAG = 30;
export const MAX_QUERY = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export const SORTS = ['createdAt', '-createdAt', 'title', '-title', 'updatedAt', '-updatedAt'] as const;
export type Sort = (typeof SORTS)[number];

const title = z.string().trim().min(1).max(MAX_TITLE);
const body = z.string().max(MAX_BODY);
const tag = z.string().trim().toLowerCase().min(1).max(MAX_TAG);
// Two tags that differ only in case are the same tag: keep the first, in the order sent.
const tags = z
  .array(tag)
  .transform((list) => [...new Set(list)])
  .pipe(z.array(z.string()).max(MAX_TAGS));
const pinned = z.boolean();

/**
 * POST /notes. strictObject refuses unknown keys instead of dropping them silently: a client
 * that sends `"id"`, `"version"` or a typo such as `"titel"` learns about it at once.
 */
export const createNoteSchema = z.strictObject({
  title,
  body: body.default(''),
  tags: tags.default([]),
  pinned: pinned.default(false),
});
export type NewNote = z.infer<typeof createNoteSchema>;

/** PATCH /notes/:id: the same fields, each optional, and no defaults (absent means unchanged). */
export const patchNoteSchema = z.strictObject({
  title: title.optional(),
  body: body.optional(),
  tags: tags.optional(),
  pinned: pinned.optional(),
});
export type NotePatch = z.infer<typeof patchNoteSchema>;

/**
 * GET /notes. Query values arrive as strings (or arrays of strings when a parameter is repeated,
 * which z.string() refuses). Unknown parameters are ignored, as is usual for query strings.
 */
export const listQuerySchema = z.object({
  tag: tag.optional(),
  q: z.string().trim().min(1).max(MAX_QUERY).optional(),
  pinned: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  sort: z.enum(SORTS).default('-createdAt'),
  // A regex first: Number() alone would accept '', ' 5', '1e1' and '0x10'.
  limit: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1).max(MAX_LIMIT))
    .default(DEFAULT_LIMIT),
  cursor: z.string().min(1).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/**
 * Turns zod's issues into the curriculum's `details`. `path` says where the problem is
 * (['tags', 2] is the third tag): joined with dots it is the field name. An unknown key is
 * reported on the object that holds it, so its name is added to the path.
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
