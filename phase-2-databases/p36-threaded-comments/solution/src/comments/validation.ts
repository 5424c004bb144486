// The input rules of threads and comments.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { parentId, text, validate } from '../validation.js';

export const MAX_TITLE = 200;
export const MAX_BODY = 2000;

export interface NewComment {
  body: string;
  /** null: a comment on the thread itself. */
  parentId: number | null;
}

const threadBody = z.strictObject({ title: text(MAX_TITLE) });
const commentBody = z.strictObject({ body: text(MAX_BODY), parentId: parentId.default(null) });

export function parseNewThread(body: unknown): string {
  return validate(threadBody, body).title;
}

export function parseNewComment(body: unknown): NewComment {
  return validate(commentBody, body);
}

export function threadNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no thread ${id}.`);
}

export function commentNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no comment ${id}.`);
}
