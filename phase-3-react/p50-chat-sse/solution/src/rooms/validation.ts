// Turns untrusted input into typed values, or throws the 400/404 the client should see.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export const MAX_NAME_LENGTH = 60;
export const MAX_AUTHOR_LENGTH = 40;
export const MAX_TEXT_LENGTH = 2000;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** A string, trimmed, then between 1 and `max` characters. */
const trimmed = (max: number) =>
  z
    .string()
    .transform((v) => v.trim())
    .pipe(z.string().min(1, 'must not be blank').max(max, `must be at most ${max} characters`));

const newRoom = z.strictObject({ name: trimmed(MAX_NAME_LENGTH) });
const newMessage = z.strictObject({ author: trimmed(MAX_AUTHOR_LENGTH), text: trimmed(MAX_TEXT_LENGTH) });

// Query values arrive as strings (or arrays, when a parameter is repeated): only digits pass.
const whole = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,16}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const historyQuery = z.object({
  before: whole(1, Number.MAX_SAFE_INTEGER).optional(),
  limit: whole(1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

const lastEventId = whole(0, Number.MAX_SAFE_INTEGER);

function toDetails(error: z.ZodError, fallbackField = 'body'): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a known field' }))
      : [{ field: String(issue.path[0] ?? fallbackField), message: issue.message }],
  );
}

function validate<S extends z.ZodType>(schema: S, input: unknown, fallbackField?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error, fallbackField);
  // The message is what the page shows: it names the field and the rule in plain words.
  throw new HttpError(400, 'validation_failed', details.map((d) => `${d.field === 'body' ? 'The request' : `The ${d.field}`} ${d.message}.`).join(' '), details);
}

export function parseNewRoom(body: unknown): { name: string } {
  return validate(newRoom, body);
}

export function parseNewMessage(body: unknown): { author: string; text: string } {
  return validate(newMessage, body);
}

export function parseHistoryQuery(query: Record<string, unknown>): { before?: number; limit: number } {
  // Only the two parameters this route reads; any other is ignored.
  return validate(historyQuery, { before: query.before, limit: query.limit });
}

/**
 * Where a stream starts: the Last-Event-ID header (a browser's EventSource sends it when it
 * reconnects) wins over ?lastEventId= (what the page put in the URL when it first connected, which
 * the reconnect repeats unchanged). null: neither was sent, the client wants live messages only.
 */
export function parseLastEventId(header: string | undefined, query: unknown): number | null {
  const raw = header !== undefined && header !== '' ? header : query;
  if (raw === undefined) return null;
  return validate(lastEventId, raw, 'lastEventId');
}

export function parseRoomId(raw: string): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw roomNotFound(raw);
  return Number(raw);
}

export function roomNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no room ${id}.`);
}
