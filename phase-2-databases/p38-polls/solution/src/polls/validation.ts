// Turns untrusted input into typed values, or throws the 400/404 the client should see.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export interface NewPoll {
  question: string;
  options: string[];
  closesAt: Date | null;
}

const question = z
  .string()
  .min(1)
  .max(200)
  .refine((v) => v.trim() !== '', 'must not be blank');

const optionText = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.string().min(1, 'must not be blank').max(100));

// An offset is required: "2026-06-01T18:00" alone would mean the server's local time.
const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

function newPollBody(now: Date) {
  return z.strictObject({
    question,
    options: z
      .array(optionText)
      .min(2)
      .max(10)
      .refine((list) => new Set(list.map((o) => o.toLowerCase())).size === list.length, 'must be different from each other (ignoring case)'),
    closesAt: instant.refine((d) => d.getTime() > now.getTime(), 'must be in the future').nullable().default(null),
  });
}

const voteBody = z.strictObject({ optionId: z.int().positive() });
const listQuery = z.object({ status: z.enum(['open', 'closed']).optional() });
const voterId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, _ or -');

function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a known field' }))
      : [{ field: String(issue.path[0] ?? 'body'), message: issue.message }],
  );
}

export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
  throw new HttpError(400, 'validation_failed', details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}

export function parseNewPoll(body: unknown, now: Date): NewPoll {
  return validate(newPollBody(now), body);
}

export function parseVote(body: unknown): { optionId: number } {
  return validate(voteBody, body);
}

export function parseVoterId(raw: string): string {
  const result = voterId.safeParse(raw);
  if (result.success) return result.data;
  throw new HttpError(400, 'validation_failed', `voterId: ${result.error.issues[0]?.message}`, [{ field: 'voterId', message: result.error.issues[0]?.message ?? 'is not valid' }]);
}

export function parseListQuery(query: unknown): { status?: 'open' | 'closed' } {
  return validate(listQuery, query);
}

/** A path id: a positive whole number in plain digits, else 404. */
export function parsePollId(raw: string): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw pollNotFound(raw);
  return Number(raw);
}

export function pollNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no poll ${id}.`);
}

export function pollClosed(id: number): HttpError {
  return new HttpError(409, 'poll_closed', `Poll ${id} is closed.`);
}
