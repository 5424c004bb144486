// The HTTP side of posts: the public, read-only routes under /posts and the author's routes
// under /admin/posts. Each handler validates, runs repository functions and shapes the answer;
// errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import type { PostStatus } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { deletePost, findPostById, findPublishedPostBySlug, insertPost, listAllPosts, listPublishedPosts, updatePost, type PostSummary, type PostWithCount } from './repository.js';
import { slugify } from './slug.js';
import { noSlugInTitle, parseAdminListQuery, parseCreatePost, parsePostId, parsePublicListQuery, parseUpdatePost, postNotFound, slugTaken } from './validation.js';

/** A post in a list: everything but the body. */
export interface PostSummaryJson {
  id: number;
  title: string;
  slug: string;
  status: PostStatus;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  commentCount: number;
}

/** A post on its own: the summary plus the body. */
export interface PostJson extends PostSummaryJson {
  body: string;
}

export function toPostSummaryJson(row: PostSummary): PostSummaryJson {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    commentCount: row.commentCount,
  };
}

export function toPostJson(row: PostWithCount): PostJson {
  return { ...toPostSummaryJson(row), body: row.body };
}

/** Runs a write with an explicit slug and turns the database's unique violation into a 409. */
function rejectTakenSlug<T>(slug: string | undefined, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (slug !== undefined && isUniqueViolation(error)) throw slugTaken(slug);
    throw error;
  }
}

type WithSlug = Request<{ slug: string }>;
type WithId = Request<{ id: string }>;

/** GET /posts and GET /posts/:slug: what readers see, published posts only. */
export function publicPostsRouter(db: Db): Router {
  const list = (req: Request, res: Response): void => {
    const page = parsePublicListQuery(req.query);
    const { rows, total } = listPublishedPosts(db, page);
    res.json({ items: rows.map(toPostSummaryJson), total, limit: page.limit, offset: page.offset });
  };

  const read = (req: WithSlug, res: Response): void => {
    const post = findPublishedPostBySlug(db, req.params.slug);
    // A draft answers exactly like a slug nobody has: readers cannot tell that it exists.
    if (!post) throw postNotFound(req.params.slug);
    res.json(toPostJson(post));
  };

  const router = Router();
  router.route('/').get(list).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:slug').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}

/** /admin/posts: the author's routes, drafts included. (Authentication comes in phase 3.) */
export function adminPostsRouter(db: Db, now: () => Date): Router {
  const list = (req: Request, res: Response): void => {
    const query = parseAdminListQuery(req.query);
    const { rows, total } = listAllPosts(db, query);
    res.json({ items: rows.map(toPostSummaryJson), total, limit: query.limit, offset: query.offset });
  };

  const create = (req: Request, res: Response): void => {
    const input = parseCreatePost(req.body);
    const derived = input.slug === undefined;
    const slug = input.slug ?? slugify(input.title);
    if (slug === '') throw noSlugInTitle();
    const row = rejectTakenSlug(input.slug, () => insertPost(db, { ...input, slug }, derived, now()));
    res.status(201).location(`/admin/posts/${row.id}`).json(toPostJson({ ...row, commentCount: 0 }));
  };

  const read = (req: WithId, res: Response): void => {
    const id = parsePostId(req.params.id);
    const post = findPostById(db, id);
    if (!post) throw postNotFound(id);
    res.json(toPostJson(post));
  };

  const update = (req: WithId, res: Response): void => {
    const id = parsePostId(req.params.id);
    const changes = parseUpdatePost(req.body);
    const found = rejectTakenSlug(changes.slug, () => updatePost(db, id, changes, now()));
    if (!found) throw postNotFound(id);
    res.json(toPostJson(findPostById(db, id)!));
  };

  const remove = (req: WithId, res: Response): void => {
    const id = parsePostId(req.params.id);
    if (!deletePost(db, id)) throw postNotFound(id);
    res.status(204).end();
  };

  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
