// The HTTP side of posts: the public, read-only routes under /posts and the author's routes
// under /admin/posts. Throw HttpError for client errors: Express 5 passes it to errorHandler.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { PostStatus } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import type { PostSummary, PostWithCount } from './repository.js';

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

/** TODO (Task 2): the row as a list shows it; dates as toISOString(), publishedAt null when unset. */
export function toPostSummaryJson(row: PostSummary): PostSummaryJson {
  void row;
  throw new Error('Not implemented: toPostSummaryJson (Task 2)');
}

/** TODO (Task 2): the summary plus the body. */
export function toPostJson(row: PostWithCount): PostJson {
  void row;
  throw new Error('Not implemented: toPostJson (Task 2)');
}

type WithSlug = Request<{ slug: string }>;
type WithId = Request<{ id: string }>;

/** GET /posts and GET /posts/:slug: what readers see, published posts only. */
export function publicPostsRouter(db: Db): Router {
  void db;

  // TODO (Task 4): parsePublicListQuery, listPublishedPosts, then { items, total, limit, offset }.
  const list = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /posts (Task 4)');
  };

  // TODO (Task 4): the published post, or 404 (a draft too).
  const read = (_req: WithSlug, _res: Response): void => {
    throw new Error('Not implemented: GET /posts/:slug (Task 4)');
  };

  const router = Router();
  router.route('/').get(list).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:slug').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}

/** /admin/posts: the author's routes, drafts included. (Authentication comes in phase 3.) */
export function adminPostsRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 3): parseAdminListQuery, listAllPosts, then { items, total, limit, offset }.
  const list = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /admin/posts (Task 3)');
  };

  // TODO (Task 2): parseCreatePost; the slug given, or slugify(title) (400 noSlugInTitle() when
  // it is ''); insertPost; a taken explicit slug (isUniqueViolation) is slugTaken(slug), a 409;
  // then 201 with Location: /admin/posts/<id> and the post (commentCount 0).
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /admin/posts (Task 2)');
  };

  // TODO (Task 2): parsePostId, findPostById, then the post or 404.
  const read = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /admin/posts/:id (Task 2)');
  };

  // TODO (Task 3): parsePostId, parseUpdatePost, updatePost (409 on a taken slug, 404 on no
  // such post), then the post as findPostById reads it.
  const update = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: PATCH /admin/posts/:id (Task 3)');
  };

  // TODO (Task 6): 204 with no body, or 404.
  const remove = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: DELETE /admin/posts/:id (Task 6)');
  };

  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
