// The input rules of holds: who holds, which seats, for how many minutes.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { labelList, nonBlank } from '../events/validation.js';
import { validate } from '../validation.js';

export const MAX_CUSTOMER = 100;
export const MAX_SEATS_PER_HOLD = 10;
export const DEFAULT_MINUTES = 10;
export const MAX_MINUTES = 60;

const createHoldBody = z.strictObject({
  customer: nonBlank(MAX_CUSTOMER),
  seats: labelList(1, MAX_SEATS_PER_HOLD),
  minutes: z.int().min(1).max(MAX_MINUTES).default(DEFAULT_MINUTES),
});

export type NewHold = z.output<typeof createHoldBody>;

export function parseCreateHold(body: unknown): NewHold {
  return validate(createHoldBody, body);
}

export function holdNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no hold with id ${id}.`);
}
