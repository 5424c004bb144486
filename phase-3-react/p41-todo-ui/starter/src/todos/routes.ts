// The HTTP side of todos, under /api/todos (SPEC.md, Task 1 and the Interface).
import { Router } from 'express';
import type { Db } from '../db/client.js';
import type { TodoRow } from '../db/schema.js';
import { HttpError } from '../errors.js';

/** TODO (Task 1): the Todo shape of the Interface. */
export function toTodoJson(row: TodoRow): unknown {
  void row;
  throw new Error('Not implemented: toTodoJson (Task 1)');
}

export function todosRouter(db: Db, now: () => Date): Router {
  void [db, now];
  const router = Router();
  // TODO (Task 1): GET and POST /api/todos, PATCH and DELETE /api/todos/:id, 405 for other
  // methods. Split the work into files as you like (p21's routes, validation and repository).
  router.all(['/api/todos', '/api/todos/:id'], () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the todos API (Task 1).');
  });
  return router;
}
