// The input rules of threads and comments (SPEC Interface, "Fields").
import { HttpError } from '../errors.js';

export const MAX_TITLE = 200;
export const MAX_BODY = 2000;

export interface NewComment {
  body: string;
  /** null: a comment on the thread itself. */
  parentId: number | null;
}

/** TODO (Task 1): { title } or a 400 naming each bad or unknown field (see validate() and text() in ../validation.ts). */
export function parseNewThread(body: unknown): string {
  void body;
  throw new Error('Not implemented: parseNewThread (Task 1)');
}

/** TODO (Task 1): { body, parentId? }; a missing parentId is null. */
export function parseNewComment(body: unknown): NewComment {
  void body;
  throw new Error('Not implemented: parseNewComment (Task 1)');
}

export function threadNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no thread ${id}.`);
}

export function commentNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no comment ${id}.`);
}
