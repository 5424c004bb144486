// The HTTP side of polls, votes and results.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { OptionRow, PollRow, VoteRow } from '../db/schema.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { largestRemainder } from './percentages.js';
import { castVote, closePoll, closingTime, findPoll, findVote, insertPoll, listPolls, optionsOf, tallies, withdrawVote } from './repository.js';
import { parseListQuery, parseNewPoll, parsePollId, parseVote, parseVoterId, pollClosed, pollNotFound } from './validation.js';

function toPollJson(poll: PollRow, opts: OptionRow[], now: Date): unknown {
  // TODO (Task 1): the Poll shape of SPEC.md's Interface (status and closedAt: Task 4).
  void [poll, opts, now, closingTime];
  throw new Error('Not implemented: toPollJson (Task 1)');
}

function toVoteJson(vote: VoteRow): unknown {
  // TODO (Task 2): the Vote shape of SPEC.md's Interface.
  void vote;
  throw new Error('Not implemented: toVoteJson (Task 2)');
}

type PollParams = Request<{ id: string }>;
type VoteParams = Request<{ id: string; voterId: string }>;

export function pollsRouter(db: Db, now: () => Date): Router {
  /** The poll of the path, or 404: the first check of every route under /polls/:id. */
  const pollOf = (raw: string): PollRow => {
    const id = parsePollId(raw);
    const poll = findPoll(db, id);
    if (!poll) throw pollNotFound(id);
    return poll;
  };

  const create = (req: Request, res: Response): void => {
    const at = now();
    const input = parseNewPoll(req.body, at);
    const { poll, options } = insertPoll(db, input, at);
    res.status(201).location(`/polls/${poll.id}`).json(toPollJson(poll, options, at));
  };

  const list = (req: Request, res: Response): void => {
    const { status } = parseListQuery(req.query);
    const at = now();
    res.json({ items: listPolls(db, status, at).map(({ poll, options }) => toPollJson(poll, options, at)) });
  };

  const read = (req: PollParams, res: Response): void => {
    const poll = pollOf(req.params.id);
    res.json(toPollJson(poll, optionsOf(db, poll.id), now()));
  };

  const close = (req: PollParams, res: Response): void => {
    const poll = pollOf(req.params.id);
    const at = now();
    const closed = closePoll(db, poll.id, at);
    if (closed === undefined) throw pollNotFound(poll.id);
    if (closed === 'closed') throw pollClosed(poll.id);
    res.json(toPollJson(closed, optionsOf(db, poll.id), at));
  };

  const vote = (req: VoteParams, res: Response): void => {
    const poll = pollOf(req.params.id);
    const { optionId } = parseVote(req.body);
    const voterId = parseVoterId(req.params.voterId);
    const result = castVote(db, poll.id, voterId, optionId, now());
    if (result.kind === 'no_poll') throw pollNotFound(poll.id);
    if (result.kind === 'closed') throw pollClosed(poll.id);
    if (result.kind === 'unknown_option') throw new HttpError(422, 'unknown_option', `Poll ${poll.id} has no option ${optionId}.`);
    res.status(result.kind === 'created' ? 201 : 200).json(toVoteJson(result.vote));
  };

  const readVote = (req: VoteParams, res: Response): void => {
    const poll = pollOf(req.params.id);
    const voterId = parseVoterId(req.params.voterId);
    const found = findVote(db, poll.id, voterId);
    if (!found) throw new HttpError(404, 'not_found', `${voterId} has not voted in poll ${poll.id}.`);
    res.json(toVoteJson(found));
  };

  const withdraw = (req: VoteParams, res: Response): void => {
    const poll = pollOf(req.params.id);
    const voterId = parseVoterId(req.params.voterId);
    const result = withdrawVote(db, poll.id, voterId, now());
    if (result === 'no_poll') throw pollNotFound(poll.id);
    if (result === 'closed') throw pollClosed(poll.id);
    if (result === 'no_vote') throw new HttpError(404, 'not_found', `${voterId} has not voted in poll ${poll.id}.`);
    res.status(204).end();
  };

  const results = (req: PollParams, res: Response): void => {
    // TODO (Task 5): the Results shape of SPEC.md, from tallies() and largestRemainder().
    void [req, res, tallies, largestRemainder];
    throw new Error('Not implemented: GET /polls/:id/results (Task 5)');
  };

  const router = Router();
  router.route('/polls').post(jsonBody, create).get(list).all(methodNotAllowed(['GET', 'POST']));
  router.route('/polls/:id').get(read).all(methodNotAllowed(['GET']));
  router.route('/polls/:id/close').post(close).all(methodNotAllowed(['POST']));
  router.route('/polls/:id/results').get(results).all(methodNotAllowed(['GET']));
  router.route('/polls/:id/votes/:voterId').put(jsonBody, vote).get(readVote).delete(withdraw).all(methodNotAllowed(['GET', 'PUT', 'DELETE']));
  return router;
}
