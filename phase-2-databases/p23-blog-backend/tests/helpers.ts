// Shared by the p23 suite: starting an app on a temporary database and the shapes the Interface
// promises. Looking inside the database file is the testkit's (withRawDb, tryInsertCopy...).
import { expect } from 'vitest';
import { expectApiError, expectStatus, startDbApp, type AppLike, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
}

export interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

export interface PostSummaryJson {
  id: number;
  title: string;
  slug: string;
  status: 'draft' | 'published';
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  commentCount: number;
}

export interface PostJson extends PostSummaryJson {
  body: string;
}

export interface CommentJson {
  id: number;
  postId: number;
  author: string;
  body: string;
  createdAt: string;
}

export interface PostPage {
  items: PostSummaryJson[];
  total: number;
  limit: number;
  offset: number;
}

export const SUMMARY_FIELDS = ['commentCount', 'createdAt', 'id', 'publishedAt', 'slug', 'status', 'title', 'updatedAt'];
export const POST_FIELDS = [...SUMMARY_FIELDS, 'body'].sort();
export const COMMENT_FIELDS = ['author', 'body', 'createdAt', 'id', 'postId'];

export const START = '2026-01-15T12:00:00.000Z';
export const MINUTE = 60_000;

export type Started = StartedDbApp;

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<Started> {
  return startDbApp({ ...options, start: START });
}

/** The minute `n` minutes after START, as toISOString() writes it. */
export function at(minutes: number): string {
  return new Date(Date.parse(START) + minutes * MINUTE).toISOString();
}


function expectFields(res: HttpResponse, value: unknown, fields: string[], what: string): void {
  expect(value, `${res.request}: ${what} should be an object, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(value as object).sort(), `${res.request}: ${what} has exactly the fields ${fields.join(', ')}`).toEqual(fields);
  const id = (value as { id: unknown }).id;
  expect(Number.isInteger(id) && (id as number) > 0, `${res.request}: id should be a positive integer, got ${JSON.stringify(id)}`).toBe(true);
}

/** Asserts that the body is a post with exactly the fields of the Interface. */
export function expectPost(res: HttpResponse): PostJson {
  expectFields(res, res.json, POST_FIELDS, 'a post');
  return res.json as PostJson;
}

export function expectComment(res: HttpResponse): CommentJson {
  expectFields(res, res.json, COMMENT_FIELDS, 'a comment');
  return res.json as CommentJson;
}

/** Asserts a page of post summaries (no body) and returns it. */
export function expectPostPage(res: HttpResponse): PostPage {
  expectStatus(res, 200);
  const page = res.json as PostPage;
  expect(Array.isArray(page?.items), `${res.request}: the body should be { items, total, limit, offset }, got ${res.text.slice(0, 300)}`).toBe(true);
  for (const item of page.items) expectFields(res, item, SUMMARY_FIELDS, 'a list item (a post without its body)');
  return page;
}

/** POST /admin/posts that must succeed: returns the post from the 201 body. */
export async function createPost(api: TestServer, body: Record<string, unknown>): Promise<PostJson> {
  const res = await api.post('/admin/posts', { json: body });
  expectStatus(res, 201);
  return expectPost(res);
}

/** A published post with this title (its slug derived). */
export async function publishedPost(api: TestServer, title: string, body = `Body of ${title}`): Promise<PostJson> {
  return createPost(api, { title, body, status: 'published' });
}

export async function patchPost(api: TestServer, id: number, json: Record<string, unknown>): Promise<PostJson> {
  const res = await api.patch(`/admin/posts/${id}`, { json });
  expectStatus(res, 200);
  return expectPost(res);
}

export async function adminPost(api: TestServer, id: number): Promise<PostJson> {
  const res = await api.get(`/admin/posts/${id}`);
  expectStatus(res, 200);
  return expectPost(res);
}

export async function publicPost(api: TestServer, slug: string): Promise<PostJson> {
  const res = await api.get(`/posts/${slug}`);
  expectStatus(res, 200);
  return expectPost(res);
}

export async function publicList(api: TestServer, query = ''): Promise<PostPage> {
  return expectPostPage(await api.get(`/posts${query}`));
}

export async function adminList(api: TestServer, query = ''): Promise<PostPage> {
  return expectPostPage(await api.get(`/admin/posts${query}`));
}

export async function addComment(api: TestServer, slug: string, author: string, body: string): Promise<CommentJson> {
  const res = await api.post(`/posts/${slug}/comments`, { json: { author, body } });
  expectStatus(res, 201);
  return expectComment(res);
}

export async function comments(api: TestServer, slug: string): Promise<CommentJson[]> {
  const res = await api.get(`/posts/${slug}/comments`);
  expectStatus(res, 200);
  const items = (res.json as { items?: unknown })?.items;
  expect(Array.isArray(items), `${res.request}: the body should be { items }, got ${res.text.slice(0, 300)}`).toBe(true);
  for (const item of items as unknown[]) expectFields(res, item, COMMENT_FIELDS, 'a comment');
  return items as CommentJson[];
}

/** Without the fields a list leaves out (body) or the list would not know. */
export function summaryOf(post: PostJson): PostSummaryJson {
  const { body: _body, ...summary } = post;
  return summary;
}

/** A 409 conflict whose details name `field`. */
export function expectConflict(res: HttpResponse, field: string): void {
  expectApiError(res, 409, 'conflict');
  const details = (res.json as { error: { details?: unknown } }).error.details;
  expect(Array.isArray(details), `${res.request}: a 409 here has error.details, an array of { field, message }, got ${JSON.stringify(details)}`).toBe(true);
  const entry = (details as Array<{ field?: unknown; message?: unknown }>).find((d) => d?.field === field);
  expect(entry, `${res.request}: error.details should have an entry with "field": "${field}", got ${JSON.stringify(details)}`).toBeDefined();
  expect(typeof entry?.message === 'string' && entry.message.trim() !== '', `${res.request}: that entry needs a non-empty "message", got ${JSON.stringify(entry)}`).toBe(true);
}
