// Turns untrusted input about products into typed values, or throws the 400/404 the client
// should see.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { parseId, validate } from '../validate.js';

export interface CreateProductInput {
  name: string;
}

export const MAX_PRODUCT_NAME_LENGTH = 100;

// Stored exactly as sent: quotes, semicolons and all (the queries are parameterised).
const createProductBody = z.strictObject({
  name: z
    .string()
    .max(MAX_PRODUCT_NAME_LENGTH)
    .refine((value) => value.trim() !== '', 'must not be blank'),
});

export function parseCreateProduct(body: unknown): CreateProductInput {
  return validate(createProductBody, body, 'a product');
}

/** The :id of /products/:id; anything but digits is a 404. */
export function parseProductId(raw: string): number {
  return parseId(raw, productNotFound);
}

export function productNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no product with id ${id}.`);
}
