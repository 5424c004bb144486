// Every query on tags and on the links between bookmarks and tags. drizzle builds parameterised
// SQL: a tag name travels to SQLite as a value, never as part of the SQL text.
import { asc, count, desc, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../db/client.js';
import { bookmarkTags, tags } from '../db/schema.js';

/** A tag as the API shows it: its name and how many bookmarks carry it. */
export interface TagJson {
  name: string;
  count: number;
}

/** Links a bookmark to exactly these tags (normalised, distinct), creating the tags that are new. */
export function linkTags(q: Queryable, bookmarkId: number, names: string[]): void {
  if (names.length === 0) return;
  // A tag that exists already is left alone: ON CONFLICT DO NOTHING on the unique name.
  q.insert(tags)
    .values(names.map((name) => ({ name })))
    .onConflictDoNothing()
    .run();
  const ids = q.select({ id: tags.id }).from(tags).where(inArray(tags.name, names)).all();
  q.insert(bookmarkTags)
    .values(ids.map(({ id }) => ({ bookmarkId, tagId: id })))
    .run();
}

export function unlinkAllTags(q: Queryable, bookmarkId: number): void {
  q.delete(bookmarkTags).where(eq(bookmarkTags.bookmarkId, bookmarkId)).run();
}

/**
 * Deletes every tag no bookmark carries any more. Called inside the transaction of each write
 * that removes links (delete, untag, merge), so an orphan tag never exists, even for a moment
 * another connection could see.
 */
export function removeOrphanTags(q: Queryable): void {
  q.delete(tags)
    .where(notExists(q.select({ one: sql`1` }).from(bookmarkTags).where(eq(bookmarkTags.tagId, tags.id))))
    .run();
}

/** The tag names of each of these bookmarks, each list in ascending order. */
export function tagsOfBookmarks(q: Queryable, bookmarkIds: number[]): Map<number, string[]> {
  const byBookmark = new Map<number, string[]>(bookmarkIds.map((id) => [id, []]));
  if (bookmarkIds.length === 0) return byBookmark;
  const rows = q
    .select({ bookmarkId: bookmarkTags.bookmarkId, name: tags.name })
    .from(bookmarkTags)
    .innerJoin(tags, eq(tags.id, bookmarkTags.tagId))
    .where(inArray(bookmarkTags.bookmarkId, bookmarkIds))
    .orderBy(asc(tags.name))
    .all();
  for (const { bookmarkId, name } of rows) byBookmark.get(bookmarkId)?.push(name);
  return byBookmark;
}

/** Every tag with its number of bookmarks: most used first, then by name. */
export function listTags(db: Db): TagJson[] {
  const uses = count(bookmarkTags.bookmarkId);
  return db
    .select({ name: tags.name, count: uses })
    .from(tags)
    .innerJoin(bookmarkTags, eq(bookmarkTags.tagId, tags.id))
    .groupBy(tags.id)
    .orderBy(desc(uses), asc(tags.name))
    .all();
}

function findTag(q: Queryable, name: string): { id: number; name: string } | undefined {
  return q.select().from(tags).where(eq(tags.name, name)).get();
}

function countOf(q: Queryable, tagId: number, name: string): TagJson {
  const { uses } = q.select({ uses: count() }).from(bookmarkTags).where(eq(bookmarkTags.tagId, tagId)).get()!;
  return { name, count: uses };
}

/**
 * Renames a tag; undefined when there is no such tag. Throws the database's unique violation
 * when another tag already has the new name.
 */
export function renameTag(db: Db, from: string, to: string): TagJson | undefined {
  const renamed = db.update(tags).set({ name: to }).where(eq(tags.name, from)).returning().get();
  return renamed && countOf(db, renamed.id, renamed.name);
}

export type MergeResult = TagJson | { missing: string };

/**
 * Moves every bookmark of `from` to `into`, then deletes `from`, in one transaction: a failure
 * half-way leaves both tags as they were. A bookmark that had both ends up with one link.
 */
export function mergeTags(db: Db, from: string, into: string): MergeResult {
  return db.transaction((tx) => {
    const source = findTag(tx, from);
    if (!source) return { missing: from };
    const target = findTag(tx, into);
    if (!target) return { missing: into };
    // INSERT ... SELECT copies the links in one statement; OR IGNORE (onConflictDoNothing) skips
    // the bookmarks that already carry the target, which the composite primary key would refuse.
    tx.insert(bookmarkTags)
      .select(
        tx
          .select({ bookmarkId: bookmarkTags.bookmarkId, tagId: sql<number>`${target.id}`.as('tag_id') })
          .from(bookmarkTags)
          .where(eq(bookmarkTags.tagId, source.id)),
      )
      .onConflictDoNothing()
      .run();
    tx.delete(bookmarkTags).where(eq(bookmarkTags.tagId, source.id)).run();
    removeOrphanTags(tx);
    return countOf(tx, target.id, target.name);
  });
}
