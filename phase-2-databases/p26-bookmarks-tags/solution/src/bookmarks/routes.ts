// The HTTP side of bookmarks: each handler validates, runs one repository function and shapes
// the answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { deleteBookmark, findBookmark, findBookmarkIdByUrl, insertBookmark, listBookmarks, updateBookmark, type BookmarkWithTags } from './repository.js';
import { bookmarkNotFound, parseBookmarkId, parseCreateBookmark, parseListQuery, parseUpdateBookmark } from './validation.js';

/** A bookmark as the API shows it: exactly these fields, whatever the tables hold. */
export interface BookmarkJson {
  id: number;
  url: string;
  title: string;
  tags: string[];
  createdAt: string;
}

export function toBookmarkJson(row: BookmarkWithTags): BookmarkJson {
  return { id: row.id, url: row.url, title: row.title, tags: row.tags, createdAt: row.createdAt.toISOString() };
}

/**
 * Runs a write and turns the database's unique violation on the URL into a 409 that names the
 * bookmark holding it. The database decides, not a SELECT beforehand: that could race.
 */
function rejectDuplicateUrl<T>(db: Db, url: string | undefined, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (url === undefined || !isUniqueViolation(error)) throw error;
    const id = findBookmarkIdByUrl(db, url);
    throw new HttpError(409, 'conflict', `A bookmark with this URL already exists (id ${id}).`, { url, id });
  }
}

type WithId = Request<{ id: string }>;

/** The routes of /bookmarks, on one database and one clock. */
export function bookmarksRouter(db: Db, now: () => Date): Router {
  const list = (req: Request, res: Response): void => {
    const query = parseListQuery(req.query);
    const { rows, total } = listBookmarks(db, query);
    res.json({ items: rows.map(toBookmarkJson), total, limit: query.limit, offset: query.offset });
  };

  const create = (req: Request, res: Response): void => {
    const input = parseCreateBookmark(req.body);
    const row = rejectDuplicateUrl(db, input.url, () => insertBookmark(db, input, now()));
    res.status(201).location(`/bookmarks/${row.id}`).json(toBookmarkJson(row));
  };

  const read = (req: WithId, res: Response): void => {
    const id = parseBookmarkId(req.params.id);
    const row = findBookmark(db, id);
    if (!row) throw bookmarkNotFound(id);
    res.json(toBookmarkJson(row));
  };

  const update = (req: WithId, res: Response): void => {
    const id = parseBookmarkId(req.params.id);
    const changes = parseUpdateBookmark(req.body);
    const row = rejectDuplicateUrl(db, changes.url, () => updateBookmark(db, id, changes));
    if (!row) throw bookmarkNotFound(id);
    res.json(toBookmarkJson(row));
  };

  const remove = (req: WithId, res: Response): void => {
    const id = parseBookmarkId(req.params.id);
    if (!deleteBookmark(db, id)) throw bookmarkNotFound(id);
    res.status(204).end();
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
