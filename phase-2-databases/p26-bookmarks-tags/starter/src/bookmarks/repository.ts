// Every query on bookmarks. Where a request writes several rows (a bookmark and its links, the
// links and the orphan tags), do it in one db.transaction((tx) => ...): all of it, or nothing.
import type { Db, Queryable } from '../db/client.js';
import type { BookmarkRow } from '../db/schema.js';
import type { CreateBookmarkInput, ListQuery, UpdateBookmarkInput } from './validation.js';

/** A bookmark row with the names of its tags, in ascending order. */
export type BookmarkWithTags = BookmarkRow & { tags: string[] };

/** TODO (Task 2): the bookmark with its tags (tagsOfBookmarks), or undefined. */
export function findBookmark(q: Queryable, id: number): BookmarkWithTags | undefined {
  void [q, id];
  throw new Error('Not implemented: findBookmark (Task 2)');
}

/** TODO (Task 2): the id of the bookmark that has this URL (for the 409's details). */
export function findBookmarkIdByUrl(db: Db, url: string): number | undefined {
  void [db, url];
  throw new Error('Not implemented: findBookmarkIdByUrl (Task 2)');
}

/** TODO (Task 2): in one transaction, insert the bookmark and link its tags (linkTags). */
export function insertBookmark(db: Db, input: CreateBookmarkInput, now: Date): BookmarkWithTags {
  void [db, input, now];
  throw new Error('Not implemented: insertBookmark (Task 2)');
}

/** TODO (Task 5): one page, newest first (ties: higher id first), filtered by tags; and the total. */
export function listBookmarks(db: Db, query: ListQuery): { rows: BookmarkWithTags[]; total: number } {
  void [db, query];
  throw new Error('Not implemented: listBookmarks (Task 5)');
}

/** TODO (Task 4): in one transaction, change the fields given; tags replace the set; orphans go. */
export function updateBookmark(db: Db, id: number, changes: UpdateBookmarkInput): BookmarkWithTags | undefined {
  void [db, id, changes];
  throw new Error('Not implemented: updateBookmark (Task 4)');
}

/** TODO (Task 4): in one transaction, delete the bookmark and the tags left with no bookmark. */
export function deleteBookmark(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteBookmark (Task 4)');
}
