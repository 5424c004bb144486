// Another design of the same data: the table tracked_events, its columns named otherwise.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const events = sqliteTable('tracked_events', {
  id: integer('event_id').primaryKey({ autoIncrement: true }),
  name: text('kind').notNull(),
  occurredAt: integer('at_ms').notNull(),
  userId: text('actor'),
  valueCents: integer('amount'),
});

export type EventRow = typeof events.$inferSelect;
