// Threads and comments over HTTP; the SQL lives in src/store/discussions.ts.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { discussion, openDiscussion, post, readTree, remove, threadOf, type CommentRecord, type Discussion } from '../store/discussions.js';
import { build } from '../store/nest.js';
import { parentNotFound, parseId, tooDeep } from '../validation.js';
import { commentNotFound, parseNewComment, parseNewThread, threadNotFound } from './validation.js';

export const DELETED_BODY = '[deleted]';

export interface CommentNode {
  id: number;
  threadId: number;
  parentId: number | null;
  depth: number;
  body: string;
  deleted: boolean;
  createdAt: string;
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

const node = (row: CommentRecord, replies: CommentNode[]): CommentNode => ({
  id: row.id,
  threadId: row.thread_id,
  parentId: row.parent_id,
  depth: row.depth,
  body: row.removed_at === null ? row.content ?? '' : DELETED_BODY,
  deleted: row.removed_at !== null,
  createdAt: new Date(row.posted_at).toISOString(),
  replyCount: row.below,
  replies,
});

const threadJson = (d: Discussion, rows: CommentRecord[]): ThreadJson => ({
  id: d.id,
  title: d.subject,
  createdAt: new Date(d.opened_at).toISOString(),
  commentCount: rows.length,
  comments: build(rows, node),
});

type WithId = Request<{ id: string }>;

export function commentsRouter(db: Db, now: () => Date): Router {
  const router = Router();
  router
    .route('/threads')
    .post(jsonBody, (req: Request, res: Response) => {
      const d = openDiscussion(db, parseNewThread(req.body), now().getTime());
      res.status(201).location(`/threads/${d.id}`).json(threadJson(d, []));
    })
    .all(methodNotAllowed(['POST']));
  router
    .route('/threads/:id')
    .get((req: WithId, res: Response) => {
      const id = parseId(req.params.id, threadNotFound);
      const d = discussion(db, id);
      if (!d) throw threadNotFound(id);
      res.json(threadJson(d, readTree(db, id, null)));
    })
    .all(methodNotAllowed(['GET', 'HEAD']));
  router
    .route('/threads/:id/comments')
    .post(jsonBody, (req: WithId, res: Response) => {
      const id = parseId(req.params.id, threadNotFound);
      if (!discussion(db, id)) throw threadNotFound(id);
      const input = parseNewComment(req.body);
      const outcome = post(db, id, input.body, input.parentId, now().getTime());
      if (!outcome.ok) {
        if (outcome.why === 'no_parent') throw parentNotFound('comment in this thread', input.parentId!);
        if (outcome.why === 'removed_parent') throw new HttpError(409, 'conflict', 'That comment was deleted.');
        throw tooDeep('Replies stop at depth 5.');
      }
      const [created] = build(readTree(db, id, outcome.id), node);
      res.status(201).location(`/comments/${outcome.id}`).json(created);
    })
    .all(methodNotAllowed(['POST']));
  router
    .route('/comments/:id')
    .get((req: WithId, res: Response) => {
      const id = parseId(req.params.id, commentNotFound);
      const threadId = threadOf(db, id);
      if (threadId === undefined) throw commentNotFound(id);
      const [root] = build(readTree(db, threadId, id), node);
      res.json(root);
    })
    .delete((req: WithId, res: Response) => {
      const id = parseId(req.params.id, commentNotFound);
      if (!remove(db, id, now().getTime())) throw commentNotFound(id);
      res.sendStatus(204);
    })
    .all(methodNotAllowed(['GET', 'HEAD', 'DELETE']));
  return router;
}
