// The HTTP side of products: each handler validates, runs one repository function and shapes
// the answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import type { ProductRow } from '../db/schema.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { parseId, parsePage } from '../validation.js';
import { findProduct, findProductBySku, insertProduct, listProducts, restockProduct, updateProductIfVersion } from './repository.js';
import { parseCreateProduct, parseRestock, parseUpdateProduct, productNotFound } from './validation.js';

/** A product as the API shows it. */
export interface ProductJson {
  id: number;
  sku: string;
  name: string;
  priceCents: number;
  stock: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function toProductJson(row: ProductRow): ProductJson {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    priceCents: row.priceCents,
    stock: row.stock,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The version as an HTTP entity tag, so a client can also see it in the `ETag` header. */
function sendProduct(res: Response, row: ProductRow, status = 200): void {
  res.status(status).set('ETag', `"${row.version}"`).json(toProductJson(row));
}

/** Runs a write and turns a taken SKU (the database's unique index) into a 409 naming its owner. */
function rejectDuplicateSku<T>(db: Db, sku: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const owner = findProductBySku(db, sku);
    throw new HttpError(409, 'conflict', `The SKU ${sku} is already taken.`, [{ field: 'sku', message: `is taken by product ${owner?.id}` }]);
  }
}

type WithId = Request<{ id: string }>;

/** The routes of /products, on one database and one clock. */
export function productsRouter(db: Db, now: () => Date): Router {
  const productId = (req: WithId) => parseId(req.params.id, productNotFound);

  const list = (req: Request, res: Response): void => {
    const page = parsePage(req.query);
    const { rows, total } = listProducts(db, page);
    res.json({ items: rows.map(toProductJson), total, limit: page.limit, offset: page.offset });
  };

  const create = (req: Request, res: Response): void => {
    const input = parseCreateProduct(req.body);
    const row = rejectDuplicateSku(db, input.sku, () => insertProduct(db, input, now()));
    res.location(`/products/${row.id}`);
    sendProduct(res, row, 201);
  };

  const read = (req: WithId, res: Response): void => {
    const id = productId(req);
    const row = findProduct(db, id);
    if (!row) throw productNotFound(id);
    sendProduct(res, row);
  };

  const update = (req: WithId, res: Response): void => {
    const id = productId(req);
    const input = parseUpdateProduct(req.body);
    const result = updateProductIfVersion(db, id, input, now());
    if (result.status === 'missing') throw productNotFound(id);
    if (result.status === 'stale') {
      throw new HttpError(409, 'stale_version', `Product ${id} changed since version ${input.version}: read it again and retry.`, [
        { field: 'version', message: `is ${input.version}, but the product is at version ${result.currentVersion}`, currentVersion: result.currentVersion },
      ]);
    }
    sendProduct(res, result.row);
  };

  const restock = (req: WithId, res: Response): void => {
    const id = productId(req);
    const quantity = parseRestock(req.body);
    const row = restockProduct(db, id, quantity, now());
    if (!row) throw productNotFound(id);
    sendProduct(res, row);
  };

  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).patch(jsonBody, update).all(methodNotAllowed(['GET', 'HEAD', 'PATCH']));
  router.route('/:id/restock').post(jsonBody, restock).all(methodNotAllowed(['POST']));
  return router;
}
