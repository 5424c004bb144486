// Turns untrusted input about products into typed values, or throws the 400/404 the client
// should see. Use zod and validate() from ../validate.js, as in p21.
import { HttpError } from '../errors.js';
import { parseId } from '../validate.js';

export interface CreateProductInput {
  name: string;
}

export const MAX_PRODUCT_NAME_LENGTH = 100;

/** TODO (Task 1): name required (a non-blank string of at most 100 characters), nothing else allowed. */
export function parseCreateProduct(body: unknown): CreateProductInput {
  void body;
  throw new Error('Not implemented: parseCreateProduct (Task 1)');
}

/** The :id of /products/:id; anything but digits is a 404. */
export function parseProductId(raw: string): number {
  return parseId(raw, productNotFound);
}

export function productNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no product with id ${id}.`);
}
