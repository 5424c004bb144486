// The HTTP side of threads and comments: validate, run one repository function, shape the
// answer. Errors are thrown and answered by errorHandler (Express 5 catches them). The wiring
// at the bottom is given; the handlers are yours.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';

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

type WithId = Request<{ id: string }>;

/** The routes of /threads and /comments, on one database and one clock. */
export function commentsRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 1): POST /threads: 201, Location, the Thread (SPEC Interface, "Routes").
  const createThread = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /threads (Task 1)');
  };

  // TODO (Task 1): GET /threads/:id with its comments; Task 2 nests them.
  const readThread = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /threads/:id (Task 1)');
  };

  // TODO (Task 1): POST /threads/:id/comments, checks in the Interface's "Order of checks".
  const createComment = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: POST /threads/:id/comments (Task 1)');
  };

  // TODO (Task 2): GET /comments/:id, the comment with its subtree.
  const readComment = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /comments/:id (Task 2)');
  };

  // TODO (Task 3): DELETE /comments/:id, 204.
  const removeComment = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: DELETE /comments/:id (Task 3)');
  };

  const router = Router();
  router.route('/threads').post(jsonBody, createThread).all(methodNotAllowed(['POST']));
  router.route('/threads/:id').get(readThread).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/threads/:id/comments').post(jsonBody, createComment).all(methodNotAllowed(['POST']));
  router.route('/comments/:id').get(readComment).delete(removeComment).all(methodNotAllowed(['GET', 'HEAD', 'DELETE']));
  return router;
}
