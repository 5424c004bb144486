// The HTTP side of sales: validate, write, answer. Errors are thrown and answered by errorHandler
// (Express 5 catches them, in async handlers too).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { SaleRow } from '../db/schema.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { findSale, insertSale, insertSales, type NewSale } from './repository.js';
import { parseBatch, parseSale, type SaleInput } from './validation.js';

/** A sale as the API shows it: the instant in UTC, with milliseconds. */
export interface SaleJson {
  id: number;
  customer: string;
  amountCents: number;
  soldAt: string;
}

export function toSaleJson(row: SaleRow): SaleJson {
  return { id: row.id, customer: row.customer, amountCents: row.amountCents, soldAt: new Date(row.soldAt).toISOString() };
}

/** The routes of /sales, on one database and one clock. */
export function salesRouter(db: Db, now: () => Date): Router {
  // One now() per request: every sale of a batch without soldAt gets the same instant.
  const resolve = (input: SaleInput, at: number): NewSale => ({ ...input, soldAt: input.soldAt ?? at });

  const create = (req: Request, res: Response): void => {
    const row = insertSale(db, resolve(parseSale(req.body), now().getTime()));
    res.status(201).location(`/sales/${row.id}`).json(toSaleJson(row));
  };

  const createBatch = (req: Request, res: Response): void => {
    const at = now().getTime();
    const rows = insertSales(db, parseBatch(req.body).map((input) => resolve(input, at)));
    res.status(201).json({ count: rows.length, items: rows.map(toSaleJson) });
  };

  const read = (req: Request<{ id: string }>, res: Response): void => {
    // Ids are positive integers written in digits: anything else ("abc", "1.5", "1 OR 1=1") names no sale.
    const { id } = req.params;
    const row = /^[1-9]\d{0,15}$/.test(id) ? findSale(db, Number(id)) : undefined;
    if (!row) throw new HttpError(404, 'not_found', `There is no sale ${id}.`);
    res.json(toSaleJson(row));
  };

  const router = Router();
  router.route('/').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/batch').post(jsonBody, createBatch).all(methodNotAllowed(['POST']));
  router.route('/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
