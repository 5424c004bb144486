// The input rules of orders: a list of lines, each a product and a whole, positive quantity.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { validate } from '../validation.js';

export const MAX_LINES = 50;
export const MAX_QUANTITY = 1_000;

export interface OrderLineInput {
  productId: number;
  quantity: number;
}

const line = z.strictObject({
  productId: z.int().min(1),
  quantity: z.int().min(1).max(MAX_QUANTITY),
});

const placeOrderBody = z
  .strictObject({ lines: z.array(line).min(1).max(MAX_LINES) })
  // Two lines for one product would be two claims on the same stock in one order: almost
  // certainly a client bug, so it is refused rather than silently merged.
  .superRefine((body, ctx) => {
    const seen = new Set<number>();
    body.lines.forEach((entry, index) => {
      if (seen.has(entry.productId)) {
        ctx.addIssue({ code: 'custom', path: ['lines', index, 'productId'], message: `product ${entry.productId} is already in an earlier line` });
      }
      seen.add(entry.productId);
    });
  });

export function parsePlaceOrder(body: unknown): OrderLineInput[] {
  return validate(placeOrderBody, body).lines;
}

export function orderNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no order with id ${id}.`);
}
