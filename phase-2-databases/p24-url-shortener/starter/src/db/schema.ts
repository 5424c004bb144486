// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
// After every change here, run `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const links = sqliteTable('links', {
  // INTEGER PRIMARY KEY: SQLite assigns the next id itself.
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): code and url (text, not null; the names `code`, `url` and `clicks` are fixed
  // by SPEC.md), whether the code is an alias, expiresAt (nullable), clicks (integer, default 0),
  // lastClickedAt (nullable) and createdAt, timestamps as integer({ mode: 'timestamp_ms' }).
  // TODO (Task 2): sqliteTable's third argument: a unique index on code (a taken code is refused).
  // TODO (Task 6): in the same list, a CHECK on clicks.
});

export const dailyClicks = sqliteTable('daily_clicks', {
  // TODO (Task 1): the link (a foreign key to links.id: Task 5 says what happens on delete),
  // the UTC day as text 'YYYY-MM-DD', and that day's clicks.
  // TODO (Task 4): one row per link and day: a primary key (or unique index) on the pair, which
  // the upsert's ON CONFLICT needs.
  linkId: integer('link_id').notNull(),
});

/** A row of the links table as drizzle returns it. */
export type LinkRow = typeof links.$inferSelect;
/** What an INSERT into links needs (columns with defaults may be left out). */
export type NewLinkRow = typeof links.$inferInsert;
