// The HTTP side of books: each handler validates, runs one repository function and shapes
// the answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { findBook, insertBook, listBooks, type Book } from './repository.js';
import { bookNotFound, parseBookFilter, parseBookId, parseCreateBook } from './validation.js';

/** The routes of /books, on one database. */
export function booksRouter(db: Db): Router {
  const list = (req: Request, res: Response): void => {
    const filter = parseBookFilter(req.query);
    res.json({ items: listBooks(db, filter) });
  };

  const create = (req: Request, res: Response): void => {
    const input = parseCreateBook(req.body);
    let book: Book;
    try {
      book = insertBook(db, input);
    } catch (error) {
      // The only unique rule a new book can break is books_isbn_unique (authors are found or
      // created): the database decides, not a SELECT beforehand.
      if (!isUniqueViolation(error)) throw error;
      throw new HttpError(409, 'conflict', `A book with ISBN ${input.isbn} already exists.`, [{ field: 'isbn', message: 'is already the ISBN of another book' }]);
    }
    res.status(201).location(`/books/${book.id}`).json(book);
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
