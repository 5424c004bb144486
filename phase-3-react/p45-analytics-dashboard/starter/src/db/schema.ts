// The events table. drizzle-kit reads this file to generate the migrations in drizzle/:
// run `npx drizzle-kit generate --name create_events` in this folder after every change.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const events = sqliteTable('events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the columns an event needs (SPEC.md, Task 1): store the instant as integer
  // milliseconds, never as a local date. Advice: an index on it, since every statistic asks for
  // the events between two instants.
});

export type EventRow = typeof events.$inferSelect;
