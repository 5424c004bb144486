// The HTTP side of users: each handler validates, runs one repository function and shapes
// the answer. Throw HttpError for client errors: Express 5 passes it to errorHandler.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { UserRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';

/** A user as the API shows it: exactly these fields, whatever the table holds. */
export interface UserJson {
  id: number;
  email: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** TODO (Task 2): the row as the API shows it, dates as toISOString(). */
export function toUserJson(row: UserRow): UserJson {
  void row;
  throw new Error('Not implemented: toUserJson (Task 2)');
}

type WithId = Request<{ id: string }>;

/** The routes of /users, on one database and one clock. */
export function usersRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 3): parseListQuery(req.query), listUsers, then { items, total, limit, offset }.
  const list = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /users (Task 3)');
  };

  // TODO (Task 2): parseCreateUser(req.body), insertUser, then 201 with a Location header.
  // TODO (Task 5): a duplicate email (isUniqueViolation from ../db/errors.js) is a 409 conflict.
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /users (Task 2)');
  };

  // TODO (Task 3): parseUserId(req.params.id), findUserById, then the user or 404.
  const read = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /users/:id (Task 3)');
  };

  // TODO (Task 4): only the fields sent change, and updatedAt = now(); 404 and 409 as above.
  const update = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: PATCH /users/:id (Task 4)');
  };

  // TODO (Task 4): 204 with no body, or 404.
  const remove = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: DELETE /users/:id (Task 4)');
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
