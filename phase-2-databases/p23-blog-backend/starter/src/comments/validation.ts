// Turns untrusted input about comments into typed values, or throws the 400/404 to answer.
import { HttpError } from '../errors.js';

export interface CreateCommentInput {
  author: string;
  body: string;
}

export const MAX_AUTHOR_LENGTH = 100;
export const MAX_COMMENT_LENGTH = 2_000;

/** TODO (Task 5): author (1 to 100 characters, not blank) and body (1 to 2,000, not blank); nothing else. */
export function parseCreateComment(input: unknown): CreateCommentInput {
  void input;
  throw new Error('Not implemented: parseCreateComment (Task 5)');
}

/** TODO (Task 5): the :id of /admin/comments/:id; parseId(raw, commentNotFound). */
export function parseCommentId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseCommentId (Task 5)');
}

export function commentNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no comment ${id}.`);
}
