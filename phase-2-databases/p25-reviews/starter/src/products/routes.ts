// The HTTP side of products: create one, read one with its review aggregates.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { ProductRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';

/** How many reviews gave 1, 2, 3, 4 and 5 stars. */
export type Histogram = Record<'1' | '2' | '3' | '4' | '5', number>;

/** A product as the API shows it. */
export interface ProductJson {
  id: number;
  name: string;
  reviewCount: number;
  averageRating: number | null;
  histogram: Histogram;
}

/** TODO (Task 1): the mean rating rounded to 2 decimals, or null when reviewCount is 0. */
export function averageRating(ratingSum: number, reviewCount: number): number | null {
  void [ratingSum, reviewCount];
  throw new Error('Not implemented: averageRating (Task 1)');
}

/** TODO (Task 1): the product as the API shows it, computed from its own row only. */
export function toProductJson(row: ProductRow): ProductJson {
  void row;
  throw new Error('Not implemented: toProductJson (Task 1)');
}

type WithId = Request<{ id: string }>;

/** POST /products and GET /products/:id. */
export function productsRouter(db: Db): Router {
  void db;

  // TODO (Task 1): parseCreateProduct(req.body), insertProduct, then 201 with a Location header.
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /products (Task 1)');
  };

  // TODO (Task 1): parseProductId(req.params.id), findProductById, then the product or 404.
  const read = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /products/:id (Task 1)');
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/products').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/products/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
