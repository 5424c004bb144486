// POST /imports: a CSV file in, a report out.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { csvBody } from '../csv-body.js';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { validate } from '../movies/validation.js';
import { importMovies, type ImportMode } from './importer.js';

const importQuery = z.strictObject({
  mode: z.enum(['partial', 'all-or-nothing'], 'must be partial or all-or-nothing').default('partial'),
});

export function parseImportQuery(query: unknown): { mode: ImportMode } {
  return validate(importQuery, query);
}

export function importsRouter(db: Db): Router {
  const create = (req: Request, res: Response): void => {
    const { mode } = parseImportQuery(req.query);
    // csvBody has decoded the body to a string.
    const report = importMovies(db, req.body as string, { mode });
    res.json(report);
  };

  const router = Router();
  router.route('/').post(csvBody, create).all(methodNotAllowed(['POST']));
  return router;
}
