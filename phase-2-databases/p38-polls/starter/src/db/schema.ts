// Polls, their options and the votes. drizzle-kit reads this file to generate the migrations in
// drizzle/; run `npx drizzle-kit generate` in this folder after every change.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const polls = sqliteTable('polls', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the question, closesAt and createdAt. TODO (Task 4): how a poll is closed by hand.
});

export const options = sqliteTable('options', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): which poll an option belongs to, its place in the poll, its text.
});

export const votes = sqliteTable('votes', {
  // TODO (Task 2): who voted for which option of which poll, and when; the database itself must
  // refuse a second vote of a voter in a poll (SPEC.md, Task 2).
  pollId: integer('poll_id').notNull(),
});

export type PollRow = typeof polls.$inferSelect;
export type OptionRow = typeof options.$inferSelect;
export type VoteRow = typeof votes.$inferSelect;
