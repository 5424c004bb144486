// The HTTP side of bookmarks: each handler validates, runs one repository function and shapes
// the answer. Throw HttpError for client errors: Express 5 passes it to errorHandler.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import type { BookmarkWithTags } from './repository.js';

/** A bookmark as the API shows it: exactly these fields, whatever the tables hold. */
export interface BookmarkJson {
  id: number;
  url: string;
  title: string;
  tags: string[];
  createdAt: string;
}

/** TODO (Task 2): the row as the API shows it, createdAt as toISOString(). */
export function toBookmarkJson(row: BookmarkWithTags): BookmarkJson {
  void row;
  throw new Error('Not implemented: toBookmarkJson (Task 2)');
}

type WithId = Request<{ id: string }>;

/** The routes of /bookmarks, on one database and one clock. */
export function bookmarksRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 5): parseListQuery(req.query), listBookmarks, then { items, total, limit, offset }.
  const list = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /bookmarks (Task 5)');
  };

  // TODO (Task 2): parseCreateBookmark, insertBookmark, then 201 with a Location header. A taken
  // URL (isUniqueViolation from ../db/errors.js) is a 409 conflict with details { url, id }.
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /bookmarks (Task 2)');
  };

  // TODO (Task 2): parseBookmarkId, findBookmark, then the bookmark or 404.
  const read = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /bookmarks/:id (Task 2)');
  };

  // TODO (Task 4): parseUpdateBookmark, updateBookmark; 404 and 409 as above.
  const update = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: PATCH /bookmarks/:id (Task 4)');
  };

  // TODO (Task 4): 204 with no body, or 404.
  const remove = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: DELETE /bookmarks/:id (Task 4)');
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
