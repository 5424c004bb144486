// GET /students/:id/transcript: the graded courses and the GPA of one student.
import { Router, type Request, type Response } from 'express';
import { currentUser, type Guards } from '../auth/middleware.js';
import { findUser } from '../auth/users.js';
import type { Db } from '../db/client.js';
import { gradedCourses } from '../enrolments/repository.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { parseId } from '../validation.js';
import { gpa, gradePoints } from './gpa.js';

const studentNotFound = () => new HttpError(404, 'not_found', 'There is no such student.');

export function studentsRouter(db: Db, guard: Guards): Router {
  const transcript = (req: Request<{ id: string }>, res: Response): void => {
    const id = parseId(req.params.id, studentNotFound);
    const me = currentUser(res);
    // A student sees only their own transcript; anyone else's is "not found", as for enrolments.
    if (me.role === 'student' && me.id !== id) throw studentNotFound();
    const student = findUser(db, id);
    if (!student || student.role !== 'student') throw studentNotFound();
    const graded = gradedCourses(db, id);
    res.json({
      studentId: id,
      courses: graded.map((entry) => ({ ...entry, points: gradePoints(entry.grade) })),
      credits: graded.reduce((sum, entry) => sum + entry.credits, 0),
      gpa: gpa(graded),
    });
  };

  const router = Router();
  router.route('/:id/transcript').get(guard.signedIn, transcript).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
