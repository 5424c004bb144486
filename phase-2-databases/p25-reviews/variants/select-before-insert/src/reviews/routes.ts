// The HTTP side of reviews: write one on a product, list a product's reviews, and read, change
// or delete one review. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { findProductById } from '../products/repository.js';
import { parseProductId, productNotFound } from '../products/validation.js';
import { deleteReview, findReviewByAuthor, findReviewById, insertReview, listReviews, updateReview, type ReviewWithVotes } from './repository.js';
import { parseCreateReview, parseReviewId, parseReviewQuery, parseUpdateReview, reviewNotFound } from './validation.js';

/** A review as the API shows it. */
export interface ReviewJson {
  id: number;
  productId: number;
  author: string;
  rating: number;
  title: string;
  body: string;
  helpfulCount: number;
  createdAt: string;
  updatedAt: string;
}

export function toReviewJson(row: ReviewWithVotes): ReviewJson {
  return {
    id: row.id,
    productId: row.productId,
    author: row.author,
    rating: row.rating,
    title: row.title,
    body: row.body,
    helpfulCount: row.helpfulCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The review as stored, with its votes counted: the one read after every write. */
function reviewJson(db: Db, id: number): ReviewJson {
  const row = findReviewById(db, id);
  if (!row) throw reviewNotFound(id);
  return toReviewJson(row);
}

type WithId = Request<{ id: string }>;

/** /products/:id/reviews and /reviews/:id, on one database and one clock. */
export function reviewsRouter(db: Db, now: () => Date): Router {
  const create = (req: WithId, res: Response): void => {
    const productId = parseProductId(req.params.id);
    const input = parseCreateReview(req.body);
    // Checked first, so that a duplicate never reaches the database.
    if (findReviewByAuthor(db, productId, input.author)) {
      throw new HttpError(409, 'conflict', `${input.author} has already reviewed product ${productId}.`, { productId, author: input.author });
    }
    const row = insertReview(db, productId, input, now());
    if (!row) throw productNotFound(productId);
    res.status(201).location(`/reviews/${row.id}`).json(reviewJson(db, row.id));
  };

  const list = (req: WithId, res: Response): void => {
    const productId = parseProductId(req.params.id);
    const query = parseReviewQuery(req.query);
    if (!findProductById(db, productId)) throw productNotFound(productId);
    const { rows, total } = listReviews(db, productId, query);
    res.json({ items: rows.map(toReviewJson), total, limit: query.limit, offset: query.offset });
  };

  const read = (req: WithId, res: Response): void => {
    res.json(reviewJson(db, parseReviewId(req.params.id)));
  };

  const update = (req: WithId, res: Response): void => {
    const id = parseReviewId(req.params.id);
    const changes = parseUpdateReview(req.body);
    if (!updateReview(db, id, changes, now())) throw reviewNotFound(id);
    res.json(reviewJson(db, id));
  };

  const remove = (req: WithId, res: Response): void => {
    const id = parseReviewId(req.params.id);
    if (!deleteReview(db, id)) throw reviewNotFound(id);
    res.status(204).end();
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/products/:id/reviews').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/reviews/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
