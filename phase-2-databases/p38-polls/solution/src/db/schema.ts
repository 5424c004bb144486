// Polls, their options and the votes. The rules that must hold whatever writes to the file live
// here, in the database: one vote per voter per poll, and a vote's option belongs to its poll.
import { foreignKey, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const polls = sqliteTable('polls', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  question: text('question').notNull(),
  /** The deadline the poll was created with, or NULL: closed from then on, without any write. */
  closesAt: integer('closes_at', { mode: 'timestamp_ms' }),
  /** When POST /polls/:id/close ran, or NULL. */
  closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const options = sqliteTable(
  'options',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pollId: integer('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [
    uniqueIndex('options_poll_position_unique').on(t.pollId, t.position),
    // The target of the votes' composite foreign key below.
    uniqueIndex('options_poll_id_unique').on(t.pollId, t.id),
  ],
);

export const votes = sqliteTable(
  'votes',
  {
    pollId: integer('poll_id').notNull(),
    voterId: text('voter_id').notNull(),
    optionId: integer('option_id').notNull(),
    votedAt: integer('voted_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    // One vote per voter per poll: the key itself, so no second row can exist.
    primaryKey({ columns: [t.pollId, t.voterId] }),
    // (poll, option) must be an option OF THIS poll: a plain option_id reference would accept
    // an option of another poll.
    foreignKey({ columns: [t.pollId, t.optionId], foreignColumns: [options.pollId, options.id] }).onDelete('cascade'),
    index('votes_option_idx').on(t.optionId),
  ],
);

export type PollRow = typeof polls.$inferSelect;
export type OptionRow = typeof options.$inferSelect;
export type VoteRow = typeof votes.$inferSelect;
