// The input rules of boards and columns. Names are stored exactly as sent (the queries are
// parameterised); a WIP limit is a whole number of cards, or null for none.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { validate } from '../validation.js';

export const MAX_BOARD_NAME = 100;
export const MAX_COLUMN_NAME = 50;
export const MAX_WIP_LIMIT = 100;

export interface CreateBoardInput {
  name: string;
}

export interface CreateColumnInput {
  name: string;
  /** null: the column takes any number of cards. */
  wipLimit: number | null;
}

/** A string of 1 to `max` characters that is not only whitespace. */
export function text(max: number) {
  return z
    .string()
    .max(max)
    .refine((value) => value.trim() !== '', 'must not be blank');
}

// strictObject: a field the API does not know (a typo, or `position`) is an error.
const createBoardBody = z.strictObject({ name: text(MAX_BOARD_NAME) });

const createColumnBody = z.strictObject({
  name: text(MAX_COLUMN_NAME),
  wipLimit: z.int('must be a whole number of cards or null').min(1).max(MAX_WIP_LIMIT).nullable().default(null),
});

export function parseCreateBoard(body: unknown): CreateBoardInput {
  return validate(createBoardBody, body);
}

export function parseCreateColumn(body: unknown): CreateColumnInput {
  return validate(createColumnBody, body);
}

export function boardNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no board ${id}.`);
}
