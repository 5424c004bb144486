// The HTTP side of users: each handler validates, runs one repository function and shapes
// the answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import type { UserRow } from '../db/schema.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { deleteUser, findUserById, insertUser, listUsers, updateUser } from './repository.js';
import { parseCreateUser, parseListQuery, parseUpdateUser, parseUserId, userNotFound } from './validation.js';

/** A user as the API shows it: exactly these fields, whatever the table holds. */
export interface UserJson {
  id: number;
  email: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export function toUserJson(row: UserRow): UserJson {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Runs a write and turns the database's unique violation into a 409. The database decides,
 * not a SELECT beforehand: a check in JavaScript can race with another writer.
 */
function rejectDuplicateEmail<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpError(409, 'conflict', 'A user with this email already exists.');
    throw error;
  }
}

type WithId = Request<{ id: string }>;

/** The routes of /users, on one database and one clock. */
export function usersRouter(db: Db, now: () => Date): Router {
  const list = (req: Request, res: Response): void => {
    const page = parseListQuery(req.query);
    const { rows, total } = listUsers(db, page);
    res.json({ items: rows.map(toUserJson), total, limit: page.limit, offset: page.offset });
  };

  const create = (req: Request, res: Response): void => {
    const input = parseCreateUser(req.body);
    const row = rejectDuplicateEmail(() => insertUser(db, input, now()));
    res.status(201).location(`/users/${row.id}`).json(toUserJson(row));
  };

  const read = (req: WithId, res: Response): void => {
    const id = parseUserId(req.params.id);
    const row = findUserById(db, id);
    if (!row) throw userNotFound(id);
    res.json(toUserJson(row));
  };

  const update = (req: WithId, res: Response): void => {
    const id = parseUserId(req.params.id);
    const changes = parseUpdateUser(req.body);
    const row = rejectDuplicateEmail(() => updateUser(db, id, changes, now()));
    if (!row) throw userNotFound(id);
    res.json(toUserJson(row));
  };

  const remove = (req: WithId, res: Response): void => {
    const id = parseUserId(req.params.id);
    if (!deleteUser(db, id)) throw userNotFound(id);
    res.status(204).end();
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
