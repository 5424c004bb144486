// Turns untrusted input about comments into typed values, or throws the 400/404 to answer.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { parseId, requiredText, validate } from '../validation.js';

export interface CreateCommentInput {
  author: string;
  body: string;
}

export const MAX_AUTHOR_LENGTH = 100;
export const MAX_COMMENT_LENGTH = 2_000;

const createCommentBody = z.strictObject({
  author: requiredText(MAX_AUTHOR_LENGTH),
  body: requiredText(MAX_COMMENT_LENGTH),
});

export function parseCreateComment(input: unknown): CreateCommentInput {
  return validate(createCommentBody, input);
}

export function parseCommentId(raw: string): number {
  return parseId(raw, commentNotFound);
}

export function commentNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no comment ${id}.`);
}
