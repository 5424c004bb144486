// Every query on tags and on the links between bookmarks and tags, written with drizzle's query
// builder and sql`` templates (never by gluing strings into SQL).
import type { Db, Queryable } from '../db/client.js';

/** A tag as the API shows it: its name and how many bookmarks carry it. */
export interface TagJson {
  name: string;
  count: number;
}

/** TODO (Task 2): link the bookmark to these tags (normalised, distinct), creating the new ones. */
export function linkTags(q: Queryable, bookmarkId: number, names: string[]): void {
  void [q, bookmarkId, names];
  throw new Error('Not implemented: linkTags (Task 2)');
}

/** TODO (Task 4): delete every link of this bookmark. */
export function unlinkAllTags(q: Queryable, bookmarkId: number): void {
  void [q, bookmarkId];
  throw new Error('Not implemented: unlinkAllTags (Task 4)');
}

/** TODO (Task 4): delete every tag that no bookmark carries any more (inside the caller's transaction). */
export function removeOrphanTags(q: Queryable): void {
  void q;
  throw new Error('Not implemented: removeOrphanTags (Task 4)');
}

/** TODO (Task 2): the tag names of each of these bookmarks, each list in ascending order. */
export function tagsOfBookmarks(q: Queryable, bookmarkIds: number[]): Map<number, string[]> {
  void [q, bookmarkIds];
  throw new Error('Not implemented: tagsOfBookmarks (Task 2)');
}

/** TODO (Task 6): every tag with its number of bookmarks, most used first, then by name. */
export function listTags(db: Db): TagJson[] {
  void db;
  throw new Error('Not implemented: listTags (Task 6)');
}

/** TODO (Task 6): rename; undefined when there is no such tag; let a unique violation through. */
export function renameTag(db: Db, from: string, to: string): TagJson | undefined {
  void [db, from, to];
  throw new Error('Not implemented: renameTag (Task 6)');
}

export type MergeResult = TagJson | { missing: string };

/** TODO (Task 6): in ONE transaction, move every bookmark of `from` to `into`, then delete `from`. */
export function mergeTags(db: Db, from: string, into: string): MergeResult {
  void [db, from, into];
  throw new Error('Not implemented: mergeTags (Task 6)');
}
