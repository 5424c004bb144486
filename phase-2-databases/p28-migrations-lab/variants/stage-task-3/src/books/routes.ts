// The HTTP side of books: each handler validates, runs one repository function and shapes
// the answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { findBook, listBooks } from './repository.js';
import { bookNotFound, parseBookFilter, parseBookId } from './validation.js';

/** The routes of /books, on one database. */
export function booksRouter(db: Db): Router {
  const list = (req: Request, res: Response): void => {
    const filter = parseBookFilter(req.query);
    res.json({ items: listBooks(db, filter) });
  };

  // TODO (Task 4): parseCreateBook(req.body), insertBook, then 201 with a Location header.
  // A duplicate ISBN (isUniqueViolation from ../db/errors.js) is a 409 conflict whose details
  // name the field: [{ field: 'isbn', message: '...' }].
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /books (Task 4)');
  };

  const read = (req: Request<{ id: string }>, res: Response): void => {
    const id = parseBookId(req.params.id);
    const book = findBook(db, id);
    if (!book) throw bookNotFound(id);
    res.json(book);
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
