// The input rules of projects: the body of POST and PATCH, and the 404 of an unknown project.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { validate } from '../validation.js';

export interface ProjectInput {
  /** Stored exactly as sent; unique whatever its case. */
  name: string;
}

export const MAX_NAME_LENGTH = 100;

const projectBody = z.strictObject({
  name: z
    .string()
    .max(MAX_NAME_LENGTH)
    .refine((value) => value.trim() !== '', 'must not be blank'),
});

const deleteQuery = z.object({
  // Only the exact words: "1", "yes" or "TRUE" are more likely a mistake than a wish.
  cascade: z.enum(['true', 'false'], 'must be true or false').default('false'),
});

/** POST and PATCH take the same body: a project has one field. */
export function parseProjectInput(body: unknown): ProjectInput {
  return validate(projectBody, body);
}

/** `?cascade=true` on DELETE /projects/:id. */
export function parseCascade(query: unknown): boolean {
  return validate(deleteQuery, query).cascade === 'true';
}

export function projectNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no project with id ${id}.`);
}
