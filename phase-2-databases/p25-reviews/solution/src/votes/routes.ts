// The HTTP side of helpful votes: POST /reviews/:id/votes and DELETE /reviews/:id/votes/:voter.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { findReviewById } from '../reviews/repository.js';
import { toReviewJson } from '../reviews/routes.js';
import { parseReviewId, reviewNotFound } from '../reviews/validation.js';
import { addVote, removeVote } from './repository.js';
import { ownReview, parseVote, parseVoterParam, voteNotFound } from './validation.js';

/** The votes of /reviews/:id, on one database and one clock. */
export function votesRouter(db: Db, now: () => Date): Router {
  const vote = (req: Request<{ id: string }>, res: Response): void => {
    const reviewId = parseReviewId(req.params.id);
    const { voter } = parseVote(req.body);
    const review = findReviewById(db, reviewId);
    if (!review) throw reviewNotFound(reviewId);
    if (review.author === voter) throw ownReview();
    // A second vote by the same voter changes nothing and is not an error: 200 instead of 201.
    const created = addVote(db, reviewId, voter, now());
    res.status(created ? 201 : 200).json(toReviewJson(findReviewById(db, reviewId)!));
  };

  const unvote = (req: Request<{ id: string; voter: string }>, res: Response): void => {
    const reviewId = parseReviewId(req.params.id);
    const voter = parseVoterParam(req.params.voter, reviewId);
    if (!removeVote(db, reviewId, voter)) throw voteNotFound(reviewId, voter);
    res.status(204).end();
  };

  const router = Router();
  router.route('/reviews/:id/votes').post(jsonBody, vote).all(methodNotAllowed(['POST']));
  router.route('/reviews/:id/votes/:voter').delete(unvote).all(methodNotAllowed(['DELETE']));
  return router;
}
