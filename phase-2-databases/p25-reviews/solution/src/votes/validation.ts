// Turns untrusted input about helpful votes into typed values, or throws the 400/404 the
// client should see.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { username, USERNAME_PATTERN } from '../reviews/validation.js';
import { validate } from '../validate.js';

export interface VoteInput {
  /** Lower-cased, like an author: the same rules, the same person. */
  voter: string;
}

const voteBody = z.strictObject({ voter: username });

export function parseVote(body: unknown): VoteInput {
  return validate(voteBody, body, 'a vote');
}

/**
 * The :voter of /reviews/:id/votes/:voter, lower-cased. A segment that is no username cannot
 * name a vote: it is a 404 like a vote that does not exist.
 */
export function parseVoterParam(raw: string, reviewId: number): string {
  const voter = raw.toLowerCase();
  if (!USERNAME_PATTERN.test(voter)) throw voteNotFound(reviewId, raw);
  return voter;
}

export function voteNotFound(reviewId: number, voter: string): HttpError {
  return new HttpError(404, 'not_found', `${voter} has not voted for review ${reviewId}.`);
}

/** 403 with a code of this API: a vote says "someone else found this helpful". */
export function ownReview(): HttpError {
  return new HttpError(403, 'own_review', 'You cannot vote for your own review.');
}
