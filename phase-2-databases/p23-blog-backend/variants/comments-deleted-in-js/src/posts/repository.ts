// Every query on posts. drizzle builds parameterised SQL: values travel to SQLite separately
// from the SQL text, so no title, slug or query parameter can change what a query does.
import { and, count, desc, eq, getTableColumns, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { comments, posts, type PostRow } from '../db/schema.js';
import type { Page } from '../validation.js';
import { firstFreeSlug } from './slug.js';
import type { AdminListQuery, CreatePostInput, UpdatePostInput } from './validation.js';

/** A post with how many comments it has. */
export type PostWithCount = PostRow & { commentCount: number };
/** What a list shows of a post: everything but the body. */
export type PostSummary = Omit<PostWithCount, 'body'>;

const { body: _body, ...summaryColumns } = getTableColumns(posts);

/**
 * The aggregate: a LEFT JOIN keeps posts without comments (one row with NULLs on the comment
 * side), GROUP BY posts.id folds each post's rows into one, and count(comments.id) counts only
 * the non-NULL ones. count(*) would say 1 for a post with no comment.
 */
const commentCount = count(comments.id);

/**
 * Inserts a post. An explicit slug that is taken makes SQLite throw its unique violation (the
 * caller answers 409). A derived slug that is taken gets -2, -3...: choosing the number and
 * inserting happen in one IMMEDIATE transaction, which takes the write lock before the SELECT,
 * so no other connection can take that slug in between.
 */
export function insertPost(db: Db, input: CreatePostInput & { slug: string }, derived: boolean, now: Date): PostRow {
  const values = { ...input, publishedAt: input.status === 'published' ? now : null, createdAt: now, updatedAt: now };
  if (!derived) return db.insert(posts).values(values).returning().get();
  return db.transaction(
    (tx) => {
      const slug = firstFreeSlug(input.slug, slugsLike(tx, input.slug));
      return tx.insert(posts).values({ ...values, slug }).returning().get();
    },
    { behavior: 'immediate' },
  );
}

/** The slugs that are `base` or start with `base-`: the candidates a suffix could collide with. */
function slugsLike(db: Pick<Db, 'select'>, base: string): Set<string> {
  // A slug holds only a-z, 0-9 and '-', so it has no LIKE wildcard (% or _) to escape.
  const rows = db
    .select({ slug: posts.slug })
    .from(posts)
    .where(or(eq(posts.slug, base), like(posts.slug, `${base}-%`)))
    .all();
  return new Set(rows.map((row) => row.slug));
}

function selectWithCount(db: Db, where: SQL | undefined): PostWithCount | undefined {
  return db
    .select({ ...getTableColumns(posts), commentCount })
    .from(posts)
    .leftJoin(comments, eq(comments.postId, posts.id))
    .where(where)
    .groupBy(posts.id)
    .get();
}

export function findPostById(db: Db, id: number): PostWithCount | undefined {
  return selectWithCount(db, eq(posts.id, id));
}

/** Drafts do not exist for readers: the status is part of the WHERE, not a check afterwards. */
export function findPublishedPostBySlug(db: Db, slug: string): PostWithCount | undefined {
  return selectWithCount(db, and(eq(posts.slug, slug), eq(posts.status, 'published')));
}

function listSummaries(db: Db, where: SQL | undefined, orderBy: SQL[], page: Page): { rows: PostSummary[]; total: number } {
  const rows = db
    .select({ ...summaryColumns, commentCount })
    .from(posts)
    .leftJoin(comments, eq(comments.postId, posts.id))
    .where(where)
    .groupBy(posts.id)
    .orderBy(...orderBy)
    .limit(page.limit)
    .offset(page.offset)
    .all();
  // SELECT count(*) always answers exactly one row.
  const { total } = db.select({ total: count() }).from(posts).where(where).get()!;
  return { rows, total };
}

/** The public list: published posts only, newest publication first, the newer id first on a tie. */
export function listPublishedPosts(db: Db, page: Page): { rows: PostSummary[]; total: number } {
  return listSummaries(db, eq(posts.status, 'published'), [desc(posts.publishedAt), desc(posts.id)], page);
}

/** The author's list: every post (or one status), the last created first. */
export function listAllPosts(db: Db, query: AdminListQuery): { rows: PostSummary[]; total: number } {
  const where = query.status === undefined ? undefined : eq(posts.status, query.status);
  return listSummaries(db, where, [desc(posts.id)], query);
}

/**
 * Changes only the fields given, in one UPDATE: either all of them are saved or (the new slug
 * is taken) none. Publishing sets publishedAt only the first time: coalesce() keeps a date
 * that is already there, inside the same statement. Returns false when there is no such post.
 */
export function updatePost(db: Db, id: number, changes: UpdatePostInput, now: Date): boolean {
  const publishedAt = changes.status === 'published' ? sql`coalesce(${posts.publishedAt}, ${now.getTime()})` : undefined;
  const updated = db
    .update(posts)
    .set({ ...changes, publishedAt, updatedAt: now })
    .where(eq(posts.id, id))
    .returning({ id: posts.id })
    .get();
  return updated !== undefined;
}

/**
 * Deletes a post. Its comments go in the same statement: the foreign key's ON DELETE CASCADE
 * makes SQLite delete them, so no comment is ever left pointing at nothing.
 */
export function deletePost(db: Db, id: number): boolean {
  // The comments first, then the post, in one transaction.
  return db.transaction((tx) => {
    tx.delete(comments).where(eq(comments.postId, id)).run();
    return tx.delete(posts).where(eq(posts.id, id)).run().changes > 0;
  });
}
