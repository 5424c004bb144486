// The input rules of cards: where a new card goes, and where a moved card goes. A position is a
// whole number from 0; a number past the end of the column is not an error (the card goes last,
// see the repository), but a negative one, a float or a string is.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { text } from '../boards/validation.js';
import { validate } from '../validation.js';

export const MAX_TITLE = 200;

export interface CreateCardInput {
  columnId: number;
  title: string;
  /** undefined: at the end of the column. */
  position?: number;
}

export interface MoveCardInput {
  columnId: number;
  /** undefined: at the end of the target column. */
  position?: number;
}

const columnId = z.int('must be the id of a column').positive('must be the id of a column');
// z.int() also refuses numbers beyond Number.MAX_SAFE_INTEGER.
const position = z.int('must be a whole number').min(0, 'must be 0 or more');

const createCardBody = z.strictObject({ columnId, title: text(MAX_TITLE), position: position.optional() });
const moveCardBody = z.strictObject({ columnId, position: position.optional() });

export function parseCreateCard(body: unknown): CreateCardInput {
  return validate(createCardBody, body);
}

export function parseMoveCard(body: unknown): MoveCardInput {
  return validate(moveCardBody, body);
}

export function cardNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no card ${id} on this board.`);
}

/** A columnId of the body that names no column of the board: 404, with the field it came from. */
export function columnNotFound(id: number): HttpError {
  return new HttpError(404, 'not_found', `There is no column ${id} on this board.`, [{ field: 'columnId', message: `there is no column ${id} on this board` }]);
}
