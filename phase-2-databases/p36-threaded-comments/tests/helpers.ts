// Shared by the p36 suite: starting an app on a temporary database, the shapes the Interface
// promises, and small API steps (open a thread, post a comment, create a category) that must succeed.
import { expect } from 'vitest';
import { expectStatus, startDbApp, withRawDb, type AppLike, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface AppModule {
  createApp: (options: { dbFile: string; now?: () => Date }) => AppLike;
}

export interface CommentJson {
  id: number;
  threadId: number;
  parentId: number | null;
  depth: number;
  body: string;
  deleted: boolean;
  createdAt: string;
  replyCount: number;
  replies: CommentJson[];
}

export interface ThreadJson {
  id: number;
  title: string;
  createdAt: string;
  commentCount: number;
  comments: CommentJson[];
}

export interface CategoryNodeJson {
  id: number;
  name: string;
  parentId: number | null;
  depth: number;
  itemCount: number;
  totalItemCount: number;
  children: CategoryNodeJson[];
}

export type CategoryJson = CategoryNodeJson & { breadcrumbs: Array<{ id: number; name: string }> };

export const COMMENT_FIELDS = ['body', 'createdAt', 'deleted', 'depth', 'id', 'parentId', 'replies', 'replyCount', 'threadId'];
export const THREAD_FIELDS = ['commentCount', 'comments', 'createdAt', 'id', 'title'];
export const NODE_FIELDS = ['children', 'depth', 'id', 'itemCount', 'name', 'parentId', 'totalItemCount'];
export const CATEGORY_FIELDS = [...NODE_FIELDS, 'breadcrumbs'].sort();

export const START = '2026-04-01T10:00:00.000Z';
export const MINUTE = 60_000;

export type Started = StartedDbApp;

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<Started> {
  return startDbApp({ ...options, start: START });
}

/** Asserts every comment of a tree has exactly the Interface's fields. */
export function expectCommentShape(comment: CommentJson, where: string): void {
  expect(Object.keys(comment ?? {}).sort(), `${where}: a comment has exactly the fields ${COMMENT_FIELDS.join(', ')}`).toEqual(COMMENT_FIELDS);
  expect(Array.isArray(comment.replies), `${where}: replies should be an array`).toBe(true);
  for (const reply of comment.replies) expectCommentShape(reply, where);
}

export function expectComment(res: HttpResponse): CommentJson {
  const comment = res.json as CommentJson;
  expect(comment, `${res.request}: the body should be a comment, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expectCommentShape(comment, res.request);
  return comment;
}

export function expectThread(res: HttpResponse): ThreadJson {
  const thread = res.json as ThreadJson;
  expect(thread, `${res.request}: the body should be a thread, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(thread ?? {}).sort(), `${res.request}: a thread has exactly the fields ${THREAD_FIELDS.join(', ')}`).toEqual(THREAD_FIELDS);
  expect(Array.isArray(thread.comments), `${res.request}: comments should be an array`).toBe(true);
  for (const comment of thread.comments) expectCommentShape(comment, res.request);
  return thread;
}

function expectNodeShape(node: CategoryNodeJson, where: string): void {
  expect(Object.keys(node ?? {}).sort(), `${where}: a category in children has exactly the fields ${NODE_FIELDS.join(', ')}`).toEqual(NODE_FIELDS);
  expect(Array.isArray(node.children), `${where}: children should be an array`).toBe(true);
  for (const child of node.children) expectNodeShape(child, where);
}

export function expectCategory(res: HttpResponse): CategoryJson {
  const category = res.json as CategoryJson;
  expect(category, `${res.request}: the body should be a category, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(category ?? {}).sort(), `${res.request}: a category has exactly the fields ${CATEGORY_FIELDS.join(', ')}`).toEqual(CATEGORY_FIELDS);
  expect(Array.isArray(category.children), `${res.request}: children should be an array`).toBe(true);
  for (const child of category.children) expectNodeShape(child, res.request);
  return category;
}

/** POST /threads that must succeed. */
export async function openThread(api: TestServer, title = 'A thread'): Promise<ThreadJson> {
  const res = await api.post('/threads', { json: { title } });
  expectStatus(res, 201);
  return expectThread(res);
}

/** POST /threads/:id/comments that must succeed. */
export async function postComment(api: TestServer, threadId: number, body: string, parentId?: number | null): Promise<CommentJson> {
  const json = parentId === undefined ? { body } : { body, parentId };
  const res = await api.post(`/threads/${threadId}/comments`, { json });
  expectStatus(res, 201);
  return expectComment(res);
}

/** GET /threads/:id that must succeed. */
export async function getThread(api: TestServer, id: number): Promise<ThreadJson> {
  const res = await api.get(`/threads/${id}`);
  expectStatus(res, 200);
  return expectThread(res);
}

/** GET /comments/:id that must succeed. */
export async function getComment(api: TestServer, id: number): Promise<CommentJson> {
  const res = await api.get(`/comments/${id}`);
  expectStatus(res, 200);
  return expectComment(res);
}

/** A chain of replies: the first a top-level comment, each next one a reply to the one before. */
export async function replyChain(api: TestServer, threadId: number, length: number, parentId: number | null = null): Promise<CommentJson[]> {
  const chain: CommentJson[] = [];
  let parent = parentId;
  for (let i = 1; i <= length; i += 1) {
    const comment = await postComment(api, threadId, `level ${i}`, parent);
    chain.push(comment);
    parent = comment.id;
  }
  return chain;
}

/** POST /categories that must succeed. */
export async function createCategory(api: TestServer, name: string, parentId?: number | null): Promise<CategoryJson> {
  const json = parentId === undefined ? { name } : { name, parentId };
  const res = await api.post('/categories', { json });
  expectStatus(res, 201);
  return expectCategory(res);
}

/** GET /categories/:id that must succeed. */
export async function getCategory(api: TestServer, id: number): Promise<CategoryJson> {
  const res = await api.get(`/categories/${id}`);
  expectStatus(res, 200);
  return expectCategory(res);
}

/** POST /categories/:id/items that must succeed. */
export async function addItem(api: TestServer, categoryId: number, title: string): Promise<{ id: number; categoryId: number; title: string }> {
  const res = await api.post(`/categories/${categoryId}/items`, { json: { title } });
  expectStatus(res, 201);
  return res.json as { id: number; categoryId: number; title: string };
}

/** The node of `id` somewhere in a tree of comments. */
export function findNode<T extends { id: number }>(nodes: T[], id: number, below: (node: T) => T[]): T | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findNode(below(node), id, below);
    if (found) return found;
  }
  return undefined;
}

/** A tree reduced to ids: [[id, [children...]], ...], to compare structure and order. */
export function commentShape(nodes: CommentJson[]): unknown[] {
  return nodes.map((node) => [node.id, commentShape(node.replies)]);
}

export function categoryShape(nodes: CategoryNodeJson[]): unknown[] {
  return nodes.map((node) => [node.id, categoryShape(node.children)]);
}

/**
 * The depth of every row of `table`, computed from parent_id with the suite's own recursive CTE
 * (rows that reach no root get no depth): { rows, reached, maxDepth }.
 */
export function rawDepths(dbFile: string, table: 'comments' | 'categories'): { rows: number; reached: number; maxDepth: number; depths: Record<number, number> } {
  return withRawDb(dbFile, (db) => {
    const rows = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const walked = db
      .prepare(
        `WITH RECURSIVE walk(id, depth) AS (
           SELECT id, 1 FROM ${table} WHERE parent_id IS NULL
           UNION ALL
           SELECT t.id, walk.depth + 1 FROM ${table} t JOIN walk ON t.parent_id = walk.id WHERE walk.depth < 50
         ) SELECT id, depth FROM walk`,
      )
      .all() as Array<{ id: number; depth: number }>;
    const depths: Record<number, number> = {};
    for (const row of walked) depths[row.id] = row.depth;
    return { rows, reached: walked.length, maxDepth: Math.max(0, ...walked.map((row) => row.depth)), depths };
  });
}

/** Every row of categories, in id order: what a refused move must leave untouched. */
export function categoryRows(dbFile: string): unknown[] {
  return withRawDb(dbFile, (db) => db.prepare('SELECT * FROM categories ORDER BY id').all());
}

/** The SQLite error code of running `sql` on the file (foreign keys on), or 'accepted'. */
export function rawWrite(dbFile: string, sql: string, ...params: unknown[]): string {
  return withRawDb(dbFile, (db) => {
    db.pragma('foreign_keys = ON');
    try {
      db.prepare(sql).run(...params);
      return 'accepted';
    } catch (error) {
      return String((error as { code?: unknown }).code ?? error);
    }
  });
}
