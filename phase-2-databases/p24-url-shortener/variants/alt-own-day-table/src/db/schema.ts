// A schema of its own: the names `links`, `code`, `url` and `clicks` are the Interface's; the rest
// is this design's (link_no without AUTOINCREMENT, clicks_by_day with a unique index instead of a
// composite primary key). It was built in two migrations, as the SPEC's tasks go: the tables
// first, then the constraints of Task 6, which drizzle-kit writes as a rebuild of links.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const links = sqliteTable(
  'links',
  {
    id: integer('link_no').primaryKey(),
    code: text('code').notNull(),
    url: text('url').notNull(),
    isAlias: integer('chosen', { mode: 'boolean' }).notNull(),
    expiresAt: integer('expires_ms', { mode: 'timestamp_ms' }),
    clicks: integer('clicks').notNull().default(0),
    lastClickedAt: integer('last_hit_ms', { mode: 'timestamp_ms' }),
    createdAt: integer('made_ms', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('links_by_code').on(table.code),
    check('links_clicks_ok', sql`${table.clicks} BETWEEN 0 AND 9223372036854775807`),
  ],
);

export const dailyClicks = sqliteTable(
  'clicks_by_day',
  {
    linkId: integer('link_ref')
      .notNull()
      .references(() => links.id, { onDelete: 'cascade' }),
    day: text('utc_date').notNull(),
    clicks: integer('hits').notNull(),
  },
  (table) => [uniqueIndex('clicks_by_day_once').on(table.linkId, table.day), index('clicks_by_day_date').on(table.day)],
);

export type LinkRow = typeof links.$inferSelect;
export type NewLinkRow = typeof links.$inferInsert;
