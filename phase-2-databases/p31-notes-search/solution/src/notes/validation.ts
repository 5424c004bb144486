// Turns untrusted input (JSON bodies, query strings, path segments) into typed values, or
// throws the 400/404 the client should see. Nothing unchecked gets past this file.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export interface CreateNoteInput {
  title: string;
  body: string;
}

/** A PATCH body: only the fields sent, at least one. */
export type UpdateNoteInput = Partial<CreateNoteInput>;

/** GET /notes/search: the text the user typed, and how many results to answer at most. */
export interface SearchInput {
  q: string;
  limit: number;
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 10_000;
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;

// Stored exactly as sent: quotes, brackets, SQL and FTS5 syntax included (nothing is glued into SQL).
const title = z
  .string()
  .min(1)
  .max(MAX_TITLE_LENGTH)
  .refine((value) => value.trim() !== '', 'must not be blank');

// A body may be empty: a note can be only a title.
const body = z.string().max(MAX_BODY_LENGTH);

// strictObject: a field the API does not know (a typo, or `id`) is an error, not silently dropped.
const createNoteBody = z.strictObject({ title, body });

const updateNoteBody = z
  .strictObject({ title: title.optional(), body: body.optional() })
  .refine((value) => Object.keys(value).length > 0, 'must have at least one of the fields title, body');

/**
 * Query values are strings, or arrays when a parameter is repeated (?q=a&q=b): z.string()
 * refuses the arrays. Only plain digits make a limit ("1e1", " 5", "5.0" do not).
 */
const searchQuery = z.object({
  // FTS5 reads a MATCH expression as a C string, which ends at the first NUL character: the
  // closing quote after it would be lost ("unterminated string", a 500). It is refused here.
  q: z
    .string()
    .min(1)
    .max(MAX_QUERY_LENGTH)
    .refine((value) => !value.includes('\u0000'), 'must not contain the character U+0000'),
  limit: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1).max(MAX_LIMIT))
    .default(DEFAULT_LIMIT),
});

/** One entry per problem; a problem with the body as a whole (not an object, empty) is `body`'s. */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a field of a note' }))
      : [{ field: issue.path.join('.') || 'body', message: issue.message }],
  );
}

/** Throws the 400 validation_failed whose details list these problems. */
export function invalid(details: FieldProblem[]): HttpError {
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new HttpError(400, 'validation_failed', message, details);
}

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalid(toDetails(result.error));
}

export function parseCreateNote(input: unknown): CreateNoteInput {
  return validate(createNoteBody, input);
}

export function parseUpdateNote(input: unknown): UpdateNoteInput {
  return validate(updateNoteBody, input);
}

export function parseSearchQuery(query: unknown): SearchInput {
  return validate(searchQuery, query);
}

/**
 * The :id of /notes/:id. Ids are positive integers written in digits; anything else
 * ("abc", "1.5", "1 OR 1=1") cannot name a note, so it is a 404 like an unknown id.
 */
export function parseNoteId(raw: string): number {
  if (!/^\d+$/.test(raw)) throw noteNotFound(raw);
  return Number(raw);
}

export function noteNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no note with id ${id}.`);
}
