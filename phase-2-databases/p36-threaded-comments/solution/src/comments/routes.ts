// The HTTP side of threads and comments: validate, run one repository function, shape the
// answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { CommentRow, ThreadRow } from '../db/schema.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { depthOf, nest } from '../tree.js';
import { MAX_DEPTH, parentNotFound, parseId, tooDeep } from '../validation.js';
import { addComment, commentSubtree, deleteComment, findThread, insertThread, threadComments } from './repository.js';
import { commentNotFound, parseNewComment, parseNewThread, threadNotFound } from './validation.js';

/** What a deleted comment with replies shows instead of its text. */
export const DELETED_BODY = '[deleted]';

export interface CommentNode {
  id: number;
  threadId: number;
  parentId: number | null;
  depth: number;
  body: string;
  deleted: boolean;
  createdAt: string;
  /** Every comment below this one, at any depth (placeholders included). */
  replyCount: number;
  replies: CommentNode[];
}

export interface ThreadJson {
  id: number;
  title: string;
  createdAt: string;
  commentCount: number;
  comments: CommentNode[];
}

function toNode(row: CommentRow, replies: CommentNode[]): CommentNode {
  return {
    id: row.id,
    threadId: row.threadId,
    parentId: row.parentId,
    depth: depthOf(row.path),
    body: row.deleted ? DELETED_BODY : row.body,
    deleted: row.deleted,
    createdAt: row.createdAt.toISOString(),
    // The whole subtree: each reply, plus everything below it.
    replyCount: replies.reduce((sum, reply) => sum + 1 + reply.replyCount, 0),
    replies,
  };
}

function toThreadJson(thread: ThreadRow, rows: CommentRow[]): ThreadJson {
  return {
    id: thread.id,
    title: thread.title,
    createdAt: thread.createdAt.toISOString(),
    commentCount: rows.length,
    comments: nest(rows, toNode),
  };
}

type WithId = Request<{ id: string }>;

/** The routes of /threads and /comments, on one database and one clock. */
export function commentsRouter(db: Db, now: () => Date): Router {
  const createThread = (req: Request, res: Response): void => {
    const title = parseNewThread(req.body);
    const thread = insertThread(db, title, now());
    res.status(201).location(`/threads/${thread.id}`).json(toThreadJson(thread, []));
  };

  const readThread = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id, threadNotFound);
    const thread = findThread(db, id);
    if (!thread) throw threadNotFound(id);
    res.json(toThreadJson(thread, threadComments(db, id)));
  };

  const createComment = (req: WithId, res: Response): void => {
    // The thread in the path first (404), then the body (400), then the parent.
    const threadId = parseId(req.params.id, threadNotFound);
    if (!findThread(db, threadId)) throw threadNotFound(threadId);
    const input = parseNewComment(req.body);
    const result = addComment(db, threadId, input, now());
    switch (result.status) {
      case 'parent_missing':
        throw parentNotFound('comment in this thread', input.parentId!);
      case 'parent_deleted':
        throw new HttpError(409, 'conflict', `Comment ${input.parentId} was deleted: it takes no new replies.`, [{ field: 'parentId', message: 'names a deleted comment' }]);
      case 'too_deep':
        throw tooDeep(`Comment ${input.parentId} is at depth ${MAX_DEPTH}, the deepest a thread goes: it takes no replies.`);
      case 'added':
        res.status(201).location(`/comments/${result.row.id}`).json(toNode(result.row, []));
    }
  };

  const readComment = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id, commentNotFound);
    const [node] = nest(commentSubtree(db, id), toNode);
    if (!node) throw commentNotFound(id);
    res.json(node);
  };

  const removeComment = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id, commentNotFound);
    if (deleteComment(db, id) === 'missing') throw commentNotFound(id);
    res.status(204).end();
  };

  const router = Router();
  router.route('/threads').post(jsonBody, createThread).all(methodNotAllowed(['POST']));
  router.route('/threads/:id').get(readThread).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/threads/:id/comments').post(jsonBody, createComment).all(methodNotAllowed(['POST']));
  router.route('/comments/:id').get(readComment).delete(removeComment).all(methodNotAllowed(['GET', 'HEAD', 'DELETE']));
  return router;
}
