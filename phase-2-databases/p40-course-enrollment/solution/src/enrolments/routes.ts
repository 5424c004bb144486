// /enrolments: students enrol, read and drop their own; admins grade.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { currentUser, type Guards } from '../auth/middleware.js';
import type { Db } from '../db/client.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { GRADES } from '../grades/gpa.js';
import { jsonBody } from '../json-body.js';
import { idField, parseId, validate } from '../validation.js';
import { dropEnrolment, enrol, findEnrolment, listStudentEnrolments, setGrade, toEnrolmentJson } from './repository.js';

const enrolBody = z.strictObject({ courseId: idField });
const gradeBody = z.strictObject({ grade: z.enum(GRADES) });

/** The same answer for "no such enrolment" and "someone else's": a 403 would confirm it exists. */
const enrolmentNotFound = () => new HttpError(404, 'not_found', 'There is no such enrolment.');

type WithId = Request<{ id: string }>;

export function enrolmentsRouter(db: Db, guard: Guards): Router {
  const create = (req: Request, res: Response): void => {
    const { courseId } = validate(enrolBody, req.body);
    const result = enrol(db, currentUser(res).id, courseId);
    if (result.status === 'no_course') throw new HttpError(404, 'not_found', `There is no course ${courseId}.`, [{ field: 'courseId', message: 'is not a course' }]);
    if (result.status === 'already_enrolled') throw new HttpError(409, 'already_enrolled', `You already have an enrolment in course ${courseId}.`);
    if (result.status === 'prerequisites_missing') {
      const details = result.missing.map((id) => ({ courseId: id, message: 'needs a grade of C or better first' }));
      throw new HttpError(409, 'prerequisites_missing', `Pass course ${result.missing.join(', ')} first.`, details);
    }
    res.status(201).location(`/enrolments/${result.enrolment.id}`).json(result.enrolment);
  };

  const read = (req: WithId, res: Response): void => {
    const row = findEnrolment(db, parseId(req.params.id, enrolmentNotFound));
    if (!row || row.studentId !== currentUser(res).id) throw enrolmentNotFound();
    res.json(toEnrolmentJson(db, row));
  };

  const drop = (req: WithId, res: Response): void => {
    const result = dropEnrolment(db, currentUser(res).id, parseId(req.params.id, enrolmentNotFound));
    if (result === 'missing') throw enrolmentNotFound();
    if (result === 'graded') throw new HttpError(409, 'conflict', 'A graded enrolment cannot be dropped.');
    res.status(204).end();
  };

  const grade = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id, enrolmentNotFound);
    const { grade: letter } = validate(gradeBody, req.body);
    const result = setGrade(db, id, letter);
    if (result.status === 'missing') throw enrolmentNotFound();
    if (result.status === 'waitlisted') throw new HttpError(409, 'conflict', 'Only an enrolled student can be graded, not one on the waitlist.');
    res.json(result.enrolment);
  };

  const router = Router();
  router
    .route('/')
    .get(guard.student, (_req, res) => {
      res.json({ items: listStudentEnrolments(db, currentUser(res).id) });
    })
    .post(guard.student, jsonBody, create)
    .all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(guard.student, read).delete(guard.student, drop).all(methodNotAllowed(['GET', 'HEAD', 'DELETE']));
  router.route('/:id/grade').put(guard.admin, jsonBody, grade).all(methodNotAllowed(['PUT']));
  return router;
}
