// All data access of this variant in one class: each method one unit of work.
import { and, asc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from './db/client.js';
import { courses, enrolments, grades, people, prerequisites, signIns } from './db/schema.js';
import { SESSION_LENGTH_MS, TENTHS, averageOf, matches, newSecret, newToken } from './security.js';

export type Person = typeof people.$inferSelect;
const IMMEDIATE = { behavior: 'immediate' } as const;
const PASS = Object.keys(TENTHS).filter((letter) => TENTHS[letter]! >= 20);

export class Store {
  constructor(private readonly db: Db) {}

  seedAdmin(email: string, password: string): void {
    const lower = email.toLowerCase();
    if (this.db.select().from(people).where(eq(people.email, lower)).get()) return;
    this.db.insert(people).values({ email: lower, displayName: 'Administrator', isAdmin: true, ...newSecret(password) }).onConflictDoNothing().run();
  }

  signUp(email: string, name: string, password: string): Person | null {
    const rows = this.db.insert(people).values({ email: email.toLowerCase(), displayName: name, ...newSecret(password) }).onConflictDoNothing().returning().all();
    return rows[0] ?? null;
  }

  checkPassword(email: string, password: string): Person | null {
    const person = this.db.select().from(people).where(eq(people.email, email.toLowerCase())).get();
    if (!person) return null;
    return matches(password, person.salt, person.derivedKey) ? person : null;
  }

  openSession(personId: number, nowMs: number): { token: string; until: number } {
    const token = newToken();
    const until = nowMs + SESSION_LENGTH_MS;
    this.db.insert(signIns).values({ token, personId, validUntilMs: until }).run();
    return { token, until };
  }

  personOf(token: string, nowMs: number): Person | undefined {
    const row = this.db
      .select({ person: people })
      .from(signIns)
      .innerJoin(people, eq(people.id, signIns.personId))
      .where(and(eq(signIns.token, token), gt(signIns.validUntilMs, nowMs)))
      .get();
    return row?.person;
  }

  closeSession(token: string): void {
    this.db.delete(signIns).where(eq(signIns.token, token)).run();
  }

  person(id: number): Person | undefined {
    return this.db.select().from(people).where(eq(people.id, id)).get();
  }

  // Courses

  addCourse(input: { code: string; title: string; credits: number; capacity: number }) {
    const rows = this.db
      .insert(courses)
      .values({ code: input.code, title: input.title, credits: input.credits, seats: input.capacity })
      .onConflictDoNothing()
      .returning({ id: courses.id })
      .all();
    return rows[0] ? this.course(rows[0].id) : null;
  }

  course(id: number) {
    const row = this.db.select().from(courses).where(eq(courses.id, id)).get();
    if (!row) return undefined;
    const live = this.db.select({ status: enrolments.status }).from(enrolments).where(and(eq(enrolments.courseId, id), ne(enrolments.status, 'dropped'))).all();
    const requires = this.db.select({ id: prerequisites.prerequisiteId }).from(prerequisites).where(eq(prerequisites.courseId, id)).all();
    return {
      id: row.id,
      code: row.code,
      title: row.title,
      credits: row.credits,
      capacity: row.seats,
      enrolled: live.filter((e) => e.status === 'enrolled').length,
      waitlisted: live.filter((e) => e.status === 'waitlisted').length,
      prerequisites: requires.map((r) => r.id).sort((a, b) => a - b),
    };
  }

  allCourses() {
    return this.db
      .select({ id: courses.id })
      .from(courses)
      .orderBy(asc(courses.code))
      .all()
      .map((row) => this.course(row.id)!);
  }

  /** 'ok', 'unknown' or 'cycle': a breadth-first walk in JavaScript, inside the write transaction. */
  link(courseId: number, prerequisiteId: number): 'ok' | 'unknown' | 'cycle' {
    return this.db.transaction((tx) => {
      const found = tx.select({ id: courses.id }).from(courses).where(inArray(courses.id, [courseId, prerequisiteId])).all();
      if (found.length !== new Set([courseId, prerequisiteId]).size) return 'unknown';
      const seen = new Set<number>([prerequisiteId]);
      let frontier = [prerequisiteId];
      while (frontier.length > 0) {
        if (frontier.includes(courseId)) return 'cycle';
        const next = tx.select({ id: prerequisites.prerequisiteId }).from(prerequisites).where(inArray(prerequisites.courseId, frontier)).all();
        frontier = next.map((row) => row.id).filter((id) => !seen.has(id));
        for (const id of frontier) seen.add(id);
      }
      tx.insert(prerequisites).values({ courseId, prerequisiteId }).onConflictDoNothing().run();
      return 'ok';
    }, IMMEDIATE);
  }

  unlink(courseId: number, prerequisiteId: number): boolean {
    return this.db.delete(prerequisites).where(and(eq(prerequisites.courseId, courseId), eq(prerequisites.prerequisiteId, prerequisiteId))).run().changes > 0;
  }

  // Enrolments

  private view(row: typeof enrolments.$inferSelect) {
    const g = this.db.select().from(grades).where(eq(grades.enrolmentId, row.id)).get();
    let position: number | null = null;
    if (row.status === 'waitlisted') {
      const ahead = this.db.get<{ n: number }>(
        sql`SELECT count(*) AS n FROM enrolments WHERE course_id = ${row.courseId} AND status = 'waitlisted' AND seq < ${row.seq}`,
      );
      position = ahead.n + 1;
    }
    return { id: row.id, courseId: row.courseId, studentId: row.studentId, status: row.status, position, grade: g?.letter ?? null };
  }

  enrol(studentId: number, courseId: number) {
    return this.db.transaction((tx) => {
      const course = tx.select().from(courses).where(eq(courses.id, courseId)).get();
      if (!course) return { kind: 'unknown' as const };
      const live = tx
        .select({ id: enrolments.id })
        .from(enrolments)
        .where(and(eq(enrolments.studentId, studentId), eq(enrolments.courseId, courseId), ne(enrolments.status, 'dropped')))
        .get();
      if (live) return { kind: 'twice' as const };
      const needed = tx.select({ id: prerequisites.prerequisiteId }).from(prerequisites).where(eq(prerequisites.courseId, courseId)).all().map((r) => r.id);
      const passed = needed.length === 0
        ? []
        : tx
            .select({ id: enrolments.courseId })
            .from(enrolments)
            .innerJoin(grades, eq(grades.enrolmentId, enrolments.id))
            .where(and(eq(enrolments.studentId, studentId), inArray(enrolments.courseId, needed), inArray(grades.letter, PASS)))
            .all()
            .map((r) => r.id);
      const missing = needed.filter((id) => !passed.includes(id)).sort((a, b) => a - b);
      if (missing.length > 0) return { kind: 'missing' as const, missing };
      const counts = tx.get<{ taken: number; last: number }>(
        sql`SELECT count(*) FILTER (WHERE status = 'enrolled') AS taken, coalesce(max(seq), 0) AS last FROM enrolments WHERE course_id = ${courseId}`,
      );
      const status = counts.taken < course.seats ? 'enrolled' : 'waitlisted';
      const row = tx.insert(enrolments).values({ studentId, courseId, status, seq: counts.last + 1 }).returning().get();
      return { kind: 'ok' as const, enrolment: this.view(row) };
    }, IMMEDIATE);
  }

  ownEnrolment(studentId: number, id: number) {
    const row = this.db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.id, id), eq(enrolments.studentId, studentId), ne(enrolments.status, 'dropped')))
      .get();
    return row && this.view(row);
  }

  ownEnrolments(studentId: number) {
    return this.db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.studentId, studentId), ne(enrolments.status, 'dropped')))
      .orderBy(asc(enrolments.id))
      .all()
      .map((row) => this.view(row));
  }

  drop(studentId: number, id: number): 'ok' | 'unknown' | 'graded' {
    return this.db.transaction((tx) => {
      const row = tx
        .select()
        .from(enrolments)
        .where(and(eq(enrolments.id, id), eq(enrolments.studentId, studentId), ne(enrolments.status, 'dropped')))
        .get();
      if (!row) return 'unknown';
      if (tx.select().from(grades).where(eq(grades.enrolmentId, id)).get()) return 'graded';
      tx.update(enrolments).set({ status: 'dropped' }).where(eq(enrolments.id, id)).run();
      if (row.status === 'enrolled') {
        tx.run(sql`UPDATE enrolments SET status = 'enrolled' WHERE id = (
          SELECT id FROM enrolments WHERE course_id = ${row.courseId} AND status = 'waitlisted' ORDER BY seq LIMIT 1)`);
      }
      return 'ok';
    }, IMMEDIATE);
  }

  setGrade(id: number, letter: string): 'unknown' | 'waiting' | ReturnType<Store['view']> {
    return this.db.transaction((tx) => {
      const row = tx.select().from(enrolments).where(and(eq(enrolments.id, id), ne(enrolments.status, 'dropped'))).get();
      if (!row) return 'unknown';
      if (row.status !== 'enrolled') return 'waiting';
      tx.insert(grades)
        .values({ enrolmentId: id, letter, tenths: TENTHS[letter]! })
        .onConflictDoUpdate({ target: grades.enrolmentId, set: { letter, tenths: TENTHS[letter]! } })
        .run();
      return this.view(row);
    }, IMMEDIATE);
  }

  roster(courseId: number) {
    if (!this.db.select().from(courses).where(eq(courses.id, courseId)).get()) return undefined;
    const rows = this.db.select().from(enrolments).where(and(eq(enrolments.courseId, courseId), ne(enrolments.status, 'dropped'))).orderBy(asc(enrolments.seq)).all();
    return {
      enrolled: rows.filter((r) => r.status === 'enrolled').sort((a, b) => a.id - b.id).map((r) => this.view(r)),
      waitlisted: rows.filter((r) => r.status === 'waitlisted').map((r) => this.view(r)),
    };
  }

  transcript(studentId: number) {
    const rows = this.db
      .select({ courseId: courses.id, code: courses.code, title: courses.title, credits: courses.credits, grade: grades.letter, tenths: grades.tenths })
      .from(grades)
      .innerJoin(enrolments, eq(enrolments.id, grades.enrolmentId))
      .innerJoin(courses, eq(courses.id, enrolments.courseId))
      .where(eq(enrolments.studentId, studentId))
      .orderBy(asc(courses.code))
      .all();
    const credits = rows.reduce((s, r) => s + r.credits, 0);
    const weighted = rows.reduce((s, r) => s + r.tenths * r.credits, 0);
    return {
      studentId,
      courses: rows.map(({ tenths, ...rest }) => ({ ...rest, points: tenths / 10 })),
      credits,
      gpa: averageOf(weighted, credits),
    };
  }
}
