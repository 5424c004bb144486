// The HTTP side of books: each handler validates, runs one repository function and shapes
// the answer. Throw HttpError for client errors: Express 5 passes it to errorHandler.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';

/** The routes of /books, on one database. */
export function booksRouter(db: Db): Router {
  void db;

  // TODO (Task 3): parseBookFilter(req.query), then { items: listBooks(...) }.
  const list = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /books (Task 3)');
  };

  // TODO (Task 4): parseCreateBook(req.body), insertBook, then 201 with a Location header.
  // A duplicate ISBN (isUniqueViolation from ../db/errors.js) is a 409 conflict whose details
  // name the field: [{ field: 'isbn', message: '...' }].
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /books (Task 4)');
  };

  // TODO (Task 3): parseBookId(req.params.id), findBook, then the book or 404.
  const read = (_req: Request<{ id: string }>, _res: Response): void => {
    throw new Error('Not implemented: GET /books/:id (Task 3)');
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
