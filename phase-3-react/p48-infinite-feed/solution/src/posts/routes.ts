// The HTTP side of posts: POST /api/posts writes one, GET /api/feed reads them a page at a time.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { PostRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { feedRows, insertPost } from './repository.js';
import { parseFeedQuery, parseNewPost } from './validation.js';

export function toPostJson(row: PostRow) {
  return { id: row.id, author: row.author, text: row.text, createdAt: row.createdAt.toISOString() };
}

export function postsRouter(db: Db, now: () => Date): Router {
  const router = Router();
  router
    .route('/api/posts')
    .post(jsonBody, (req: Request, res: Response) => {
      const row = insertPost(db, parseNewPost(req.body), now());
      res.status(201).json(toPostJson(row));
    })
    .all(methodNotAllowed(['POST']));
  router
    .route('/api/feed')
    .get((req: Request, res: Response) => {
      // The parameters first (400 validation_failed), then what the cursor holds (400 invalid_cursor).
      const { limit, cursor } = parseFeedQuery(req.query);
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      // One row more than the page: when it comes back there is a next page, and when it does
      // not, nextCursor is null, so a client never asks for an empty page at the end.
      const rows = feedRows(db, limit + 1, after);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const nextCursor = rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt.getTime(), id: last.id }) : null;
      res.json({ items: page.map(toPostJson), nextCursor });
    })
    .all(methodNotAllowed(['GET']));
  return router;
}
