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

// TODO (Task 1): the rules of a title and a body (SPEC.md, Task 1), and the POST body that
// holds exactly these two fields (an unknown field is a 400 naming it: z.strictObject).
// TODO (Task 2): the PATCH body: the same fields, both optional, at least one.
// TODO (Task 3 and Task 4): the search query: q (1 to 200 characters, no U+0000, not repeated)
// and limit (plain digits, 1 to 50, default 20, not repeated).

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

/** TODO (Task 1): a valid POST body, or a 400 validation_failed listing every problem. */
export function parseCreateNote(input: unknown): CreateNoteInput {
  void input;
  throw new Error('Not implemented: parseCreateNote (Task 1)');
}

/** TODO (Task 2): a valid PATCH body (at least one field), or a 400 validation_failed. */
export function parseUpdateNote(input: unknown): UpdateNoteInput {
  void input;
  throw new Error('Not implemented: parseUpdateNote (Task 2)');
}

/** TODO (Task 3, limit in Task 4): q and limit from req.query, or a 400 naming each bad one. */
export function parseSearchQuery(query: unknown): SearchInput {
  void query;
  throw new Error('Not implemented: parseSearchQuery (Task 3)');
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
