// The input rules of projects: the body of POST and PATCH, and the 404 of an unknown project.
// Use zod and validate() from ../validation.js, as in p21.
import { HttpError } from '../errors.js';

export interface ProjectInput {
  /** Stored exactly as sent; unique whatever its case. */
  name: string;
}

export const MAX_NAME_LENGTH = 100;

/** TODO (Task 2): { name } only, a non-blank string of at most 100 characters. */
export function parseProjectInput(body: unknown): ProjectInput {
  void body;
  throw new Error('Not implemented: parseProjectInput (Task 2)');
}

/** TODO (Task 6): `?cascade=true` on DELETE /projects/:id: true, false or absent (false). */
export function parseCascade(query: unknown): boolean {
  void query;
  throw new Error('Not implemented: parseCascade (Task 6)');
}

export function projectNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no project with id ${id}.`);
}
