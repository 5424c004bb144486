// Turns untrusted input into typed values, or throws the 400/404 the client should see
// (SPEC.md, Tasks 1, 2 and 4). A suggested structure: change it as you like.
import { HttpError } from '../errors.js';

export const MAX_NAME_LENGTH = 60;
export const MAX_AUTHOR_LENGTH = 40;
export const MAX_TEXT_LENGTH = 2000;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** TODO (Task 1): { name }, trimmed, or 400 validation_failed with details. */
export function parseNewRoom(body: unknown): { name: string } {
  void body;
  throw new Error('Not implemented: parseNewRoom (Task 1)');
}

/** TODO (Task 1): { author, text }, trimmed, or 400 validation_failed with details. */
export function parseNewMessage(body: unknown): { author: string; text: string } {
  void body;
  throw new Error('Not implemented: parseNewMessage (Task 1)');
}

/** TODO (Task 2): before and limit from the query (a repeated parameter arrives as an array). */
export function parseHistoryQuery(query: Record<string, unknown>): { before?: number; limit: number } {
  void query;
  throw new Error('Not implemented: parseHistoryQuery (Task 2)');
}

/** TODO (Task 4): where a stream starts: the header, else the query, else null (live only). */
export function parseLastEventId(header: string | undefined, query: unknown): number | null {
  void [header, query];
  throw new Error('Not implemented: parseLastEventId (Task 4)');
}

/** TODO (Task 1): a positive whole number, or 404 (SPEC.md, Task 1). */
export function parseRoomId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseRoomId (Task 1)');
}

export function roomNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no room ${id}.`);
}
