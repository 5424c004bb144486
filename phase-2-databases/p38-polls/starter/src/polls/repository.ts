// Every query of polls, options and votes (SPEC.md). Votes must hold up when several processes
// write at once (Task 6).
import type { Db, Queryable } from '../db/client.js';
import type { OptionRow, PollRow, VoteRow } from '../db/schema.js';
import type { NewPoll } from './validation.js';

export interface PollWithOptions {
  poll: PollRow;
  options: OptionRow[];
}

export type CastResult = { kind: 'created' | 'kept' | 'changed'; vote: VoteRow } | { kind: 'no_poll' } | { kind: 'closed' } | { kind: 'unknown_option' };

export type WithdrawResult = 'withdrawn' | 'no_poll' | 'closed' | 'no_vote';

/** TODO (Task 4): When the poll closed as of `now`, or null while it is open. */
export function closingTime(poll: PollRow, now: Date): Date | null {
  void [poll, now];
  throw new Error('Not implemented: closingTime (Task 4)');
}

/** TODO (Task 1): Store a poll and its options. */
export function insertPoll(db: Db, input: NewPoll, now: Date): PollWithOptions {
  void [db, input, now];
  throw new Error('Not implemented: insertPoll (Task 1)');
}

/** TODO (Task 1): The poll, or undefined. */
export function findPoll(db: Queryable, id: number): PollRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findPoll (Task 1)');
}

/** TODO (Task 1): The poll's options in their order. */
export function optionsOf(db: Queryable, pollId: number): OptionRow[] {
  void [db, pollId];
  throw new Error('Not implemented: optionsOf (Task 1)');
}

/** TODO (Task 1): Polls, newest first, of a status or all. */
export function listPolls(db: Db, status: 'open' | 'closed' | undefined, now: Date): PollWithOptions[] {
  void [db, status, now];
  throw new Error('Not implemented: listPolls (Task 1)');
}

/** TODO (Task 4): Close an open poll: the row after, 'closed' when it already was, undefined when there is none. */
export function closePoll(db: Db, id: number, now: Date): PollRow | 'closed' | undefined {
  void [db, id, now];
  throw new Error('Not implemented: closePoll (Task 4)');
}

/** TODO (Task 2): A voter's vote in a poll, or undefined. */
export function findVote(db: Queryable, pollId: number, voterId: string): VoteRow | undefined {
  void [db, pollId, voterId];
  throw new Error('Not implemented: findVote (Task 2)');
}

/** TODO (Task 2): Cast or change a vote (Tasks 2 to 4 and 6). */
export function castVote(db: Db, pollId: number, voterId: string, optionId: number, now: Date): CastResult {
  void [db, pollId, voterId, optionId, now];
  throw new Error('Not implemented: castVote (Task 2)');
}

/** TODO (Task 3): Withdraw a vote (Tasks 3 and 4). */
export function withdrawVote(db: Db, pollId: number, voterId: string, now: Date): WithdrawResult {
  void [db, pollId, voterId, now];
  throw new Error('Not implemented: withdrawVote (Task 3)');
}

/** TODO (Task 5): Every option of the poll, in its order, with its number of votes. */
export function tallies(db: Db, pollId: number): Array<OptionRow & { votes: number }> {
  void [db, pollId];
  throw new Error('Not implemented: tallies (Task 5)');
}
