// The HTTP side of tags: counts, rename, merge. Tags are created by tagging bookmarks and
// removed when no bookmark carries them any more; there is no POST /tags or DELETE /tags/:name.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { listTags, mergeTags, renameTag, type TagJson } from './repository.js';
import { parseMergeTag, parseRenameTag, parseTagParam, tagNotFound } from './validation.js';

type WithName = Request<{ name: string }>;

/** Renames, or explains that the new name is taken and a merge is what the client wants. */
function renameOrConflict(db: Db, from: string, to: string): TagJson | undefined {
  try {
    return renameTag(db, from, to);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new HttpError(409, 'conflict', `The tag "${to}" already exists: merge "${from}" into it with POST /tags/${from}/merge.`, { tag: to });
  }
}

/** The routes of /tags, on one database. */
export function tagsRouter(db: Db): Router {
  const list = (_req: Request, res: Response): void => {
    res.json(listTags(db));
  };

  const rename = (req: WithName, res: Response): void => {
    const from = parseTagParam(req.params.name);
    const to = parseRenameTag(req.body);
    const tag = renameOrConflict(db, from, to);
    if (!tag) throw tagNotFound(from);
    res.json(tag);
  };

  const merge = (req: WithName, res: Response): void => {
    const from = parseTagParam(req.params.name);
    const into = parseMergeTag(req.body);
    if (into === from) {
      throw new HttpError(400, 'validation_failed', 'into: a tag cannot be merged into itself', [{ field: 'into', message: 'a tag cannot be merged into itself' }]);
    }
    const result = mergeTags(db, from, into);
    if ('missing' in result) throw tagNotFound(result.missing);
    res.json(result);
  };

  const router = Router();
  router.route('/').get(list).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:name').patch(jsonBody, rename).all(methodNotAllowed(['PATCH']));
  router.route('/:name/merge').post(jsonBody, merge).all(methodNotAllowed(['POST']));
  return router;
}
