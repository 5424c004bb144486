// Enrolments: the N-N between students and courses, with a status, a waitlist order and a grade.
// Every change that depends on what it reads (a free seat, the head of the waitlist) happens in
// one immediate transaction, so several server processes on one file never over-fill a course.
import { and, asc, count, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { courses, enrolments, prerequisites, type EnrolmentRow } from '../db/schema.js';
import { WRITE_TRANSACTION, findCourseRow } from '../courses/repository.js';
import { PASSING_GRADES, type Grade } from '../grades/gpa.js';

export interface EnrolmentJson {
  id: number;
  courseId: number;
  studentId: number;
  status: 'enrolled' | 'waitlisted';
  /** 1 for the head of the waitlist; null when enrolled. */
  position: number | null;
  grade: Grade | null;
}

type Reader = Pick<Db, 'select'>;

/** A waitlisted row's place: one more than the waitlisted rows of its course created before it. */
function positionOf(db: Reader, row: EnrolmentRow): number | null {
  if (row.status !== 'waitlisted') return null;
  const ahead = db
    .select({ n: count() })
    .from(enrolments)
    .where(and(eq(enrolments.courseId, row.courseId), eq(enrolments.status, 'waitlisted'), lt(enrolments.id, row.id)))
    .get()!.n;
  return ahead + 1;
}

export function toEnrolmentJson(db: Reader, row: EnrolmentRow): EnrolmentJson {
  return {
    id: row.id,
    courseId: row.courseId,
    studentId: row.studentId,
    status: row.status,
    position: positionOf(db, row),
    grade: (row.grade as Grade | null) ?? null,
  };
}

export type EnrolResult =
  | { status: 'created'; enrolment: EnrolmentJson }
  | { status: 'no_course' }
  | { status: 'already_enrolled' }
  | { status: 'prerequisites_missing'; missing: number[] };

/**
 * Enrols a student, or puts them on the waitlist when every seat is taken. The seat count, the
 * checks and the insert are one immediate transaction: another process cannot take the last
 * seat between our count and our insert.
 */
export function enrol(db: Db, studentId: number, courseId: number): EnrolResult {
  return db.transaction((tx) => {
    const course = findCourseRow(tx, courseId);
    if (!course) return { status: 'no_course' };

    const existing = tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(and(eq(enrolments.studentId, studentId), eq(enrolments.courseId, courseId)))
      .get();
    if (existing) return { status: 'already_enrolled' };

    const missing = missingPrerequisites(tx, studentId, courseId);
    if (missing.length > 0) return { status: 'prerequisites_missing', missing };

    const taken = tx
      .select({ n: count() })
      .from(enrolments)
      .where(and(eq(enrolments.courseId, courseId), eq(enrolments.status, 'enrolled')))
      .get()!.n;
    const status = taken < course.capacity ? 'enrolled' : 'waitlisted';
    const row = tx.insert(enrolments).values({ studentId, courseId, status }).returning().get();
    return { status: 'created', enrolment: toEnrolmentJson(tx, row) };
  }, WRITE_TRANSACTION);
}

/**
 * The direct prerequisites of the course that the student has not passed: passed means an
 * enrolment in that course with a grade of C or better.
 */
function missingPrerequisites(db: Reader, studentId: number, courseId: number): number[] {
  const passed = db
    .select({ courseId: enrolments.courseId })
    .from(enrolments)
    .where(and(eq(enrolments.studentId, studentId), inArray(enrolments.grade, [...PASSING_GRADES])));
  return db
    .select({ id: prerequisites.prerequisiteId })
    .from(prerequisites)
    .where(and(eq(prerequisites.courseId, courseId), sql`${prerequisites.prerequisiteId} NOT IN ${passed}`))
    .orderBy(asc(prerequisites.prerequisiteId))
    .all()
    .map((row) => row.id);
}

export function findEnrolment(db: Db, id: number): EnrolmentRow | undefined {
  return db.select().from(enrolments).where(eq(enrolments.id, id)).get();
}

/** A student's own enrolments, by id. */
export function listStudentEnrolments(db: Db, studentId: number): EnrolmentJson[] {
  return db
    .select()
    .from(enrolments)
    .where(eq(enrolments.studentId, studentId))
    .orderBy(asc(enrolments.id))
    .all()
    .map((row) => toEnrolmentJson(db, row));
}

export type DropResult = 'dropped' | 'missing' | 'graded';

/**
 * Drops a student's own enrolment. The ownership test is part of the query: another student's
 * enrolment is "missing", exactly like one that does not exist, so its existence does not leak.
 * A freed seat goes to the head of the waitlist (the lowest id) in the same transaction.
 */
export function dropEnrolment(db: Db, studentId: number, id: number): DropResult {
  return db.transaction((tx) => {
    const row = tx
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.id, id), eq(enrolments.studentId, studentId)))
      .get();
    if (!row) return 'missing';
    if (row.grade !== null) return 'graded';
    tx.delete(enrolments).where(eq(enrolments.id, id)).run();
    if (row.status === 'enrolled') {
      const head = tx
        .select({ id: enrolments.id })
        .from(enrolments)
        .where(and(eq(enrolments.courseId, row.courseId), eq(enrolments.status, 'waitlisted')))
        .orderBy(asc(enrolments.id))
        .limit(1)
        .get();
      if (head) tx.update(enrolments).set({ status: 'enrolled' }).where(eq(enrolments.id, head.id)).run();
    }
    return 'dropped';
  }, WRITE_TRANSACTION);
}

export type GradeResult = { status: 'graded'; enrolment: EnrolmentJson } | { status: 'missing' } | { status: 'waitlisted' };

/** Sets (or replaces) the grade of an enrolled student; a waitlisted one has nothing to grade. */
export function setGrade(db: Db, id: number, grade: Grade): GradeResult {
  return db.transaction((tx) => {
    const row = tx.select().from(enrolments).where(eq(enrolments.id, id)).get();
    if (!row) return { status: 'missing' };
    if (row.status !== 'enrolled') return { status: 'waitlisted' };
    const updated = tx.update(enrolments).set({ grade }).where(eq(enrolments.id, id)).returning().get();
    return { status: 'graded', enrolment: toEnrolmentJson(tx, updated) };
  }, WRITE_TRANSACTION);
}

export interface Roster {
  enrolled: EnrolmentJson[];
  waitlisted: EnrolmentJson[];
}

/** Who holds a seat (by id) and who waits (by position). */
export function courseRoster(db: Db, courseId: number): Roster | undefined {
  if (!findCourseRow(db, courseId)) return undefined;
  const rows = db.select().from(enrolments).where(eq(enrolments.courseId, courseId)).orderBy(asc(enrolments.id)).all();
  const enrolled = rows.filter((row) => row.status === 'enrolled').map((row) => toEnrolmentJson(db, row));
  const waitlisted = rows.filter((row) => row.status === 'waitlisted').map((row) => toEnrolmentJson(db, row));
  return { enrolled, waitlisted };
}

/** The graded enrolments of a student, with their course, for the transcript. */
export function gradedCourses(db: Db, studentId: number) {
  return db
    .select({ courseId: courses.id, code: courses.code, title: courses.title, credits: courses.credits, grade: enrolments.grade })
    .from(enrolments)
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .where(and(eq(enrolments.studentId, studentId), sql`${enrolments.grade} IS NOT NULL`))
    .orderBy(asc(courses.code))
    .all()
    .map((row) => ({ ...row, grade: row.grade as Grade }));
}
