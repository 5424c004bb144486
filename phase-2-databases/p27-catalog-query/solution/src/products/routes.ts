// The HTTP side of the catalogue: each handler validates, runs one repository function and
// shapes the answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { ProductRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { encodeCursor } from './cursor.js';
import { countByCategory, findProductById, listProducts } from './repository.js';
import { parseListQuery, parseProductId, productNotFound } from './validation.js';

/** A product as the API shows it: exactly these fields, whatever the table holds. */
export interface ProductJson {
  id: number;
  name: string;
  category: string;
  priceCents: number;
  rating: number;
  createdAt: string;
}

export function toProductJson(row: ProductRow): ProductJson {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    priceCents: row.priceCents,
    rating: row.rating,
    createdAt: row.createdAt.toISOString(),
  };
}

// The API is read-only: GET (and HEAD, which Express answers with the GET handler) and nothing else.
const READ_ONLY = ['GET', 'HEAD'];

/** The routes of /products, on one database. */
export function productsRouter(db: Db): Router {
  const list = (req: Request, res: Response): void => {
    const query = parseListQuery(req.query);
    const { rows, next } = listProducts(db, query);
    res.json({ items: rows.map(toProductJson), limit: query.limit, nextCursor: next ? encodeCursor(next) : null });
  };

  const read = (req: Request<{ id: string }>, res: Response): void => {
    const id = parseProductId(req.params.id);
    const row = findProductById(db, id);
    if (!row) throw productNotFound(id);
    res.json(toProductJson(row));
  };

  const router = Router();
  router.route('/').get(list).all(methodNotAllowed(READ_ONLY));
  router.route('/:id').get(read).all(methodNotAllowed(READ_ONLY));
  return router;
}

/** GET /categories: each category with its number of products. */
export function categoriesRouter(db: Db): Router {
  const router = Router();
  router
    .route('/')
    .get((_req, res) => {
      res.json(countByCategory(db));
    })
    .all(methodNotAllowed(READ_ONLY));
  return router;
}
