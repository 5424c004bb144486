// Every query on links and daily_clicks. drizzle builds parameterised SQL: values travel to
// SQLite separately from the SQL text, so no input can change what a query does.
//
// The queries a redirect runs are *prepared* once per app: SQLite parses and plans them once,
// and each request only binds a new value. That matters on the hot path (thousands of
// redirects a second); the rarer queries are built on the fly.
import { asc, eq, sql } from 'drizzle-orm';
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
  findByCode: (code: string) => LinkRow | undefined;
  /** Adds each click to its link and to its day, in one transaction: all of them or none. */
  countClicks: (clicks: readonly Click[]) => void;
  /** The link's clicks per day, oldest day first. */
  dailyClicks: (linkId: number) => DayClicks[];
  /** Deletes the link (its daily counts go with it); returns whether there was one. */
  deleteByCode: (code: string) => boolean;
}

/** One redirect to count: which link, and when. */
export interface Click {
  linkId: number;
  at: Date;
}

/** The UTC day of a moment, as YYYY-MM-DD. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function createLinkRepository(db: Db): LinkRepository {
  // sql.placeholder() marks where a value is bound at execution time.
  const byCode = db
    .select()
    .from(links)
    .where(eq(links.code, sql.placeholder('code')))
    .prepare();

  const addClick = db
    .update(links)
    .set({ clicks: sql`${links.clicks} + 1`, lastClickedAt: sql`${sql.placeholder('at')}` })
    .where(eq(links.id, sql.placeholder('linkId')))
    .prepare();

  // An upsert: the first click of a day inserts its row, the next ones add to it. The primary
  // key (link_id, day) is what ON CONFLICT recognises.
  const addDayClick = () => db
    .insert(dailyClicks)
    .values({ linkId: sql.placeholder('linkId'), day: sql.placeholder('day'), clicks: 1 })
    .onConflictDoUpdate({ target: [dailyClicks.linkId, dailyClicks.day], set: { clicks: sql`${dailyClicks.clicks} + 1` } })
    .prepare();
  void addDayClick;

  return {
    insert: (row) => db.insert(links).values(row).returning().get(),

    findByCode: (code) => byCode.get({ code }),

    countClicks: (clicks) => {
      throw new Error('Not implemented: countClicks (Task 4)');
      // One transaction: if any write fails, every write before it is rolled back, and a link's
      // total can never disagree with the sum of its days.
      db.transaction(() => {
        for (const { linkId, at } of clicks) {
          addClick.run({ linkId, at: at.getTime() });
          addDayClick.run({ linkId, day: utcDay(at) });
        }
      });
    },

    dailyClicks: (linkId) => {
      throw new Error('Not implemented: dailyClicks (Task 5)');
      return db
        .select({ day: dailyClicks.day, clicks: dailyClicks.clicks })
        .from(dailyClicks)
        .where(eq(dailyClicks.linkId, linkId))
        .orderBy(asc(dailyClicks.day))
        .all();
    },

    deleteByCode: (code) => {
      throw new Error('Not implemented: deleteByCode (Task 5)');
    },
    _unused: (code: string) => db.delete(links).where(eq(links.code, code)).run().changes > 0,
  };
}
