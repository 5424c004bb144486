// Turns untrusted input into typed values, or throws the 400/404 the client should see.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 20_000;

// Stored exactly as sent, spaces included: the page autosaves while someone is typing, and a
// server that trimmed "Shopping " would fight the cursor. An empty title is allowed ("Untitled").
const title = z.string().max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`);
const body = z.string().max(MAX_BODY_LENGTH, `must be at most ${MAX_BODY_LENGTH} characters`);
const version = z.number().int('must be a whole number').min(1, 'must be at least 1');

const newNote = z.strictObject({ title: title.optional(), body: body.optional() });
// A save replaces the note: all three fields, every time. `version` says which version the
// client's text is based on (optimistic locking).
const save = z.strictObject({ title, body, version });
// The preview takes the body being typed, with the same limit as a note's.
const preview = z.strictObject({ body });

function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a known field' }))
      : // A problem with the whole request (an array, a string) has no path: it is the request's.
        [{ field: String(issue.path[0] ?? 'request'), message: issue.message }],
  );
}

/** A 400 validation_failed whose message names each field and rule in plain words (the page shows it). */
export function invalid(details: FieldProblem[]): HttpError {
  return new HttpError(400, 'validation_failed', details.map((d) => `The ${d.field} ${d.message}.`).join(' '), details);
}

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalid(toDetails(result.error));
}

export function parseNewNote(input: unknown): { title: string; body: string } {
  const { title = '', body = '' } = validate(newNote, input);
  return { title, body };
}

export function parseSave(input: unknown): { title: string; body: string; version: number } {
  return validate(save, input);
}

export function parsePreview(input: unknown): { body: string } {
  return validate(preview, input);
}

export function parseNoteId(raw: string): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw noteNotFound(raw);
  return Number(raw);
}

export function noteNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no note ${id}.`);
}
