// Turns untrusted input about helpful votes into typed values, or throws the 400/404/403 the
// client should see.
import { HttpError } from '../errors.js';

export interface VoteInput {
  /** Lower-cased, like an author: the same rules, the same person. */
  voter: string;
}

/** TODO (Task 6): { voter } with voter a username (see reviews/validation.ts); nothing else allowed. */
export function parseVote(body: unknown): VoteInput {
  void body;
  throw new Error('Not implemented: parseVote (Task 6)');
}

/**
 * TODO (Task 6): the :voter of /reviews/:id/votes/:voter, lower-cased; a segment that is no
 * username (USERNAME_PATTERN) throws voteNotFound.
 */
export function parseVoterParam(raw: string, reviewId: number): string {
  void [raw, reviewId];
  throw new Error('Not implemented: parseVoterParam (Task 6)');
}

export function voteNotFound(reviewId: number, voter: string): HttpError {
  return new HttpError(404, 'not_found', `${voter} has not voted for review ${reviewId}.`);
}

/** 403 with a code of this API: a vote says "someone else found this helpful". */
export function ownReview(): HttpError {
  return new HttpError(403, 'own_review', 'You cannot vote for your own review.');
}
