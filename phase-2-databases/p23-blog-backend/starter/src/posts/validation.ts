// Turns untrusted input about posts (JSON bodies, query strings, path segments) into typed
// values, or throws the 400/404 the client should see. The helpers of ../validation.ts (given)
// do most of the work: validate(schema, input), pageQuery, requiredText(max), parseId.
import type { PostStatus } from '../db/schema.js';
import { HttpError } from '../errors.js';
import type { Page } from '../validation.js';

export interface CreatePostInput {
  title: string;
  body: string;
  status: PostStatus;
  /** Absent: the slug is derived from the title. */
  slug?: string;
}

/** A PATCH body: only the fields sent, at least one. */
export type UpdatePostInput = Partial<CreatePostInput>;

/** The admin list: one page, optionally one status only. */
export interface AdminListQuery extends Page {
  status?: PostStatus;
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 50_000;

/** TODO (Task 2): title, body, status (default 'draft') and an optional slug (SLUG_PATTERN, at most 80); nothing else. */
export function parseCreatePost(input: unknown): CreatePostInput {
  void input;
  throw new Error('Not implemented: parseCreatePost (Task 2)');
}

/** TODO (Task 3): the same fields, each optional, at least one. */
export function parseUpdatePost(input: unknown): UpdatePostInput {
  void input;
  throw new Error('Not implemented: parseUpdatePost (Task 3)');
}

/** TODO (Task 4): limit and offset (pageQuery does it). */
export function parsePublicListQuery(query: unknown): Page {
  void query;
  throw new Error('Not implemented: parsePublicListQuery (Task 4)');
}

/** TODO (Task 3): limit, offset and an optional status ('draft' or 'published'). */
export function parseAdminListQuery(query: unknown): AdminListQuery {
  void query;
  throw new Error('Not implemented: parseAdminListQuery (Task 3)');
}

/** TODO (Task 2): the :id of /admin/posts/:id; parseId(raw, postNotFound). */
export function parsePostId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parsePostId (Task 2)');
}

export function postNotFound(idOrSlug: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no post ${idOrSlug}.`);
}

/** 409 with details naming the field, so a client knows which value to change. */
export function slugTaken(slug: string): HttpError {
  return new HttpError(409, 'conflict', `Another post already has the slug "${slug}".`, [{ field: 'slug', message: 'is taken by another post' }]);
}

/** A title with nothing to derive a slug from ("!!!", "日本語") and no slug given. */
export function noSlugInTitle(): HttpError {
  return new HttpError(400, 'validation_failed', 'title: has no letters or digits to make a slug from; send a slug', [
    { field: 'title', message: 'has no letters or digits to make a slug from; send a slug' },
  ]);
}
