// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const links = sqliteTable(
  'links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // A generated code or the alias the client chose: both live in this one column, so one
    // unique index keeps them apart. SQLite compares text case-sensitively (BINARY collation),
    // so `Promo` and `promo` are two codes.
    code: text('code').notNull(),
    url: text('url').notNull(),
    isAlias: integer('is_alias', { mode: 'boolean' }).notNull(),
    // NULL: the link never expires.
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }),
    clicks: integer('clicks').notNull().default(0),
    lastClickedAt: integer('last_clicked_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    // Every redirect looks a code up: the index turns that into a search of a B-tree instead of
    // a scan of the table, and it makes a second row with the same code impossible.
    uniqueIndex('links_code_unique').on(table.code),
  ],
);

export const dailyClicks = sqliteTable(
  'daily_clicks',
  {
    // Deleting a link deletes its counts with it: the database does it, in the same statement.
    linkId: integer('link_id')
      .notNull()
      .references(() => links.id),
    /** The UTC day of the clicks, as YYYY-MM-DD: text in this form sorts in date order. */
    day: text('day').notNull(),
    clicks: integer('clicks').notNull(),
  },
);

/** A row of the links table as drizzle returns it. */
export type LinkRow = typeof links.$inferSelect;
/** What an INSERT into links needs (id, clicks and lastClickedAt have defaults). */
export type NewLinkRow = typeof links.$inferInsert;
