// The queries on links and the clicks per day (SPEC.md, Tasks 1 to 3). A suggested structure:
// change it as you like. drizzle's query builder only, never values glued into SQL.
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
  /** Every link, newest first. */
  list: () => LinkRow[];
  findByCode: (code: string) => LinkRow | undefined;
  /** Adds one click to the link and to its day, in one transaction: both or neither. */
  countClick: (linkId: number, day: string) => void;
  /** The days from `from` to `to` (YYYY-MM-DD, both included) that have clicks, oldest first. */
  clicksBetween: (linkId: number, from: string, to: string) => DayClicks[];
}

export function createLinkRepository(db: Db): LinkRepository {
  void db;
  const notYet = (what: string, task: number) => () => {
    throw new Error(`Not implemented: LinkRepository.${what} (Task ${task})`);
  };
  // TODO (Tasks 1 to 3): each query of the interface above.
  return {
    insert: notYet('insert', 1),
    list: notYet('list', 1),
    findByCode: notYet('findByCode', 1),
    countClick: notYet('countClick', 2),
    clicksBetween: notYet('clicksBetween', 3),
  };
}
