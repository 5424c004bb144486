// The HTTP side of helpful votes: POST /reviews/:id/votes and DELETE /reviews/:id/votes/:voter.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';

/** The votes of /reviews/:id, on one database and one clock. */
export function votesRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 6): parseReviewId, parseVote, 404 for an unknown review, 403 own_review when the
  // voter wrote it, addVote, then 201 (a new vote) or 200 (a repeated one) with the review.
  const vote = (_req: Request<{ id: string }>, _res: Response): void => {
    throw new Error('Not implemented: POST /reviews/:id/votes (Task 6)');
  };

  // TODO (Task 6): parseReviewId, parseVoterParam, removeVote, then 204 with no body, or 404.
  const unvote = (_req: Request<{ id: string; voter: string }>, _res: Response): void => {
    throw new Error('Not implemented: DELETE /reviews/:id/votes/:voter (Task 6)');
  };

  const router = Router();
  router.route('/reviews/:id/votes').post(jsonBody, vote).all(methodNotAllowed(['POST']));
  router.route('/reviews/:id/votes/:voter').delete(unvote).all(methodNotAllowed(['DELETE']));
  return router;
}
