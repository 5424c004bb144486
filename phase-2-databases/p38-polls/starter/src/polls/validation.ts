// Turns untrusted input into typed values, or throws the 400/404 the client should see.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export interface NewPoll {
  question: string;
  options: string[];
  closesAt: Date | null;
}

// TODO (Tasks 1 and 2): the rules of SPEC.md for a new poll, a vote's body and a voter id, and
// for GET /polls?status= (zod's strictObject refuses unknown fields).

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

/** TODO (Task 1): see SPEC.md. */
export function parseNewPoll(body: unknown, now: Date): NewPoll {
  void [body, now];
  throw new Error('Not implemented: parseNewPoll (Task 1)');
}

/** TODO (Task 2): see SPEC.md. */
export function parseVote(body: unknown): { optionId: number } {
  void [body];
  throw new Error('Not implemented: parseVote (Task 2)');
}

/** TODO (Task 2): see SPEC.md. */
export function parseVoterId(raw: string): string {
  void [raw];
  throw new Error('Not implemented: parseVoterId (Task 2)');
}

/** TODO (Task 1): see SPEC.md. */
export function parseListQuery(query: unknown): { status?: 'open' | 'closed' } {
  void [query];
  throw new Error('Not implemented: parseListQuery (Task 1)');
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
