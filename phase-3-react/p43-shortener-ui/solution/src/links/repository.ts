// Every query on links and daily_clicks. drizzle builds parameterised SQL: values travel to
// SQLite apart from the SQL text, so no input can change what a query does.
import { and, asc, between, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { dailyClicks, links, type LinkRow, type NewLinkRow } from '../db/schema.js';

/** Clicks of one UTC day. */
export interface DayClicks {
  day: string;
  clicks: number;
}

export interface LinkRepository {
  /** Inserts a link; throws the database's unique violation when the code is taken. */
  insert: (row: NewLinkRow) => LinkRow;
  /** Every link, newest first. */
  list: () => LinkRow[];
  findByCode: (code: string) => LinkRow | undefined;
  /** Adds one click to the link and to its day, in one transaction: both or neither. */
  countClick: (linkId: number, day: string) => void;
  /** The days from `from` to `to` (YYYY-MM-DD, both included) that have clicks, oldest first. */
  clicksBetween: (linkId: number, from: string, to: string) => DayClicks[];
}

export function createLinkRepository(db: Db): LinkRepository {
  return {
    insert: (row) => db.insert(links).values(row).returning().get(),

    // Ids grow with every insert, so the highest id is the newest link, even when two links
    // share a createdAt.
    list: () => db.select().from(links).orderBy(desc(links.id)).all(),

    findByCode: (code) => db.select().from(links).where(eq(links.code, code)).get(),

    countClick: (linkId, day) => {
      // One transaction: when the second write fails, the first is rolled back, and a link's
      // total never disagrees with the sum of its days. better-sqlite3 is synchronous, so the
      // callback is too.
      db.transaction((tx) => {
        // clicks + 1 computed by SQLite, never read into JavaScript and written back.
        tx.update(links).set({ clicks: sql`${links.clicks} + 1` }).where(eq(links.id, linkId)).run();
        // An upsert: the day's first click inserts its row, the next ones add to it.
        tx.insert(dailyClicks)
          .values({ linkId, day, clicks: 1 })
          .onConflictDoUpdate({ target: [dailyClicks.linkId, dailyClicks.day], set: { clicks: sql`${dailyClicks.clicks} + 1` } })
          .run();
      });
    },

    clicksBetween: (linkId, from, to) =>
      db
        .select({ day: dailyClicks.day, clicks: dailyClicks.clicks })
        .from(dailyClicks)
        .where(and(eq(dailyClicks.linkId, linkId), between(dailyClicks.day, from, to)))
        .orderBy(asc(dailyClicks.day))
        .all(),
  };
}
