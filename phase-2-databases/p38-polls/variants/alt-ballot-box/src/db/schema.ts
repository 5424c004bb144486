import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const ballots = sqliteTable('ballots', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  prompt: text('prompt').notNull(),
  deadlineMs: integer('deadline_ms'),
  shutMs: integer('shut_ms'),
  madeMs: integer('made_ms').notNull(),
});

export const choices = sqliteTable('choices', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  ballotId: integer('ballot_id')
    .notNull()
    .references(() => ballots.id),
  label: text('label').notNull(),
  rank: integer('rank').notNull(),
});

export const marks = sqliteTable(
  'marks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ballotId: integer('ballot_id')
      .notNull()
      .references(() => ballots.id),
    voter: text('voter').notNull(),
    choiceId: integer('choice_id')
      .notNull()
      .references(() => choices.id),
    markedMs: integer('marked_ms').notNull(),
  },
  (t) => [uniqueIndex('marks_one_per_voter').on(t.ballotId, t.voter)],
);
