// POST /imports: a CSV file in, a report out.
import { Router, type Request, type Response } from 'express';
import { csvBody } from '../csv-body.js';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import type { ImportMode } from './importer.js';

/** TODO (Task 2): mode, partial by default; any other value or parameter is a 400 (validate()). */
export function parseImportQuery(query: unknown): { mode: ImportMode } {
  void query;
  throw new Error('Not implemented: parseImportQuery (Task 2)');
}

export function importsRouter(db: Db): Router {
  void db;

  // TODO (Task 2): parseImportQuery, importMovies on req.body (csvBody has made it a string),
  // then 200 with the report.
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /imports (Task 2)');
  };

  const router = Router();
  router.route('/').post(csvBody, create).all(methodNotAllowed(['POST']));
  return router;
}
