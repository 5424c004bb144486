// Todo API: create, list, update, toggle and delete todos, kept in one JSON file that survives a
// restart. createApp builds a fresh app and a fresh TodoStore each time: two apps in one process
// share nothing but, if you point them at it, the same file.
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

/**
 * The id in the path, or a 404. Only the plain decimal form of a positive whole number names a
 * todo: Number('1e0') and parseInt('1abc') would both say 1, and then two URLs would reach the
 * same todo (and `abc` would reach NaN).
 */
function idFrom(req: Request): number {
  const raw = String(req.params.id);
  const id = Number.parseInt(raw, 10);
  if (!Number.isSafeInteger(id) || id < 1) throw noSuchTodo(raw);
  return id;
}

function noSuchTodo(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no todo ${id}.`);
}

/** Oldest first (ids grow with creation), newest first, or by due date with undated todos last. */
function compareBy(sort: Sort): (a: Todo, b: Todo) => number {
  switch (sort) {
    case 'createdAt':
      return (a, b) => a.id - b.id;
    case '-createdAt':
      return (a, b) => b.id - a.id;
    case 'dueDate':
      return (a, b) => {
        if (a.dueDate === b.dueDate) return a.id - b.id;
        if (a.dueDate === null) return 1;
        if (b.dueDate === null) return -1;
        // YYYY-MM-DD strings sort like the dates they name.
        return a.dueDate < b.dueDate ? -1 : 1;
      };
  }
}

export function createApp(options: AppOptions): Express {
  const now = options.now ?? (() => new Date());
  // Reads the file now, synchronously: a corrupted file throws here, before any request.
  const store = new TodoStore(options.file, now);
  const readJson = [requireJson, express.json({ limit: BODY_LIMIT_BYTES })];

  function listTodos(req: Request, res: Response): void {
    const query = parseInput(listQuerySchema, req.query, 'query');
    const todos = store.all().filter((todo) => query.done === undefined || todo.done === query.done);
    res.json({ todos: todos.toSorted(compareBy(query.sort)) });
  }

  async function createTodo(req: Request, res: Response): Promise<void> {
    const input = parseInput(createTodoSchema, req.body, 'body');
    // Express 5 passes a rejected promise (a StorageError) to errorHandler by itself.
    const todo = await store.create(input);
    res.status(201).location(`/todos/${todo.id}`).json(todo);
  }

  function readTodo(req: Request, res: Response): void {
    const id = idFrom(req);
    const todo = store.get(id);
    if (!todo) throw noSuchTodo(id);
    res.json(todo);
  }

  // Checks run in the order the spec gives: body first, then whether the todo exists.
  async function updateTodo(req: Request, res: Response): Promise<void> {
    const patch = parseInput(patchTodoSchema, req.body, 'body');
    if (Object.keys(patch).length === 0) {
      throw validationFailed([{ field: 'body', message: 'must change at least one field' }]);
    }
    const id = idFrom(req);
    const todo = await store.update(id, patch);
    if (!todo) throw noSuchTodo(id);
    res.json(todo);
  }

  async function toggleTodo(req: Request, res: Response): Promise<void> {
    const id = idFrom(req);
    const todo = await store.toggle(id);
    if (!todo) throw noSuchTodo(id);
    res.json(todo);
  }

  async function deleteTodo(req: Request, res: Response): Promise<void> {
    const id = idFrom(req);
    if (!(await store.remove(id))) throw noSuchTodo(id);
    res.status(204).end();
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

  // Order matters: these two run only when nothing above answered.
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
