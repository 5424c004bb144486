// The HTTP side of tags: counts, rename, merge. Tags are created by tagging bookmarks and
// removed when no bookmark carries them any more; there is no POST /tags or DELETE /tags/:name.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';

type WithName = Request<{ name: string }>;

/** The routes of /tags, on one database. */
export function tagsRouter(db: Db): Router {
  void db;

  // TODO (Task 6): listTags, answered as a plain array.
  const list = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /tags (Task 6)');
  };

  // TODO (Task 6): parseTagParam, parseRenameTag, renameTag; 404 for no such tag; a unique
  // violation is a 409 conflict with details { tag } that says to merge instead.
  const rename = (_req: WithName, _res: Response): void => {
    throw new Error('Not implemented: PATCH /tags/:name (Task 6)');
  };

  // TODO (Task 6): parseTagParam, parseMergeTag; into the same tag is a 400 on "into"; mergeTags;
  // 404 for an unknown tag on either side.
  const merge = (_req: WithName, _res: Response): void => {
    throw new Error('Not implemented: POST /tags/:name/merge (Task 6)');
  };

  const router = Router();
  router.route('/').get(list).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:name').patch(jsonBody, rename).all(methodNotAllowed(['PATCH']));
  router.route('/:name/merge').post(jsonBody, merge).all(methodNotAllowed(['POST']));
  return router;
}
