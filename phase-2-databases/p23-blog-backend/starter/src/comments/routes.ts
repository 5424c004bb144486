// The HTTP side of comments: readers list and write them under a published post's slug; the
// author deletes them by id under /admin/comments.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { CommentRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';

/** A comment as the API shows it. */
export interface CommentJson {
  id: number;
  postId: number;
  author: string;
  body: string;
  createdAt: string;
}

/** TODO (Task 5): the row as the API shows it, createdAt as toISOString(). */
export function toCommentJson(row: CommentRow): CommentJson {
  void row;
  throw new Error('Not implemented: toCommentJson (Task 5)');
}

type WithSlug = Request<{ slug: string }>;
type WithId = Request<{ id: string }>;

/** /posts/:slug/comments: only a published post has comments a reader can see or add. */
export function postCommentsRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 5): findPublishedPostBySlug (404 otherwise), listComments, then { items }.
  const list = (_req: WithSlug, _res: Response): void => {
    throw new Error('Not implemented: GET /posts/:slug/comments (Task 5)');
  };

  // TODO (Task 5): the published post (404 otherwise), parseCreateComment, insertComment, 201.
  const create = (_req: WithSlug, _res: Response): void => {
    throw new Error('Not implemented: POST /posts/:slug/comments (Task 5)');
  };

  const router = Router();
  router.route('/:slug/comments').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  return router;
}

/** /admin/comments/:id: the author removes a comment. */
export function adminCommentsRouter(db: Db): Router {
  void db;

  // TODO (Task 5): parseCommentId, deleteComment, then 204 with no body, or 404.
  const remove = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: DELETE /admin/comments/:id (Task 5)');
  };

  const router = Router();
  router.route('/:id').delete(remove).all(methodNotAllowed(['DELETE']));
  return router;
}
