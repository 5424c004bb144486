// The HTTP side of posts (SPEC.md, Tasks 1 and 2, and the Interface).
import { Router } from 'express';
import type { Db } from '../db/client.js';
import type { PostRow } from '../db/schema.js';
import { HttpError } from '../errors.js';

/** TODO (Task 1): the Post shape of the Interface. */
export function toPostJson(row: PostRow): unknown {
  void row;
  throw new Error('Not implemented: toPostJson (Task 1)');
}

export function postsRouter(db: Db, now: () => Date): Router {
  void [db, now];
  const router = Router();
  // TODO (Task 1): POST /api/posts and GET /api/feed, 405 for other methods.
  // TODO (Task 2): nextCursor, and the cursor parameter.
  router.all(['/api/posts', '/api/feed'], () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the posts API (Task 1).');
  });
  return router;
}
