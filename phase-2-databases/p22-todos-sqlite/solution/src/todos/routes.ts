// The HTTP side of todos: each handler validates, runs a repository function and shapes the
// answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { isForeignKeyViolation } from '../db/errors.js';
import type { TodoRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { parseId } from '../validation.js';
import { completeTodos, deleteTodo, findTodo, insertTodo, listTodos, updateTodo } from './repository.js';
import { parseCompleteIds, parseCreateTodo, parseTodoQuery, parseUpdateTodo, todoNotFound, unknownProject } from './validation.js';

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

export function toTodoJson(row: TodoRow): TodoJson {
  return {
    id: row.id,
    title: row.title,
    notes: row.notes,
    done: row.done,
    priority: row.priority,
    dueDate: row.dueDate,
    projectId: row.projectId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Runs a write and turns the foreign key's refusal into a 404 naming the project. The database
 * decides whether the project exists, in the same statement as the write: no SELECT before.
 */
function rejectUnknownProject<T>(projectId: number | null | undefined, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isForeignKeyViolation(error) && typeof projectId === 'number') throw unknownProject(projectId);
    throw error;
  }
}

type WithId = Request<{ id: string }>;

/** The routes of /todos, on one database and one clock. */
export function todosRouter(db: Db, now: () => Date): Router {
  const list = (req: Request, res: Response): void => {
    const query = parseTodoQuery(req.query);
    const { rows, total } = listTodos(db, query);
    res.json({ items: rows.map(toTodoJson), total, limit: query.limit, offset: query.offset });
  };

  const create = (req: Request, res: Response): void => {
    const input = parseCreateTodo(req.body);
    const row = rejectUnknownProject(input.projectId, () => insertTodo(db, input, now()));
    res.status(201).location(`/todos/${row.id}`).json(toTodoJson(row));
  };

  const complete = (req: Request, res: Response): void => {
    const ids = parseCompleteIds(req.body);
    const { rows, completed } = completeTodos(db, ids, now());
    res.json({ items: rows.map(toTodoJson), completed });
  };

  const read = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id, todoNotFound);
    const row = findTodo(db, id);
    if (!row) throw todoNotFound(id);
    res.json(toTodoJson(row));
  };

  const update = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id, todoNotFound);
    const changes = parseUpdateTodo(req.body);
    const row = rejectUnknownProject(changes.projectId, () => updateTodo(db, id, changes, now()));
    if (!row) throw todoNotFound(id);
    res.json(toTodoJson(row));
  };

  const remove = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id, todoNotFound);
    if (!deleteTodo(db, id)) throw todoNotFound(id);
    res.status(204).end();
  };

  // /complete comes before /:id, or "complete" would be taken for an id.
  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/complete').post(jsonBody, complete).all(methodNotAllowed(['POST']));
  router.route('/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
