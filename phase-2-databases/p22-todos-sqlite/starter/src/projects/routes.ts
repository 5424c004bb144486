// The HTTP side of projects: each handler validates, runs a repository function and shapes the
// answer. Throw HttpError for client errors: Express 5 passes it to errorHandler.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import type { ProjectWithCounts } from './repository.js';

/** A project as the API shows it. */
export interface ProjectJson {
  id: number;
  name: string;
  counts: { open: number; done: number };
  createdAt: string;
  updatedAt: string;
}

/** TODO (Task 2): the project as the API shows it, dates as toISOString(). */
export function toProjectJson(project: ProjectWithCounts): ProjectJson {
  void project;
  throw new Error('Not implemented: toProjectJson (Task 2)');
}

type WithId = Request<{ id: string }>;

/** The routes of /projects, on one database and one clock. */
export function projectsRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 6): { items } with the counts of each project.
  const list = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /projects (Task 6)');
  };

  // TODO (Task 2): 201 with a Location header; a duplicate name (isUniqueViolation) is a 409
  // conflict with details { name }.
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /projects (Task 2)');
  };

  // TODO (Task 2): parseId(req.params.id, projectNotFound) from ../validation.js, then the project or 404.
  const read = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /projects/:id (Task 2)');
  };

  // TODO (Task 2): rename; 404 and 409 as above.
  const update = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: PATCH /projects/:id (Task 2)');
  };

  // TODO (Task 2): 204 or 404. TODO (Task 6): a foreign key refusal (isForeignKeyViolation) is a
  // 409 conflict with details { todos: n }; ?cascade=true deletes the todos too.
  const remove = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: DELETE /projects/:id (Task 2)');
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
