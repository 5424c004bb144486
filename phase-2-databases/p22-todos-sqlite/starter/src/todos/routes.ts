// The HTTP side of todos: each handler validates, runs a repository function and shapes the
// answer. Throw HttpError for client errors: Express 5 passes it to errorHandler.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { TodoRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';

/** A todo as the API shows it: exactly these fields, whatever the table holds. */
export interface TodoJson {
  id: number;
  title: string;
  notes: string;
  done: boolean;
  priority: number;
  dueDate: string | null;
  projectId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** TODO (Task 3): the row as the API shows it, dates as toISOString(). */
export function toTodoJson(row: TodoRow): TodoJson {
  void row;
  throw new Error('Not implemented: toTodoJson (Task 3)');
}

type WithId = Request<{ id: string }>;

/** The routes of /todos, on one database and one clock. */
export function todosRouter(db: Db, now: () => Date): Router {
  void [db, now];

  // TODO (Task 3, Task 4): parseTodoQuery(req.query), listTodos, then { items, total, limit, offset }.
  const list = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /todos (Task 3)');
  };

  // TODO (Task 3): 201 with a Location header; a foreign key refusal (isForeignKeyViolation) is
  // unknownProject(projectId), a 404 with details { projectId }.
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /todos (Task 3)');
  };

  // TODO (Task 5): parseCompleteIds, completeTodos, then { items, completed }.
  const complete = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /todos/complete (Task 5)');
  };

  // TODO (Task 3): parseId(req.params.id, todoNotFound) from ../validation.js, then the todo or 404.
  const read = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /todos/:id (Task 3)');
  };

  // TODO (Task 3): only the fields sent change, and updatedAt = now(); 404s as above.
  const update = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: PATCH /todos/:id (Task 3)');
  };

  // TODO (Task 3): 204 with no body, or 404.
  const remove = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: DELETE /todos/:id (Task 3)');
  };

  // /complete comes before /:id, or "complete" would be taken for an id.
  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/complete').post(jsonBody, complete).all(methodNotAllowed(['POST']));
  router.route('/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
