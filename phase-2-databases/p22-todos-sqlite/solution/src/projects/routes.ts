// The HTTP side of projects: each handler validates, runs a repository function and shapes the
// answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { isForeignKeyViolation, isUniqueViolation } from '../db/errors.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { parseId } from '../validation.js';
import { countProjectTodos, deleteProject, deleteProjectWithTodos, findProject, insertProject, listProjects, updateProject, type ProjectWithCounts } from './repository.js';
import { parseCascade, parseProjectInput, projectNotFound, type ProjectInput } from './validation.js';

/** A project as the API shows it. */
export interface ProjectJson {
  id: number;
  name: string;
  counts: { open: number; done: number };
  createdAt: string;
  updatedAt: string;
}

export function toProjectJson(project: ProjectWithCounts): ProjectJson {
  return {
    id: project.id,
    name: project.name,
    counts: { open: project.open, done: project.done },
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
  };
}

/** Runs a write and turns the database's unique violation into a 409 naming the name. */
function rejectDuplicateName<T>(input: ProjectInput, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new HttpError(409, 'conflict', `A project named "${input.name}" already exists.`, { name: input.name });
    }
    throw error;
  }
}

type WithId = Request<{ id: string }>;

/** The routes of /projects, on one database and one clock. */
export function projectsRouter(db: Db, now: () => Date): Router {
  const list = (_req: Request, res: Response): void => {
    res.json({ items: listProjects(db).map(toProjectJson) });
  };

  const create = (req: Request, res: Response): void => {
    const input = parseProjectInput(req.body);
    const project = rejectDuplicateName(input, () => insertProject(db, input, now()));
    res.status(201).location(`/projects/${project.id}`).json(toProjectJson(project));
  };

  const read = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id, projectNotFound);
    const project = findProject(db, id);
    if (!project) throw projectNotFound(id);
    res.json(toProjectJson(project));
  };

  const update = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id, projectNotFound);
    const input = parseProjectInput(req.body);
    const project = rejectDuplicateName(input, () => updateProject(db, id, input, now()));
    if (!project) throw projectNotFound(id);
    res.json(toProjectJson(project));
  };

  const remove = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id, projectNotFound);
    const cascade = parseCascade(req.query);
    let deleted: boolean;
    try {
      deleted = cascade ? deleteProjectWithTodos(db, id) : deleteProject(db, id);
    } catch (error) {
      // The foreign key refused: todos still point at the project. The count is only for the
      // message; the decision was the database's.
      if (!isForeignKeyViolation(error)) throw error;
      const remaining = countProjectTodos(db, id);
      throw new HttpError(409, 'conflict', `Project ${id} still has ${remaining} todo(s): move or delete them, or add ?cascade=true.`, { todos: remaining });
    }
    if (!deleted) throw projectNotFound(id);
    res.status(204).end();
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).patch(jsonBody, update).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
  return router;
}
