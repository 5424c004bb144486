// The routes, one handler per path, the page cut with a lookahead row.
import { Router } from 'express';
import type { Db } from '../db/client.js';
import type { PostRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { feedRows, insertPost } from './repository.js';
import { parseFeedQuery, parseNewPost } from './validation.js';

export function toPostJson(row: PostRow) {
  return { id: row.entryId, author: row.authorName, text: row.body, createdAt: new Date(row.postedAtMs).toISOString() };
}

export function postsRouter(db: Db, now: () => Date): Router {
  const router = Router();
  router.post('/api/posts', jsonBody, (req, res) => {
    res.status(201).json(toPostJson(insertPost(db, parseNewPost(req.body), now())));
  });
  router.all('/api/posts', methodNotAllowed(['POST']));
  router.get('/api/feed', (req, res) => {
    const query = parseFeedQuery(req.query);
    const rows = feedRows(db, query.limit + 1, query.cursor === undefined ? undefined : decodeCursor(query.cursor));
    const hasMore = rows.length > query.limit;
    const items = hasMore ? rows.slice(0, -1) : rows;
    const tail = items[items.length - 1];
    res.json({ items: items.map(toPostJson), nextCursor: hasMore && tail ? encodeCursor({ createdAt: tail.postedAtMs, id: tail.entryId }) : null });
  });
  router.all('/api/feed', methodNotAllowed(['GET']));
  return router;
}
