// The HTTP side of authors: a read-only list (authors are created by POST /books).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { listAuthors } from './repository.js';

/** The routes of /authors, on one database. */
export function authorsRouter(db: Db): Router {
  const list = (_req: Request, res: Response): void => {
    res.json({ items: listAuthors(db) });
  };

  const router = Router();
  router.route('/').get(list).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
