// Another schema: the same table `links` (the Interface fixes its name), other column names, and
// the day counts in `link_days`.
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const links = sqliteTable(
  'links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('slug').notNull(),
    url: text('target').notNull(),
    isAlias: integer('chosen', { mode: 'boolean' }).notNull().default(false),
    clicks: integer('hits').notNull().default(0),
    createdAt: integer('made_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('links_slug_uq').on(t.code), check('links_hits_ok', sql`${t.clicks} >= 0`)],
);

export const dailyClicks = sqliteTable(
  'link_days',
  {
    linkId: integer('link').notNull().references(() => links.id, { onDelete: 'cascade' }),
    day: text('on_day').notNull(),
    clicks: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.linkId, t.day] })],
);

export type LinkRow = typeof links.$inferSelect;
export type NewLinkRow = typeof links.$inferInsert;
