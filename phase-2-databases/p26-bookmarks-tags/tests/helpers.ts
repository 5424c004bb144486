// Shared by the p26 suite: starting an app on a temporary database, the shapes the Interface
// promises, and finding the join table by its foreign keys (its name is the learner's design).
import { expect } from 'vitest';
import { appTables, findRow, hasText, quoteIdent, withRawDb, type AppLike, type FakeClock, type HttpResponse, type RawDb, type TestServer, startDbApp, type StartedDbApp } from '#testkit';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
}

export interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

export interface BookmarkJson {
  id: number;
  url: string;
  title: string;
  tags: string[];
  createdAt: string;
}

export interface BookmarkPage {
  items: BookmarkJson[];
  total: number;
  limit: number;
  offset: number;
}

export interface TagJson {
  name: string;
  count: number;
}

export const BOOKMARK_FIELDS = ['createdAt', 'id', 'tags', 'title', 'url'];

export const START = '2026-01-15T12:00:00.000Z';
export const MINUTE = 60_000;

export type Started = StartedDbApp;

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<Started> {
  return startDbApp({ ...options, start: START });
}

function describeRes(res: HttpResponse): string {
  return `${res.request} answered ${res.status} with body ${res.text.slice(0, 300)}`;
}

/** Asserts that the body is a bookmark with exactly the fields of the Interface. */
export function expectBookmarkShape(res: HttpResponse): BookmarkJson {
  const bookmark = res.json as BookmarkJson;
  expect(bookmark, `${res.request}: the body should be a bookmark object, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(bookmark ?? {}).sort(), `${res.request}: a bookmark has exactly the fields ${BOOKMARK_FIELDS.join(', ')}`).toEqual(BOOKMARK_FIELDS);
  expect(Number.isInteger(bookmark.id) && bookmark.id > 0, `${res.request}: id should be a positive integer, got ${JSON.stringify(bookmark.id)}`).toBe(true);
  expect(Array.isArray(bookmark.tags), `${res.request}: tags should be an array of names`).toBe(true);
  return bookmark;
}

/** POST /bookmarks that must succeed: returns the bookmark from the 201 body. */
export async function createBookmark(api: TestServer, body: { url: string; title: string; tags?: unknown }): Promise<BookmarkJson> {
  const res = await api.post('/bookmarks', { json: body });
  expect(res.status, describeRes(res)).toBe(201);
  return expectBookmarkShape(res);
}

/** GET /bookmarks/:id that must succeed. */
export async function getBookmark(api: TestServer, id: number): Promise<BookmarkJson> {
  const res = await api.get(`/bookmarks/${id}`);
  expect(res.status, describeRes(res)).toBe(200);
  return expectBookmarkShape(res);
}

/** PATCH /bookmarks/:id that must succeed. */
export async function patchBookmark(api: TestServer, id: number, json: unknown): Promise<BookmarkJson> {
  const res = await api.patch(`/bookmarks/${id}`, { json });
  expect(res.status, describeRes(res)).toBe(200);
  return expectBookmarkShape(res);
}

/** GET /bookmarks with a query string that must succeed. */
export async function listBookmarks(api: TestServer, query = ''): Promise<BookmarkPage> {
  const res = await api.get(`/bookmarks${query}`);
  expect(res.status, describeRes(res)).toBe(200);
  const page = res.json as BookmarkPage;
  expect(Array.isArray(page?.items), `${res.request}: the body should be { items, total, limit, offset }, got ${res.text.slice(0, 300)}`).toBe(true);
  return page;
}

/** The titles of GET /bookmarks<query>, in the order answered. */
export async function titles(api: TestServer, query = ''): Promise<string[]> {
  return (await listBookmarks(api, query)).items.map((bookmark) => bookmark.title);
}

/** GET /tags that must succeed. */
export async function listTags(api: TestServer): Promise<TagJson[]> {
  const res = await api.get('/tags');
  expect(res.status, describeRes(res)).toBe(200);
  expect(Array.isArray(res.json), `${res.request}: the body should be an array of { name, count }, got ${res.text.slice(0, 300)}`).toBe(true);
  return res.json as TagJson[];
}

/** Whether any table of the closed or open file still holds this exact text (case-insensitive). */
export function fileHasText(dbFile: string, text: string): boolean {
  return withRawDb(dbFile, (db) => findRow(db, hasText(text)) !== undefined);
}

export interface JoinTable {
  table: string;
  columns: string[];
  bookmarkColumn: string;
  tagColumn: string;
}

/**
 * The join table, found by its foreign keys: the table with one to the table that holds `url`
 * (bookmarks) and one to the table that holds the tag `tag`.
 */
export function findJoinTable(db: RawDb, url: string, tag: string): JoinTable {
  const bookmarksTable = findRow(db, hasText(url))?.table;
  const tagsTable = findRow(db, hasText(tag))?.table;
  expect(bookmarksTable, `a table of the database should hold the URL ${url}`).toBeDefined();
  expect(tagsTable, `a table of the database should hold the tag ${tag}`).toBeDefined();
  for (const table of appTables(db)) {
    const keys = db.prepare(`PRAGMA foreign_key_list(${quoteIdent(table)})`).all() as Array<{ table: string; from: string }>;
    const toBookmarks = keys.find((key) => key.table.toLowerCase() === bookmarksTable!.toLowerCase());
    const toTags = keys.find((key) => key.table.toLowerCase() === tagsTable!.toLowerCase());
    if (toBookmarks && toTags) {
      const columns = (db.prepare(`PRAGMA table_info(${quoteIdent(table)})`).all() as Array<{ name: string }>).map((c) => c.name);
      return { table, columns, bookmarkColumn: toBookmarks.from, tagColumn: toTags.from };
    }
  }
  throw new Error(`no table has a foreign key to ${bookmarksTable} and one to ${tagsTable}: the join table needs both (REFERENCES)`);
}

/** How many links the join table holds for this bookmark id. */
export function linksOf(dbFile: string, url: string, tag: string, bookmarkId: number): number {
  return withRawDb(dbFile, (db) => {
    const join = findJoinTable(db, url, tag);
    return db.prepare(`SELECT count(*) FROM ${quoteIdent(join.table)} WHERE ${quoteIdent(join.bookmarkColumn)} = ?`).pluck().get(bookmarkId) as number;
  });
}
