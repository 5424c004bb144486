import { Router } from 'express';
import type { Db } from '../db/client.js';
import type { ProductRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { insertProduct, listProducts } from './repository.js';
import { parseListQuery, parseNewProduct } from './validation.js';

export function toProductJson(row: ProductRow) {
  return { id: row.id, name: row.title, category: row.kind, priceCents: row.cents };
}

export function productsRouter(db: Db): Router {
  const router = Router();
  router.get('/api/products', (req, res) => {
    const at = req.originalUrl.indexOf('?');
    const query = parseListQuery(at === -1 ? '' : req.originalUrl.slice(at + 1));
    const { rows, total } = listProducts(db, query);
    res.json({ items: rows.map(toProductJson), page: query.page, pageSize: query.pageSize, total });
  });
  router.post('/api/products', jsonBody, (req, res) => {
    res.status(201).json(toProductJson(insertProduct(db, parseNewProduct(req.body))));
  });
  router.all('/api/products', methodNotAllowed(['GET', 'POST']));
  return router;
}
