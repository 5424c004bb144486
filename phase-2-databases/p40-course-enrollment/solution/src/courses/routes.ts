// /courses: admins create courses and draw the prerequisite graph; everyone signed in reads.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Guards } from '../auth/middleware.js';
import type { Db } from '../db/client.js';
import { courseRoster } from '../enrolments/repository.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { parseId, validate } from '../validation.js';
import { addPrerequisite, findCourse, insertCourse, listCourses, removePrerequisite } from './repository.js';

const newCourseBody = z.strictObject({
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,11}$/, 'must be 2 to 12 letters and digits, starting with a letter'),
  title: z
    .string()
    .max(200)
    .refine((value) => value.trim().length > 0, 'must not be blank'),
  credits: z.int().min(1).max(10),
  capacity: z.int().min(1).max(1000),
});

export const courseNotFound = () => new HttpError(404, 'not_found', 'There is no such course.');

type CourseParams = Request<{ id: string }>;
type EdgeParams = Request<{ id: string; prerequisiteId: string }>;

export function coursesRouter(db: Db, guard: Guards): Router {
  const create = (req: Request, res: Response): void => {
    const input = validate(newCourseBody, req.body);
    const course = insertCourse(db, { ...input, code: input.code.toUpperCase() });
    if (course === 'taken') {
      throw new HttpError(409, 'conflict', `The code ${input.code.toUpperCase()} is taken.`, [{ field: 'code', message: 'is taken' }]);
    }
    res.status(201).location(`/courses/${course.id}`).json(course);
  };

  const read = (req: CourseParams, res: Response): void => {
    const course = findCourse(db, parseId(req.params.id, courseNotFound));
    if (!course) throw courseNotFound();
    res.json(course);
  };

  const edge = (req: EdgeParams) => [parseId(req.params.id, courseNotFound), parseId(req.params.prerequisiteId, courseNotFound)] as const;

  const addEdge = (req: EdgeParams, res: Response): void => {
    const [courseId, prerequisiteId] = edge(req);
    const result = addPrerequisite(db, courseId, prerequisiteId);
    if (result.status === 'missing') throw courseNotFound();
    if (result.status === 'cycle') {
      throw new HttpError(409, 'prerequisite_cycle', `Course ${prerequisiteId} already requires course ${courseId}, directly or through other courses: the edge would close a cycle.`);
    }
    res.json(result.course);
  };

  const removeEdge = (req: EdgeParams, res: Response): void => {
    const [courseId, prerequisiteId] = edge(req);
    if (!removePrerequisite(db, courseId, prerequisiteId)) throw new HttpError(404, 'not_found', `Course ${courseId} does not require course ${prerequisiteId}.`);
    res.status(204).end();
  };

  const roster = (req: CourseParams, res: Response): void => {
    const found = courseRoster(db, parseId(req.params.id, courseNotFound));
    if (!found) throw courseNotFound();
    res.json(found);
  };

  const router = Router();
  router
    .route('/')
    .get(guard.signedIn, (_req, res) => {
      res.json({ items: listCourses(db) });
    })
    .post(guard.admin, jsonBody, create)
    .all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(guard.signedIn, read).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:id/prerequisites/:prerequisiteId').put(guard.admin, addEdge).delete(guard.admin, removeEdge).all(methodNotAllowed(['PUT', 'DELETE']));
  router.route('/:id/roster').get(guard.admin, roster).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
