// Turns untrusted input into typed values, or throws the 400 the client should see (SPEC.md,
// Tasks 1 and 2). A suggested structure: change it as you like.
import { HttpError } from '../errors.js';

export const MAX_AUTHOR_LENGTH = 40;
export const MAX_TEXT_LENGTH = 280;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;

/** TODO (Task 1): the body of POST /api/posts; 400 validation_failed with details otherwise. */
export function parseNewPost(body: unknown): { author: string; text: string } {
  void [body, HttpError];
  throw new Error('Not implemented: parseNewPost (Task 1)');
}

/** TODO (Tasks 1 and 2): the query of GET /api/feed (limit, and cursor as a string). */
export function parseFeedQuery(query: unknown): { limit: number; cursor?: string | undefined } {
  void query;
  throw new Error('Not implemented: parseFeedQuery (Task 1)');
}
