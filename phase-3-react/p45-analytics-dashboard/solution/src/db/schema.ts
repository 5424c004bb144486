// The events table. drizzle-kit reads this file to generate the migrations in drizzle/.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** The instant it happened: milliseconds since 1970-01-01T00:00:00Z. No zone, no local date. */
    occurredAt: integer('occurred_at').notNull(),
    /** null for an anonymous event: it counts as an event, never as a user. */
    userId: text('user_id'),
    /** Money the event brought, in whole cents; null when it brought none. */
    valueCents: integer('value_cents'),
  },
  (t) => [
    check('events_value_not_negative', sql`${t.valueCents} >= 0`),
    // Every statistic asks for the events between two instants.
    index('events_occurred_at').on(t.occurredAt),
  ],
);

export type EventRow = typeof events.$inferSelect;
