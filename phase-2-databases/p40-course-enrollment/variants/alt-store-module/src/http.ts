// Every route of this variant in one file, over the Store.
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { HttpError, methodNotAllowed } from './errors.js';
import { jsonBody } from './json-body.js';
import { TENTHS } from './security.js';
import type { Person, Store } from './store.js';

function check<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ field: key, message: 'unknown field' })) : [{ field: issue.path.join('.') || 'body', message: issue.message }],
  );
  throw new HttpError(400, 'validation_failed', 'The body is not valid.', details);
}

const notFound = (what: string) => new HttpError(404, 'not_found', `No such ${what}.`);
function idOf(raw: string, what: string): number {
  if (!/^[1-9][0-9]{0,14}$/.test(raw)) throw notFound(what);
  return Number(raw);
}

const nonBlank = (max: number) => z.string().max(max).refine((v) => v.trim() !== '', 'blank');
const signUpBody = z.strictObject({ email: z.string().max(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/), name: nonBlank(100), password: z.string().min(8).max(128) });
const signInBody = z.strictObject({ email: z.string(), password: z.string() });
const courseBody = z.strictObject({
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,11}$/),
  title: nonBlank(200),
  credits: z.number().int().min(1).max(10),
  capacity: z.number().int().min(1).max(1000),
});
const enrolBody = z.strictObject({ courseId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const gradeBody = z.strictObject({ grade: z.string().refine((g) => Object.hasOwn(TENTHS, g), 'not a grade') });

const me = (res: Response) => res.locals.person as Person;
const userJson = (p: Person) => ({ id: p.id, email: p.email, name: p.displayName, role: p.isAdmin ? 'admin' : 'student' });

export function routes(store: Store, now: () => Date): Router {
  const guard = (role: 'any' | 'student' | 'admin'): RequestHandler => (req, res, next) => {
    const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    const person = match ? store.personOf(match[1]!, now().getTime()) : undefined;
    if (!person) throw new HttpError(401, 'unauthenticated', 'No valid session.');
    if ((role === 'admin' && !person.isAdmin) || (role === 'student' && person.isAdmin)) throw new HttpError(403, 'forbidden', 'Not for your role.');
    res.locals.person = person;
    res.locals.token = match![1];
    next();
  };
  const session = (res: Response, status: number, person: Person) => {
    const { token, until } = store.openSession(person.id, now().getTime());
    res.status(status).json({ token, expiresAt: new Date(until).toISOString(), user: userJson(person) });
  };
  const r = Router();

  r.route('/auth/register')
    .post(jsonBody, (req, res) => {
      const body = check(signUpBody, req.body);
      const person = store.signUp(body.email, body.name, body.password);
      if (!person) throw new HttpError(409, 'conflict', 'Email taken.', [{ field: 'email', message: 'taken' }]);
      session(res, 201, person);
    })
    .all(methodNotAllowed(['POST']));
  r.route('/auth/login')
    .post(jsonBody, (req, res) => {
      const body = check(signInBody, req.body);
      const person = store.checkPassword(body.email, body.password);
      if (!person) throw new HttpError(401, 'invalid_credentials', 'Wrong email or password.');
      session(res, 200, person);
    })
    .all(methodNotAllowed(['POST']));
  r.route('/auth/logout')
    .post(guard('any'), (_req, res) => {
      store.closeSession(res.locals.token as string);
      res.sendStatus(204);
    })
    .all(methodNotAllowed(['POST']));
  r.route('/me')
    .get(guard('any'), (_req, res) => {
      res.json(userJson(me(res)));
    })
    .all(methodNotAllowed(['GET', 'HEAD']));

  r.route('/courses')
    .get(guard('any'), (_req, res) => {
      res.json({ items: store.allCourses() });
    })
    .post(guard('admin'), jsonBody, (req, res) => {
      const body = check(courseBody, req.body);
      const course = store.addCourse({ ...body, code: body.code.toUpperCase() });
      if (!course) throw new HttpError(409, 'conflict', 'Code taken.', [{ field: 'code', message: 'taken' }]);
      res.status(201).location(`/courses/${course.id}`).json(course);
    })
    .all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  r.route('/courses/:id')
    .get(guard('any'), (req: Request<{ id: string }>, res) => {
      const course = store.course(idOf(req.params.id, 'course'));
      if (!course) throw notFound('course');
      res.json(course);
    })
    .all(methodNotAllowed(['GET', 'HEAD']));
  r.route('/courses/:id/prerequisites/:prerequisiteId')
    .put(guard('admin'), (req: Request<{ id: string; prerequisiteId: string }>, res) => {
      const id = idOf(req.params.id, 'course');
      const outcome = store.link(id, idOf(req.params.prerequisiteId, 'course'));
      if (outcome === 'unknown') throw notFound('course');
      if (outcome === 'cycle') throw new HttpError(409, 'prerequisite_cycle', 'That would make a cycle.');
      res.json(store.course(id));
    })
    .delete(guard('admin'), (req: Request<{ id: string; prerequisiteId: string }>, res) => {
      if (!store.unlink(idOf(req.params.id, 'edge'), idOf(req.params.prerequisiteId, 'edge'))) throw notFound('edge');
      res.sendStatus(204);
    })
    .all(methodNotAllowed(['PUT', 'DELETE']));
  r.route('/courses/:id/roster')
    .get(guard('admin'), (req: Request<{ id: string }>, res) => {
      const roster = store.roster(idOf(req.params.id, 'course'));
      if (!roster) throw notFound('course');
      res.json(roster);
    })
    .all(methodNotAllowed(['GET', 'HEAD']));

  r.route('/enrolments')
    .get(guard('student'), (_req, res) => {
      res.json({ items: store.ownEnrolments(me(res).id) });
    })
    .post(guard('student'), jsonBody, (req, res) => {
      const { courseId } = check(enrolBody, req.body);
      const outcome = store.enrol(me(res).id, courseId);
      if (outcome.kind === 'unknown') throw notFound('course');
      if (outcome.kind === 'twice') throw new HttpError(409, 'already_enrolled', 'Already enrolled.');
      if (outcome.kind === 'missing') {
        throw new HttpError(409, 'prerequisites_missing', 'Prerequisites missing.', outcome.missing.map((id) => ({ courseId: id, message: 'not passed' })));
      }
      res.status(201).location(`/enrolments/${outcome.enrolment.id}`).json(outcome.enrolment);
    })
    .all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  r.route('/enrolments/:id')
    .get(guard('student'), (req: Request<{ id: string }>, res) => {
      const found = store.ownEnrolment(me(res).id, idOf(req.params.id, 'enrolment'));
      if (!found) throw notFound('enrolment');
      res.json(found);
    })
    .delete(guard('student'), (req: Request<{ id: string }>, res) => {
      const outcome = store.drop(me(res).id, idOf(req.params.id, 'enrolment'));
      if (outcome === 'unknown') throw notFound('enrolment');
      if (outcome === 'graded') throw new HttpError(409, 'conflict', 'Graded.');
      res.sendStatus(204);
    })
    .all(methodNotAllowed(['GET', 'HEAD', 'DELETE']));
  r.route('/enrolments/:id/grade')
    .put(guard('admin'), jsonBody, (req: Request<{ id: string }>, res) => {
      const id = idOf(req.params.id, 'enrolment');
      const { grade } = check(gradeBody, req.body);
      const outcome = store.setGrade(id, grade);
      if (outcome === 'unknown') throw notFound('enrolment');
      if (outcome === 'waiting') throw new HttpError(409, 'conflict', 'Waitlisted.');
      res.json({ ...outcome, grade });
    })
    .all(methodNotAllowed(['PUT']));

  r.route('/students/:id/transcript')
    .get(guard('any'), (req: Request<{ id: string }>, res) => {
      const id = idOf(req.params.id, 'student');
      const caller = me(res);
      const student = store.person(id);
      if (!student || student.isAdmin || (!caller.isAdmin && caller.id !== id)) throw notFound('student');
      res.json(store.transcript(id));
    })
    .all(methodNotAllowed(['GET', 'HEAD']));
  return r;
}
