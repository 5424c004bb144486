// Every query on bookmarks. A bookmark and its links are written in one transaction
// (db.transaction, synchronous with better-sqlite3): either all of it is saved, or nothing.
import { count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Queryable } from '../db/client.js';
import { bookmarkTags, bookmarks, tags, type BookmarkRow } from '../db/schema.js';
import { linkTags, removeOrphanTags, tagsOfBookmarks, unlinkAllTags } from '../tags/repository.js';
import type { CreateBookmarkInput, ListQuery, UpdateBookmarkInput } from './validation.js';

/** A bookmark row with the names of its tags, in ascending order. */
export type BookmarkWithTags = BookmarkRow & { tags: string[] };

function withTags(q: Queryable, rows: BookmarkRow[]): BookmarkWithTags[] {
  const byBookmark = tagsOfBookmarks(
    q,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, tags: byBookmark.get(row.id) ?? [] }));
}

export function findBookmark(q: Queryable, id: number): BookmarkWithTags | undefined {
  const row = q.select().from(bookmarks).where(eq(bookmarks.id, id)).get();
  return row && withTags(q, [row])[0];
}

/** The id of the bookmark that has this URL: what a 409 tells the client. */
export function findBookmarkIdByUrl(db: Db, url: string): number | undefined {
  return db.select({ id: bookmarks.id }).from(bookmarks).where(eq(bookmarks.url, url)).get()?.id;
}

/** Inserts a bookmark and its tags; throws the database's unique violation when the URL is taken. */
export function insertBookmark(db: Db, input: CreateBookmarkInput, now: Date): BookmarkWithTags {
  return db.transaction((tx) => {
    const row = tx.insert(bookmarks).values({ url: input.url, title: input.title, createdAt: now }).returning().get();
    linkTags(tx, row.id, input.tags);
    return findBookmark(tx, row.id)!;
  });
}

/**
 * The condition "carries the wanted tags": the ids of bookmarks linked to at least `needed` of
 * them. With match=all, needed is every tag (the names are distinct, so a count of links equal
 * to their number means all of them); with match=any, one is enough. An unknown name matches no
 * link, so under match=all nothing comes back.
 */
function carriesTags(q: Queryable, names: string[], match: ListQuery['match']): SQL {
  const needed = match === 'all' ? names.length : 1;
  const ids = q
    .select({ id: bookmarkTags.bookmarkId })
    .from(bookmarkTags)
    .innerJoin(tags, eq(tags.id, bookmarkTags.tagId))
    .where(inArray(tags.name, names))
    .groupBy(bookmarkTags.bookmarkId)
    .having(sql`count(*) >= ${needed}`);
  return inArray(bookmarks.id, ids);
}

/** One page of bookmarks, newest first (ties: higher id first), and how many match in all. */
export function listBookmarks(db: Db, query: ListQuery): { rows: BookmarkWithTags[]; total: number } {
  const where = query.tags ? carriesTags(db, query.tags, query.match) : undefined;
  const rows = db
    .select()
    .from(bookmarks)
    .where(where)
    .orderBy(desc(bookmarks.createdAt), desc(bookmarks.id))
    .limit(query.limit)
    .offset(query.offset)
    .all();
  const { total } = db.select({ total: count() }).from(bookmarks).where(where).get()!;
  return { rows: withTags(db, rows), total };
}

/**
 * Changes the fields given; `tags`, when given, replaces the whole set. One transaction: when
 * the new URL is taken, the tags are not changed either. Undefined when there is no such bookmark.
 */
export function updateBookmark(db: Db, id: number, changes: UpdateBookmarkInput): BookmarkWithTags | undefined {
  return db.transaction((tx) => {
    const { tags: names, ...fields } = changes;
    const exists = tx.select({ id: bookmarks.id }).from(bookmarks).where(eq(bookmarks.id, id)).get();
    if (!exists) return undefined;
    if (Object.keys(fields).length > 0) tx.update(bookmarks).set(fields).where(eq(bookmarks.id, id)).run();
    if (names) {
      unlinkAllTags(tx, id);
      linkTags(tx, id, names);
    }
    return findBookmark(tx, id);
  });
}

/** Deletes a bookmark (its links go with it: ON DELETE CASCADE) and the tags left with none. */
export function deleteBookmark(db: Db, id: number): boolean {
  return db.transaction((tx) => {
    const deleted = tx.delete(bookmarks).where(eq(bookmarks.id, id)).run().changes > 0;
    removeOrphanTags(tx);
    return deleted;
  });
}
