// The input rules of the todos API (SPEC.md, Task 1): 400 validation_failed with details, 404 for
// ids that are not positive whole numbers.
import type { HttpError } from '../errors.js';

export const MAX_TITLE_LENGTH = 200;

export function parseNewTodo(body: unknown): { title: string } {
  void body;
  throw new Error('Not implemented: parseNewTodo (Task 1)');
}

export function parsePatch(body: unknown): { title?: string; done?: boolean } {
  void body;
  throw new Error('Not implemented: parsePatch (Task 1)');
}

export function parseTodoId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseTodoId (Task 1)');
}

export function todoNotFound(id: string | number): HttpError {
  void id;
  throw new Error('Not implemented: todoNotFound (Task 1)');
}
