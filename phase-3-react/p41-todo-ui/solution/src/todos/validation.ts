// Turns untrusted input into typed values, or throws the 400/404 the client should see.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export const MAX_TITLE_LENGTH = 200;

// Trimmed before it is checked and stored: "  Buy milk " is "Buy milk".
const title = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.string().min(1, 'must not be blank').max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`));

const newTodo = z.strictObject({ title });
const patch = z
  .strictObject({ title: title.optional(), done: z.boolean().optional() })
  .refine((p) => p.title !== undefined || p.done !== undefined, 'must change title or done');

function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a known field' }))
      : [{ field: String(issue.path[0] ?? 'body'), message: issue.message }],
  );
}

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
  // The message is what the UI shows: it names the field and the rule in plain words.
  throw new HttpError(400, 'validation_failed', details.map((d) => `${d.field === 'body' ? 'The request' : `The ${d.field}`} ${d.message}.`).join(' '), details);
}

export function parseNewTodo(body: unknown): { title: string } {
  return validate(newTodo, body);
}

export function parsePatch(body: unknown): { title?: string; done?: boolean } {
  return validate(patch, body);
}

export function parseTodoId(raw: string): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw todoNotFound(raw);
  return Number(raw);
}

export function todoNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no todo ${id}.`);
}
