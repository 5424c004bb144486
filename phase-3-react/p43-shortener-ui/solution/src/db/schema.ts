// The links and their clicks per day. drizzle-kit reads this file to generate the migrations in
// drizzle/; drizzle-orm reads it to type every query.
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const links = sqliteTable(
  'links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // A generated code or the alias the client chose: both live in this one column, so one unique
    // index keeps them apart. SQLite compares text case-sensitively: `Promo` and `promo` differ.
    code: text('code').notNull(),
    url: text('url').notNull(),
    isAlias: integer('is_alias', { mode: 'boolean' }).notNull(),
    clicks: integer('clicks').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    // Every redirect looks a code up: the index makes that a search, and a second row with the
    // same code impossible.
    uniqueIndex('links_code_unique').on(table.code),
    check('links_clicks_not_negative', sql`${table.clicks} >= 0`),
  ],
);

export const dailyClicks = sqliteTable(
  'daily_clicks',
  {
    linkId: integer('link_id')
      .notNull()
      .references(() => links.id, { onDelete: 'cascade' }),
    /** The UTC day of the clicks, YYYY-MM-DD: text in this form sorts in date order. */
    day: text('day').notNull(),
    clicks: integer('clicks').notNull(),
  },
  (table) => [
    // One row per link and day: what the upsert of a click recognises, and the index the stats
    // query reads in day order. Days without clicks have no row: the stats fill them in.
    primaryKey({ columns: [table.linkId, table.day] }),
    check('daily_clicks_positive', sql`${table.clicks} > 0`),
  ],
);

export type LinkRow = typeof links.$inferSelect;
export type NewLinkRow = typeof links.$inferInsert;
