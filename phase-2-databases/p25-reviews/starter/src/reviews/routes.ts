// The HTTP side of reviews: write one on a product, list a product's reviews, and read, change
// or delete one review. Throw HttpError for client errors: Express 5 passes it to errorHandler.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import type { ReviewWithVotes } from './repository.js';

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

/** TODO (Task 2): the review as the API shows it, dates as toISOString(). */
export function toReviewJson(row: ReviewWithVotes): ReviewJson {
  void row;
  throw new Error('Not implemented: toReviewJson (Task 2)');
}

type WithId = Request<{ id: string }>;

/** /products/:id/reviews and /reviews/:id, on one database and one clock. */
export function reviewsRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 2): parseProductId, parseCreateReview, insertReview, then 201 with
  // Location: /reviews/<id> and the review; 404 when there is no such product.
  // TODO (Task 3): a duplicate (isUniqueViolation) is a 409 conflict with details { productId, author }.
  const create = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: POST /products/:id/reviews (Task 2)');
  };

  // TODO (Task 4): parseProductId, parseReviewQuery(req.query), 404 for an unknown product, then
  // { items, total, limit, offset }.
  const list = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /products/:id/reviews (Task 4)');
  };

  // TODO (Task 2): parseReviewId, findReviewById, then the review or 404.
  const read = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /reviews/:id (Task 2)');
  };

  // TODO (Task 5): parseReviewId, parseUpdateReview, updateReview, then the review or 404.
  const update = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: PATCH /reviews/:id (Task 5)');
  };

  // TODO (Task 5): 204 with no body, or 404.
  const remove = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: DELETE /reviews/:id (Task 5)');
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/products/:id/reviews').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/reviews/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
