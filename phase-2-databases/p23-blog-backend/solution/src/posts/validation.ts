// Turns untrusted input about posts (JSON bodies, query strings, path segments) into typed
// values, or throws the 400/404 the client should see.
import { z } from 'zod';
import { POST_STATUSES, type PostStatus } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { pageQuery, parseId, requiredText, validate, type Page } from '../validation.js';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug.js';

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

const title = requiredText(MAX_TITLE_LENGTH);
// A draft may be empty; markdown is kept exactly as sent.
const body = z.string().max(MAX_BODY_LENGTH);
const status = z.enum(POST_STATUSES);
// An explicit slug is taken as it is, never "fixed": a client that asks for a bad address
// should hear so, not get another one silently.
const slug = z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN, 'must be lower-case letters and digits in words joined by single hyphens');

const createPostBody = z.strictObject({ title, body, status: status.default('draft'), slug: slug.optional() });

const updatePostBody = z
  .strictObject({ title: title.optional(), body: body.optional(), status: status.optional(), slug: slug.optional() })
  .refine((fields) => Object.keys(fields).length > 0, 'must have at least one of the fields title, body, status, slug');

const adminListQuery = pageQuery.extend({ status: status.optional() });

export function parseCreatePost(input: unknown): CreatePostInput {
  return validate(createPostBody, input);
}

export function parseUpdatePost(input: unknown): UpdatePostInput {
  return validate(updatePostBody, input);
}

export function parsePublicListQuery(query: unknown): Page {
  return validate(pageQuery, query);
}

export function parseAdminListQuery(query: unknown): AdminListQuery {
  return validate(adminListQuery, query);
}

export function parsePostId(raw: string): number {
  return parseId(raw, postNotFound);
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
