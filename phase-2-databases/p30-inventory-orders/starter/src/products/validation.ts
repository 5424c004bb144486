// The input rules of products. Amounts are whole cents (never floating-point money) and
// quantities whole units; a version is what the client last read.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { validate } from '../validation.js';

export const MAX_PRICE_CENTS = 100_000_000;
export const MAX_STOCK = 1_000_000;

export interface CreateProductInput {
  /** Upper-cased: `ab-1` and `AB-1` are the same SKU. */
  sku: string;
  name: string;
  priceCents: number;
  stock: number;
}

/** A PATCH: the version the client read, and at least one field to change. */
export interface UpdateProductInput {
  version: number;
  changes: Partial<Omit<CreateProductInput, 'sku'>>;
}

const sku = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/, 'must be 2 to 32 letters, digits or dashes, starting with a letter or digit')
  .transform((value) => value.toUpperCase());

// Stored exactly as sent: quotes, semicolons and all (the queries are parameterised).
const name = z
  .string()
  .max(100)
  .refine((value) => value.trim() !== '', 'must not be blank');

const priceCents = z.int().min(0).max(MAX_PRICE_CENTS);
const stock = z.int().min(0).max(MAX_STOCK);

const createBody = z.strictObject({ sku, name, priceCents, stock });

const updateBody = z
  .strictObject({ version: z.int().min(1), name: name.optional(), priceCents: priceCents.optional(), stock: stock.optional() })
  .refine((body) => Object.keys(body).length > 1, 'must change at least one of name, priceCents, stock');

const restockBody = z.strictObject({ quantity: z.int().min(1).max(MAX_STOCK) });

export function parseCreateProduct(body: unknown): CreateProductInput {
  return validate(createBody, body);
}

export function parseUpdateProduct(body: unknown): UpdateProductInput {
  const { version, ...changes } = validate(updateBody, body);
  return { version, changes };
}

export function parseRestock(body: unknown): number {
  return validate(restockBody, body).quantity;
}

export function productNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no product with id ${id}.`);
}
