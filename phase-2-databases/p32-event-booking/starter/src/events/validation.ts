// The input rules of events: a name and the labels of its seats.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { validate } from '../validation.js';

export const MAX_NAME = 100;
export const MAX_SEATS = 500;

/**
 * A seat label: one or two capital letters (the row), then 1 to 3 digits (the seat): A1, B12,
 * AA100. Case matters: `a1` is refused rather than guessed at.
 */
export const SEAT_LABEL = /^[A-Z]{1,2}[0-9]{1,3}$/;

export const seatLabel = z.string().regex(SEAT_LABEL, 'must be one or two capital letters then 1 to 3 digits, like A1');

/** A text that is not blank, stored as sent. */
export function nonBlank(max: number) {
  return z
    .string()
    .max(max)
    .refine((value) => value.trim() !== '', 'must not be blank');
}

/**
 * A list of labels, each named once. A label listed twice is reported at its LATER position
 * (`seats.3`), the one the client would remove.
 */
export function labelList(min: number, max: number) {
  return z
    .array(seatLabel)
    .min(min)
    .max(max)
    .superRefine((labels, ctx) => {
      const seen = new Set<string>();
      labels.forEach((label, index) => {
        if (seen.has(label)) ctx.addIssue({ code: 'custom', path: [index], message: `${label} is already listed` });
        seen.add(label);
      });
    });
}

const createEventBody = z.strictObject({
  name: nonBlank(MAX_NAME),
  seats: labelList(1, MAX_SEATS),
});

export type NewEvent = z.output<typeof createEventBody>;

export function parseCreateEvent(body: unknown): NewEvent {
  return validate(createEventBody, body);
}

export function eventNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no event with id ${id}.`);
}
