// The HTTP side of products: create one, read one with its review aggregates.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { findProductById, insertProduct, type ProductRow } from './repository.js';
import { parseCreateProduct, parseProductId, productNotFound } from './validation.js';

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

/** The mean rating rounded to 2 decimals, or null when nobody has rated the product yet. */
export function averageRating(ratingSum: number, reviewCount: number): number | null {
  if (reviewCount === 0) return null;
  return Math.round((ratingSum / reviewCount) * 100) / 100;
}

/** Count and sum come from the five tallies: no review is read to answer this. */
export function toProductJson(row: ProductRow): ProductJson {
  const [one, two, three, four, five] = row.tallies;
  const count = one + two + three + four + five;
  const sum = one + 2 * two + 3 * three + 4 * four + 5 * five;
  return { id: row.id, name: row.name, reviewCount: count, averageRating: averageRating(sum, count), histogram: { '1': one, '2': two, '3': three, '4': four, '5': five } };
}

type WithId = Request<{ id: string }>;

/** POST /products and GET /products/:id. */
export function productsRouter(db: Db): Router {
  const create = (req: Request, res: Response): void => {
    const input = parseCreateProduct(req.body);
    const row = insertProduct(db, input);
    res.status(201).location(`/products/${row.id}`).json(toProductJson(row));
  };

  const read = (req: WithId, res: Response): void => {
    const id = parseProductId(req.params.id);
    const row = findProductById(db, id);
    if (!row) throw productNotFound(id);
    res.json(toProductJson(row));
  };

  const router = Router();
  router.route('/products').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/products/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
