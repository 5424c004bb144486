// Shared by the p48 suite: the API on a fresh database, the shapes its Interface promises, and
// the cursor format the SPEC fixes so that tampered and hand-made cursors can be tested.
import { expect } from 'vitest';
import { expectStatus, startDbApp, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface PostJson {
  id: number;
  author: string;
  text: string;
  createdAt: string;
}

export interface FeedJson {
  items: PostJson[];
  nextCursor: string | null;
}

export const POST_FIELDS = ['author', 'createdAt', 'id', 'text'];
export const START = '2026-09-01T08:00:00.000Z';

export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: START });
}

export function expectPost(res: HttpResponse, status = 201): PostJson {
  expectStatus(res, status);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: a post has exactly the fields ${POST_FIELDS.join(', ')}`).toEqual(POST_FIELDS);
  return res.json as PostJson;
}

export async function addPost(api: TestServer, text: string, author = 'Ann'): Promise<PostJson> {
  return expectPost(await api.post('/api/posts', { json: { author, text } }));
}

/** Adds posts "<prefix> 1" .. "<prefix> n" (oldest first), advancing the clock by `stepMs` after each (0: all at one instant). */
export async function addPosts(api: TestServer, clock: FakeClock, n: number, prefix = 'Post', stepMs = 1000): Promise<PostJson[]> {
  const made: PostJson[] = [];
  for (let i = 1; i <= n; i++) {
    made.push(await addPost(api, `${prefix} ${i}`, i % 2 ? 'Ann' : 'Ben'));
    clock.advance(stepMs);
  }
  return made;
}

/** The feed order the SPEC fixes: createdAt descending, then id descending. */
export function newestFirst(posts: PostJson[]): PostJson[] {
  return [...posts].sort((a, b) => (a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1));
}

export function feedPath(query: Record<string, string | number> = {}): string {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const text = params.toString();
  return text ? `/api/feed?${text}` : '/api/feed';
}

export async function getFeed(api: TestServer, query: Record<string, string | number> = {}): Promise<FeedJson & { request: string }> {
  const res = await api.get(feedPath(query));
  expectStatus(res, 200);
  const body = res.json as FeedJson;
  expect(Object.keys((body as object) ?? {}).sort(), `${res.request}: the body is { items, nextCursor }`).toEqual(['items', 'nextCursor']);
  expect(Array.isArray(body.items), `${res.request}: items is an array`).toBe(true);
  expect(body.nextCursor === null || typeof body.nextCursor === 'string', `${res.request}: nextCursor is a string or null, got ${JSON.stringify(body.nextCursor)}`).toBe(true);
  return { ...body, request: res.request };
}

/** Every page from the first, `limit` at a time; `between(pageNumber)` runs after each page that has a next one. */
export async function allPages(api: TestServer, limit: number, between?: (page: number) => Promise<void>): Promise<FeedJson[]> {
  const pages: FeedJson[] = [];
  let cursor: string | null | undefined;
  for (let n = 1; n <= 60; n++) {
    const page = await getFeed(api, cursor ? { limit, cursor } : { limit });
    pages.push(page);
    if (page.nextCursor === null) return pages;
    cursor = page.nextCursor;
    await between?.(n);
  }
  throw new Error(`GET /api/feed?limit=${limit} still gave a nextCursor after 60 pages: the feed never ends`);
}

/** The cursor format of the SPEC: base64url (no padding) of a JSON object. */
export function makeCursor(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

export function readCursor(cursor: string): unknown {
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
}

export function texts(posts: PostJson[]): string[] {
  return posts.map((p) => p.text);
}
