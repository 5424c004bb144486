// Todo API: create, list, update, toggle and delete todos, kept in one JSON file that survives a
// restart. createApp builds a fresh app and a fresh TodoStore each time: two apps in one process
// share nothing. Never keep anything at module level.
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { errorHandler, HttpError, methodNotAllowed, notFound, validationFailed } from './errors.js';
import { createTodoSchema, listQuerySchema, parseInput, patchTodoSchema, type Sort, type Todo } from './schemas.js';
import { TodoStore } from './store.js';

export interface AppOptions {
  /** The JSON file the todos live in. Created on the first change if it does not exist. */
  file: string;
  /** The clock for createdAt and updatedAt. Default: () => new Date(). */
  now?: () => Date;
}

/** The largest JSON body POST and PATCH read: a todo is small, 10 KiB is plenty. */
export const BODY_LIMIT_BYTES = 10 * 1024;

/** POST and PATCH take JSON only; checked before the body is read, so a 415 costs nothing. */
const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as JSON with the header Content-Type: application/json.');
  }
  next();
};

/** The id in the path, or a 404 not_found. */
function idFrom(req: Request): number {
  // TODO (Task 1): only the plain decimal form of a positive whole number names a todo
  // (/^[1-9]\d*$/): '0', '-1', '1.5', '1abc', '1e0' and '01' are 404s.
  throw new Error(`Not implemented: idFrom (Task 1) for ${String(req.params.id)}`);
}

/** Compares two todos for the `sort` query parameter (Task 3). */
function compareBy(sort: Sort): (a: Todo, b: Todo) => number {
  // TODO (Task 3): createdAt is oldest first (ids grow with creation), -createdAt newest first,
  // dueDate earliest first with ties by id and todos without a due date last.
  throw new Error(`Not implemented: sort by ${sort} (Task 3)`);
}

export function createApp(options: AppOptions): Express {
  const now = options.now ?? (() => new Date());
  const store = new TodoStore(options.file, now);
  const readJson = [requireJson, express.json({ limit: BODY_LIMIT_BYTES })];

  function listTodos(_req: Request, _res: Response): void {
    // TODO (Task 1): res.json({ todos: store.all() }).
    // TODO (Task 3): parse req.query with listQuerySchema, filter on done, sort with compareBy.
    throw new Error(`Not implemented: GET /todos (Tasks 1 and 3)`);
  }

  async function createTodo(_req: Request, _res: Response): Promise<void> {
    // TODO (Task 1): parseInput(createTodoSchema, req.body, 'body'), await store.create(...), then
    // answer 201 with a Location header and the todo.
    throw new Error(`Not implemented: POST /todos (Task 1)`);
  }

  function readTodo(_req: Request, _res: Response): void {
    // TODO (Task 1): the todo with the id in the path, or a 404 not_found.
    throw new Error(`Not implemented: GET /todos/:id (Task 1)`);
  }

  async function updateTodo(_req: Request, _res: Response): Promise<void> {
    // TODO (Task 2): parse the body with patchTodoSchema (an empty patch is a validation_failed
    // about "body", see validationFailed), then await store.update(); no such todo is a 404.
    throw new Error(`Not implemented: PATCH /todos/:id (Task 2)`);
  }

  async function toggleTodo(_req: Request, _res: Response): Promise<void> {
    // TODO (Task 2): await store.toggle(); no such todo is a 404.
    throw new Error(`Not implemented: POST /todos/:id/toggle (Task 2)`);
  }

  async function deleteTodo(_req: Request, _res: Response): Promise<void> {
    // TODO (Task 2): await store.remove(), then 204 with no body; no such todo is a 404.
    throw new Error(`Not implemented: DELETE /todos/:id (Task 2)`);
  }

  const app = express();
  app.route('/todos').get(listTodos).post(readJson, createTodo).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  app
    .route('/todos/:id')
    .get(readTodo)
    .patch(readJson, updateTodo)
    .delete(deleteTodo)
    .all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  app.route('/todos/:id/toggle').post(toggleTodo).all(methodNotAllowed(['POST']));

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
