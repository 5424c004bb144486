// The HTTP side of the statistics (SPEC.md, Tasks 2 and 3).
import { Router } from 'express';
import type { Db } from '../db/client.js';
import { HttpError } from '../errors.js';

export function statsRouter(db: Db): Router {
  void db;
  const router = Router();
  // TODO (Task 2): GET /api/stats/summary. TODO (Task 3): GET /api/stats/daily. Both: 405 for
  // other methods.
  router.all(['/api/stats/summary', '/api/stats/daily'], () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the statistics (Tasks 2 and 3).');
  });
  return router;
}
