// Shared by the p40 suite: an app with its first admin on a temporary database, the shapes the
// Interface promises, and small API steps (sign up, create a course, enrol) that must succeed.
import { expect } from 'vitest';
import { expectStatus, startDbApp, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export const START = '2026-09-01T09:00:00.000Z';
export const ADMIN_EMAIL = 'registrar@college.example';
export const ADMIN_PASSWORD = 'admin-secret-42';
export const PASSWORD = 'correct horse battery';

export const USER_FIELDS = ['email', 'id', 'name', 'role'];
export const SESSION_FIELDS = ['expiresAt', 'token', 'user'];
export const COURSE_FIELDS = ['capacity', 'code', 'credits', 'enrolled', 'id', 'prerequisites', 'title', 'waitlisted'];
export const ENROLMENT_FIELDS = ['courseId', 'grade', 'id', 'position', 'status', 'studentId'];
export const TRANSCRIPT_FIELDS = ['courses', 'credits', 'gpa', 'studentId'];

export interface UserJson {
  id: number;
  email: string;
  name: string;
  role: 'student' | 'admin';
}
export interface SessionJson {
  token: string;
  expiresAt: string;
  user: UserJson;
}
export interface CourseJson {
  id: number;
  code: string;
  title: string;
  credits: number;
  capacity: number;
  enrolled: number;
  waitlisted: number;
  prerequisites: number[];
}
export interface EnrolmentJson {
  id: number;
  courseId: number;
  studentId: number;
  status: 'enrolled' | 'waitlisted';
  position: number | null;
  grade: string | null;
}
export interface TranscriptJson {
  studentId: number;
  courses: Array<{ courseId: number; code: string; title: string; credits: number; grade: string; points: number }>;
  credits: number;
  gpa: number | null;
}

/** A signed-in user: the session and the header to send. */
export interface Who {
  token: string;
  user: UserJson;
  headers: { authorization: string };
}

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

export type Started = StartedDbApp;

/** createApp({ dbFile, now, adminEmail, adminPassword }) on a fresh temporary database (or the given file). */
export function start(options: { dbFile?: string; clock?: FakeClock; admin?: boolean; adminPassword?: string } = {}): Promise<Started> {
  const extra = options.admin === false ? {} : { adminEmail: ADMIN_EMAIL, adminPassword: options.adminPassword ?? ADMIN_PASSWORD };
  return startDbApp({ dbFile: options.dbFile, clock: options.clock, start: START, extra });
}

/** Asserts that a body has exactly these fields. */
export function expectFields(res: HttpResponse, value: unknown, fields: string[], what: string): void {
  expect(value, `${res.request}: the body should be ${what}, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(value ?? {}).sort(), `${res.request}: ${what} has exactly the fields ${fields.join(', ')}`).toEqual(fields);
}

export function expectSession(res: HttpResponse): SessionJson {
  const session = res.json as SessionJson;
  expectFields(res, session, SESSION_FIELDS, 'a session');
  expectFields(res, session.user, USER_FIELDS, 'a user (session.user)');
  expect(typeof session.token === 'string' && session.token.length >= 16, `${res.request}: token should be a long random string`).toBe(true);
  return session;
}

/** POST /auth/register that must succeed. */
export async function register(api: TestServer, email: string, name = email.split('@')[0]!, password = PASSWORD): Promise<Who> {
  const res = await api.post('/auth/register', { json: { email, name, password } });
  expectStatus(res, 201);
  const session = expectSession(res);
  return { token: session.token, user: session.user, headers: bearer(session.token) };
}

/** POST /auth/login that must succeed. */
export async function login(api: TestServer, email: string, password: string): Promise<Who> {
  const res = await api.post('/auth/login', { json: { email, password } });
  expectStatus(res, 200);
  const session = expectSession(res);
  return { token: session.token, user: session.user, headers: bearer(session.token) };
}

export function signInAdmin(api: TestServer): Promise<Who> {
  return login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
}

export function expectCourse(res: HttpResponse): CourseJson {
  const course = res.json as CourseJson;
  expectFields(res, course, COURSE_FIELDS, 'a course');
  return course;
}

export function expectEnrolment(res: HttpResponse): EnrolmentJson {
  const enrolment = res.json as EnrolmentJson;
  expectFields(res, enrolment, ENROLMENT_FIELDS, 'an enrolment');
  return enrolment;
}

/** POST /courses as the admin, which must succeed. */
export async function createCourse(api: TestServer, admin: Who, code: string, fields: { credits?: number; capacity?: number; title?: string } = {}): Promise<CourseJson> {
  const res = await api.post('/courses', { headers: admin.headers, json: { code, title: `Course ${code}`, credits: 3, capacity: 30, ...fields } });
  expectStatus(res, 201);
  return expectCourse(res);
}

export async function getCourse(api: TestServer, who: Who, id: number): Promise<CourseJson> {
  const res = await api.get(`/courses/${id}`, { headers: who.headers });
  expectStatus(res, 200);
  return expectCourse(res);
}

/** PUT /courses/:id/prerequisites/:prerequisiteId that must succeed. */
export async function requires(api: TestServer, admin: Who, courseId: number, prerequisiteId: number): Promise<CourseJson> {
  const res = await api.put(`/courses/${courseId}/prerequisites/${prerequisiteId}`, { headers: admin.headers });
  expectStatus(res, 200);
  return expectCourse(res);
}

/** POST /enrolments that must answer 201. */
export async function enrol(api: TestServer, student: Who, courseId: number): Promise<EnrolmentJson> {
  const res = await api.post('/enrolments', { headers: student.headers, json: { courseId } });
  expectStatus(res, 201);
  return expectEnrolment(res);
}

export async function getEnrolment(api: TestServer, student: Who, id: number): Promise<EnrolmentJson> {
  const res = await api.get(`/enrolments/${id}`, { headers: student.headers });
  expectStatus(res, 200);
  return expectEnrolment(res);
}

/** PUT /enrolments/:id/grade that must succeed. */
export async function grade(api: TestServer, admin: Who, enrolmentId: number, letter: string): Promise<EnrolmentJson> {
  const res = await api.put(`/enrolments/${enrolmentId}/grade`, { headers: admin.headers, json: { grade: letter } });
  expectStatus(res, 200);
  return expectEnrolment(res);
}

export async function transcript(api: TestServer, who: Who, studentId: number): Promise<TranscriptJson> {
  const res = await api.get(`/students/${studentId}/transcript`, { headers: who.headers });
  expectStatus(res, 200);
  const body = res.json as TranscriptJson;
  expectFields(res, body, TRANSCRIPT_FIELDS, 'a transcript');
  return body;
}
