// Every query of polls, options and votes. Writes that read first run in IMMEDIATE transactions:
// the write lock is taken at BEGIN, so two processes never both read "no vote yet".
import { and, asc, count, desc, eq, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Queryable } from '../db/client.js';
import { options, polls, votes, type OptionRow, type PollRow, type VoteRow } from '../db/schema.js';
import type { NewPoll } from './validation.js';

export interface PollWithOptions {
  poll: PollRow;
  options: OptionRow[];
}

/** Closed by hand, or its deadline has come. The SQL twin of isClosed(). */
function closedAt(now: Date): SQL {
  return or(isNotNull(polls.closedAt), and(isNotNull(polls.closesAt), lte(polls.closesAt, now)))!;
}

/** When the poll closed as of `now`, or null while it is open: the earlier of the two ways. */
export function closingTime(poll: PollRow, now: Date): Date | null {
  const byDeadline = poll.closesAt && poll.closesAt.getTime() <= now.getTime() ? poll.closesAt : null;
  if (poll.closedAt && byDeadline) return poll.closedAt < byDeadline ? poll.closedAt : byDeadline;
  return poll.closedAt ?? byDeadline;
}

export function insertPoll(db: Db, input: NewPoll, now: Date): PollWithOptions {
  return db.transaction((tx) => {
    const poll = tx.insert(polls).values({ question: input.question, closesAt: input.closesAt, createdAt: now }).returning().get();
    const rows = tx
      .insert(options)
      .values(input.options.map((text, position) => ({ pollId: poll.id, position, text })))
      .returning()
      .all();
    return { poll, options: rows.sort((a, b) => a.position - b.position) };
  });
}

export function findPoll(db: Queryable, id: number): PollRow | undefined {
  return db.select().from(polls).where(eq(polls.id, id)).get();
}

export function optionsOf(db: Queryable, pollId: number): OptionRow[] {
  return db.select().from(options).where(eq(options.pollId, pollId)).orderBy(asc(options.position)).all();
}

export function listPolls(db: Db, status: 'open' | 'closed' | undefined, now: Date): PollWithOptions[] {
  const where = status === undefined ? undefined : status === 'closed' ? closedAt(now) : sql`NOT (${closedAt(now)})`;
  const rows = db.select().from(polls).where(where).orderBy(desc(polls.id)).all();
  return rows.map((poll) => ({ poll, options: optionsOf(db, poll.id) }));
}

/** Closes an open poll; the row after, or 'closed' when it already was. */
export function closePoll(db: Db, id: number, now: Date): PollRow | 'closed' | undefined {
  return db.transaction(
    (tx) => {
      const poll = findPoll(tx, id);
      if (!poll) return undefined;
      if (closingTime(poll, now)) return 'closed';
      return tx.update(polls).set({ closedAt: now }).where(eq(polls.id, id)).returning().get();
    },
    { behavior: 'immediate' },
  );
}

export function findVote(db: Queryable, pollId: number, voterId: string): VoteRow | undefined {
  return db
    .select()
    .from(votes)
    .where(and(eq(votes.pollId, pollId), eq(votes.voterId, voterId)))
    .get();
}

export type CastResult = { kind: 'created' | 'kept' | 'changed'; vote: VoteRow } | { kind: 'no_poll' } | { kind: 'closed' } | { kind: 'unknown_option' };

/**
 * Casts or changes a vote. Everything is decided inside one IMMEDIATE transaction, and the insert
 * is an INSERT ... ON CONFLICT DO NOTHING: the primary key, not an earlier read, decides whether
 * this is the voter's first vote.
 */
export function castVote(db: Db, pollId: number, voterId: string, optionId: number, now: Date): CastResult {
  return db.transaction(
    (tx) => {
      const poll = findPoll(tx, pollId);
      if (!poll) return { kind: 'no_poll' };
      if (closingTime(poll, now)) return { kind: 'closed' };
      const option = tx
        .select()
        .from(options)
        .where(and(eq(options.id, optionId), eq(options.pollId, pollId)))
        .get();
      if (!option) return { kind: 'unknown_option' };
      const inserted = tx.insert(votes).values({ pollId, voterId, optionId, votedAt: now }).onConflictDoNothing().returning().get();
      if (inserted) return { kind: 'created', vote: inserted };
      const earlier = findVote(tx, pollId, voterId)!;
      if (earlier.optionId === optionId) return { kind: 'kept', vote: earlier };
      const changed = tx
        .update(votes)
        .set({ optionId, votedAt: now })
        .where(and(eq(votes.pollId, pollId), eq(votes.voterId, voterId)))
        .returning()
        .get();
      return { kind: 'changed', vote: changed };
    },
    { behavior: 'immediate' },
  );
}

export type WithdrawResult = 'withdrawn' | 'no_poll' | 'closed' | 'no_vote';

export function withdrawVote(db: Db, pollId: number, voterId: string, now: Date): WithdrawResult {
  return db.transaction(
    (tx) => {
      const poll = findPoll(tx, pollId);
      if (!poll) return 'no_poll';
      if (closingTime(poll, now)) return 'closed';
      const removed = tx
        .delete(votes)
        .where(and(eq(votes.pollId, pollId), eq(votes.voterId, voterId)))
        .run();
      return removed.changes > 0 ? 'withdrawn' : 'no_vote';
    },
    { behavior: 'immediate' },
  );
}

/** Every option of the poll, in its order, with its number of votes (0 included: LEFT JOIN). */
export function tallies(db: Db, pollId: number): Array<OptionRow & { votes: number }> {
  return db
    .select({ id: options.id, pollId: options.pollId, position: options.position, text: options.text, votes: count(votes.voterId) })
    .from(options)
    .leftJoin(votes, and(eq(votes.optionId, options.id), eq(votes.pollId, options.pollId)))
    .where(eq(options.pollId, pollId))
    .groupBy(options.id)
    .orderBy(asc(options.position))
    .all();
}
