// Another design of the same Interface: people instead of users, sign-ins storing the plain
// token, grades in a table of their own, dropped enrolments kept with status 'dropped', and the
// waitlist ordered by a per-course sequence number.
import { sql } from 'drizzle-orm';
import { blob, check, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
    salt: blob('salt', { mode: 'buffer' }).notNull(),
    derivedKey: blob('derived_key', { mode: 'buffer' }).notNull(),
  },
);

export const signIns = sqliteTable('sign_ins', {
  token: text('token').primaryKey(),
  personId: integer('person_id')
    .notNull()
    .references(() => people.id),
  validUntilMs: integer('valid_until_ms').notNull(),
});

export const courses = sqliteTable('course_catalogue', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  credits: integer('credits').notNull(),
  seats: integer('seats').notNull(),
});

export const prerequisites = sqliteTable(
  'prerequisites',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    prerequisiteId: integer('prerequisite_id')
      .notNull()
      .references(() => courses.id),
    addedAt: integer('added_at').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'prerequisites_pair', columns: [t.courseId, t.prerequisiteId] }), check('no_self_requirement', sql`${t.courseId} != ${t.prerequisiteId}`)],
);

export const enrolments = sqliteTable(
  'enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => people.id),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    status: text('status').notNull(),
    seq: integer('seq').notNull(),
  },
  (t) => [
    uniqueIndex('one_live_enrolment').on(t.studentId, t.courseId).where(sql`status <> 'dropped'`),
    check('known_status', sql`${t.status} in ('enrolled', 'waitlisted', 'dropped')`),
  ],
);

export const grades = sqliteTable('grades', {
  enrolmentId: integer('enrolment_id')
    .primaryKey()
    .references(() => enrolments.id),
  letter: text('letter').notNull(),
  tenths: integer('tenths').notNull(),
});
