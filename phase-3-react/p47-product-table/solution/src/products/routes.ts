// The HTTP side of the catalogue, under /api/products.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { ProductRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { insertProduct, listProducts } from './repository.js';
import { parseListQuery, parseNewProduct } from './validation.js';

/** A product as the API shows it: exactly these fields. */
export function toProductJson(row: ProductRow) {
  return { id: row.id, name: row.name, category: row.category, priceCents: row.priceCents };
}

export function productsRouter(db: Db): Router {
  const router = Router();
  router
    .route('/api/products')
    .get((req: Request, res: Response) => {
      const query = parseListQuery(req.query);
      const { rows, total } = listProducts(db, query);
      res.json({ items: rows.map(toProductJson), page: query.page, pageSize: query.pageSize, total });
    })
    .post(jsonBody, (req: Request, res: Response) => {
      const row = insertProduct(db, parseNewProduct(req.body));
      res.status(201).json(toProductJson(row));
    })
    .all(methodNotAllowed(['GET', 'POST']));
  return router;
}
