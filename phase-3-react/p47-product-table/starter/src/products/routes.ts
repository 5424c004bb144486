// The HTTP side of the catalogue, under /api/products (SPEC.md, Tasks 1 to 3 and the Interface).
import { Router } from 'express';
import type { Db } from '../db/client.js';
import type { ProductRow } from '../db/schema.js';
import { HttpError } from '../errors.js';

/** TODO (Task 1): the Product shape of the Interface. */
export function toProductJson(row: ProductRow): unknown {
  void row;
  throw new Error('Not implemented: toProductJson (Task 1)');
}

export function productsRouter(db: Db): Router {
  void db;
  const router = Router();
  // TODO (Task 1): GET and POST /api/products, 405 for other methods (Task 3).
  router.all('/api/products', () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the products API (Task 1).');
  });
  return router;
}
