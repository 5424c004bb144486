// Every query on links and the clicks per day, written with drizzle's query builder (never by
// gluing strings into SQL). The queries of a redirect may be prepared once, here (SPEC.md, Task 4).
import type { Db } from '../db/client.js';
import type { LinkRow, NewLinkRow } from '../db/schema.js';

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

/** TODO (Task 5): the UTC day of a moment, as YYYY-MM-DD. */
export function utcDay(at: Date): string {
  void at;
  throw new Error('Not implemented: utcDay (Task 5)');
}

export function createLinkRepository(db: Db): LinkRepository {
  void db;
  return {
    // TODO (Task 2): insert and return the new row (.returning().get()).
    insert: () => {
      throw new Error('Not implemented: LinkRepository.insert (Task 2)');
    },
    // TODO (Task 2): the row with this code, or undefined.
    findByCode: () => {
      throw new Error('Not implemented: LinkRepository.findByCode (Task 2)');
    },
    // TODO (Task 4): for each click, clicks + 1 and lastClickedAt on its link, and + 1 on its
    // day (an upsert); all of them in one db.transaction().
    countClicks: () => {
      throw new Error('Not implemented: LinkRepository.countClicks (Task 4)');
    },
    // TODO (Task 5): { day, clicks } of the link, ordered by day.
    dailyClicks: () => {
      throw new Error('Not implemented: LinkRepository.dailyClicks (Task 5)');
    },
    // TODO (Task 5): delete the link; return whether a row was deleted.
    deleteByCode: () => {
      throw new Error('Not implemented: LinkRepository.deleteByCode (Task 5)');
    },
  };
}
