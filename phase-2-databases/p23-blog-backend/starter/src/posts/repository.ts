// Every query on posts, written with drizzle's query builder (never by gluing strings into SQL).
import type { Db } from '../db/client.js';
import type { PostRow } from '../db/schema.js';
import type { Page } from '../validation.js';
import type { AdminListQuery, CreatePostInput, UpdatePostInput } from './validation.js';

/** A post with how many comments it has. */
export type PostWithCount = PostRow & { commentCount: number };
/** What a list shows of a post: everything but the body. */
export type PostSummary = Omit<PostWithCount, 'body'>;

/**
 * TODO (Task 2): insert and return the new row. publishedAt is now when the status is
 * published, else null. With `derived`, input.slug is the base: pick firstFreeSlug() among the
 * slugs equal to it or LIKE 'base-%', and insert, in one db.transaction(..., { behavior: 'immediate' }).
 * Without it, a taken slug throws SQLite's unique violation (the route answers 409).
 */
export function insertPost(db: Db, input: CreatePostInput & { slug: string }, derived: boolean, now: Date): PostRow {
  void [db, input, derived, now];
  throw new Error('Not implemented: insertPost (Task 2)');
}

/** TODO (Task 2, then Task 5 for commentCount): the post with this id, drafts included, or undefined. */
export function findPostById(db: Db, id: number): PostWithCount | undefined {
  void [db, id];
  throw new Error('Not implemented: findPostById (Task 2)');
}

/** TODO (Task 4): the published post with this slug, or undefined (a draft is undefined too). */
export function findPublishedPostBySlug(db: Db, slug: string): PostWithCount | undefined {
  void [db, slug];
  throw new Error('Not implemented: findPublishedPostBySlug (Task 4)');
}

/** TODO (Task 4): one page of published posts, newest publishedAt first, then id descending; total counts published posts. */
export function listPublishedPosts(db: Db, page: Page): { rows: PostSummary[]; total: number } {
  void [db, page];
  throw new Error('Not implemented: listPublishedPosts (Task 4)');
}

/** TODO (Task 3): one page of every post (or one status), id descending; total counts the same posts. */
export function listAllPosts(db: Db, query: AdminListQuery): { rows: PostSummary[]; total: number } {
  void [db, query];
  throw new Error('Not implemented: listAllPosts (Task 3)');
}

/**
 * TODO (Task 3): one UPDATE of the given fields and updatedAt; publishing sets publishedAt only
 * when it is still NULL. Returns false when there is no such post.
 */
export function updatePost(db: Db, id: number, changes: UpdatePostInput, now: Date): boolean {
  void [db, id, changes, now];
  throw new Error('Not implemented: updatePost (Task 3)');
}

/** TODO (Task 6): delete the post (its comments go by ON DELETE CASCADE); return whether a row went. */
export function deletePost(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deletePost (Task 6)');
}
