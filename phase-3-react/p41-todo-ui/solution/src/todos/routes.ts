// The HTTP side of todos, under /api/todos.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { TodoRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { deleteTodo, insertTodo, listTodos, updateTodo } from './repository.js';
import { parseNewTodo, parsePatch, parseTodoId, todoNotFound } from './validation.js';

export function toTodoJson(row: TodoRow) {
  return { id: row.id, title: row.title, done: row.done, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

type WithId = Request<{ id: string }>;

export function todosRouter(db: Db, now: () => Date): Router {
  const router = Router();
  router
    .route('/api/todos')
    .get((_req: Request, res: Response) => {
      res.json({ items: listTodos(db).map(toTodoJson) });
    })
    .post(jsonBody, (req: Request, res: Response) => {
      const { title } = parseNewTodo(req.body);
      const row = insertTodo(db, title, now());
      res.status(201).location(`/api/todos/${row.id}`).json(toTodoJson(row));
    })
    .all(methodNotAllowed(['GET', 'POST']));
  router
    .route('/api/todos/:id')
    .patch(jsonBody, (req: WithId, res: Response) => {
      const id = parseTodoId(req.params.id);
      const patch = parsePatch(req.body);
      const row = updateTodo(db, id, patch, now());
      if (!row) throw todoNotFound(id);
      res.json(toTodoJson(row));
    })
    .delete((req: WithId, res: Response) => {
      const id = parseTodoId(req.params.id);
      if (!deleteTodo(db, id)) throw todoNotFound(id);
      res.status(204).end();
    })
    .all(methodNotAllowed(['PATCH', 'DELETE']));
  return router;
}
