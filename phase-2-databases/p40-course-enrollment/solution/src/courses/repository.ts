// Courses and the prerequisite graph between them.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { courses, enrolments, prerequisites, type CourseRow } from '../db/schema.js';

/** A course as the API shows it: its seats taken, its waitlist and its direct prerequisites. */
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

export interface NewCourse {
  code: string;
  title: string;
  credits: number;
  capacity: number;
}

/** BEGIN IMMEDIATE: the write lock from the first read, so what was checked is still true at the write. */
export const WRITE_TRANSACTION = { behavior: 'immediate' } as const;

type Reader = Pick<Db, 'select' | 'get'>;

function toCourseJson(db: Reader, course: CourseRow): CourseJson {
  const counts = db
    .select({
      enrolled: sql<number>`count(*) filter (where ${enrolments.status} = 'enrolled')`,
      waitlisted: sql<number>`count(*) filter (where ${enrolments.status} = 'waitlisted')`,
    })
    .from(enrolments)
    .where(eq(enrolments.courseId, course.id))
    .get()!;
  return { ...course, enrolled: counts.enrolled, waitlisted: counts.waitlisted, prerequisites: directPrerequisites(db, course.id) };
}

/** The ids of the courses `courseId` requires directly, ascending. */
export function directPrerequisites(db: Reader, courseId: number): number[] {
  return db
    .select({ id: prerequisites.prerequisiteId })
    .from(prerequisites)
    .where(eq(prerequisites.courseId, courseId))
    .orderBy(asc(prerequisites.prerequisiteId))
    .all()
    .map((row) => row.id);
}

export function insertCourse(db: Db, input: NewCourse): CourseJson | 'taken' {
  try {
    const course = db.insert(courses).values(input).returning().get();
    return toCourseJson(db, course);
  } catch (error) {
    if (isUniqueViolation(error)) return 'taken';
    throw error;
  }
}

export function findCourseRow(db: Reader, id: number): CourseRow | undefined {
  return db.select().from(courses).where(eq(courses.id, id)).get();
}

export function findCourse(db: Db, id: number): CourseJson | undefined {
  const course = findCourseRow(db, id);
  return course && toCourseJson(db, course);
}

export function listCourses(db: Db): CourseJson[] {
  return db
    .select()
    .from(courses)
    .orderBy(asc(courses.code))
    .all()
    .map((course) => toCourseJson(db, course));
}

export type AddPrerequisiteResult = { status: 'ok'; course: CourseJson } | { status: 'missing' } | { status: 'cycle' };

/**
 * True when `from` leads to `to` by prerequisite edges, in any number of steps: a recursive CTE
 * walks the graph inside SQLite (https://sqlite.org/lang_with.html#recursive_common_table_expressions).
 * UNION (not UNION ALL) keeps each course once, so the walk ends even on a graph with a cycle.
 */
function reaches(db: Reader, from: number, to: number): boolean {
  const row = db.get<{ found: number }>(sql`
    WITH RECURSIVE reachable(id) AS (
      SELECT ${from}
      UNION
      SELECT ${prerequisites.prerequisiteId} FROM ${prerequisites} JOIN reachable ON ${prerequisites.courseId} = reachable.id
    )
    SELECT EXISTS (SELECT 1 FROM reachable WHERE id = ${to}) AS found`);
  return row.found === 1;
}

/**
 * Adds "courseId requires prerequisiteId". The edge closes a cycle when the prerequisite already
 * requires the course, directly or through other courses (or is the course itself). The walk
 * and the insert share one immediate transaction, so two admins adding A->B and B->A at the same
 * moment cannot both pass the check.
 */
export function addPrerequisite(db: Db, courseId: number, prerequisiteId: number): AddPrerequisiteResult {
  return db.transaction((tx) => {
    if (!findCourseRow(tx, courseId) || !findCourseRow(tx, prerequisiteId)) return { status: 'missing' };
    if (reaches(tx, prerequisiteId, courseId)) return { status: 'cycle' };
    tx.insert(prerequisites).values({ courseId, prerequisiteId }).onConflictDoNothing().run();
    return { status: 'ok', course: toCourseJson(tx, findCourseRow(tx, courseId)!) };
  }, WRITE_TRANSACTION);
}

/** Removes an edge; false when there was none. */
export function removePrerequisite(db: Db, courseId: number, prerequisiteId: number): boolean {
  const { changes } = db
    .delete(prerequisites)
    .where(and(eq(prerequisites.courseId, courseId), eq(prerequisites.prerequisiteId, prerequisiteId)))
    .run();
  return changes === 1;
}
