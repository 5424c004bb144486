// The HTTP side of the catalogue: each handler validates, runs one repository function and
// shapes the answer. Throw HttpError for client errors: Express 5 passes it to errorHandler.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { ProductRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';

/** A product as the API shows it: exactly these fields, whatever the table holds. */
export interface ProductJson {
  id: number;
  name: string;
  category: string;
  priceCents: number;
  rating: number;
  createdAt: string;
}

/** TODO (Task 2): the row as the API shows it, createdAt as toISOString(). */
export function toProductJson(row: ProductRow): ProductJson {
  void row;
  throw new Error('Not implemented: toProductJson (Task 2)');
}

// The API is read-only: GET (and HEAD, which Express answers with the GET handler) and nothing else.
const READ_ONLY = ['GET', 'HEAD'];

/** The routes of /products, on one database. */
export function productsRouter(db: Db): Router {
  void db;

  // TODO (Task 3): parseListQuery(req.query), listProducts, then { items, limit, nextCursor }
  // (nextCursor: encodeCursor(next), or null).
  const list = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /products (Task 3)');
  };

  // TODO (Task 2): parseProductId(req.params.id), findProductById, then the product or 404.
  const read = (_req: Request<{ id: string }>, _res: Response): void => {
    throw new Error('Not implemented: GET /products/:id (Task 2)');
  };

  const router = Router();
  router.route('/').get(list).all(methodNotAllowed(READ_ONLY));
  router.route('/:id').get(read).all(methodNotAllowed(READ_ONLY));
  return router;
}

/** GET /categories: each category with its number of products. */
export function categoriesRouter(db: Db): Router {
  void db;
  const router = Router();
  router
    .route('/')
    // TODO (Task 2): countByCategory(db) as JSON.
    .get(() => {
      throw new Error('Not implemented: GET /categories (Task 2)');
    })
    .all(methodNotAllowed(READ_ONLY));
  return router;
}
