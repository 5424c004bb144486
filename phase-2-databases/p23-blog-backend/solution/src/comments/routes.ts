// The HTTP side of comments: readers list and write them under a published post's slug; the
// author deletes them by id under /admin/comments.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { CommentRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { findPublishedPostBySlug } from '../posts/repository.js';
import { postNotFound } from '../posts/validation.js';
import { deleteComment, insertComment, listComments } from './repository.js';
import { commentNotFound, parseCommentId, parseCreateComment } from './validation.js';

/** A comment as the API shows it. */
export interface CommentJson {
  id: number;
  postId: number;
  author: string;
  body: string;
  createdAt: string;
}

export function toCommentJson(row: CommentRow): CommentJson {
  return { id: row.id, postId: row.postId, author: row.author, body: row.body, createdAt: row.createdAt.toISOString() };
}

type WithSlug = Request<{ slug: string }>;
type WithId = Request<{ id: string }>;

/** /posts/:slug/comments: only a published post has comments a reader can see or add. */
export function postCommentsRouter(db: Db, now: () => Date): Router {
  const publishedPostId = (slug: string): number => {
    const post = findPublishedPostBySlug(db, slug);
    if (!post) throw postNotFound(slug);
    return post.id;
  };

  const list = (req: WithSlug, res: Response): void => {
    const rows = listComments(db, publishedPostId(req.params.slug));
    res.json({ items: rows.map(toCommentJson) });
  };

  const create = (req: WithSlug, res: Response): void => {
    const postId = publishedPostId(req.params.slug);
    const input = parseCreateComment(req.body);
    res.status(201).json(toCommentJson(insertComment(db, postId, input, now())));
  };

  const router = Router();
  router.route('/:slug/comments').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  return router;
}

/** /admin/comments/:id: the author removes a comment. */
export function adminCommentsRouter(db: Db): Router {
  const remove = (req: WithId, res: Response): void => {
    const id = parseCommentId(req.params.id);
    if (!deleteComment(db, id)) throw commentNotFound(id);
    res.status(204).end();
  };

  const router = Router();
  router.route('/:id').delete(remove).all(methodNotAllowed(['DELETE']));
  return router;
}
