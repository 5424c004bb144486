// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
// The Interface of SPEC.md fixes two tables (prerequisites, enrolments) and some of their
// columns, because the suite checks them with plain SQL; the rest is this solution's design.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const ROLES = ['student', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Lower-cased, so that Ann@Example.com and ann@example.com are one account. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    /** `scrypt$<salt hex>$<key hex>`: never the password itself. */
    passwordHash: text('password_hash').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('users_email_unique').on(table.email), check('users_role_known', sql`${table.role} IN ('student', 'admin')`)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    /**
     * The SHA-256 of the token, in hex. The token itself is only ever in the client's hands: a
     * copy of the database file does not let anyone sign in.
     */
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

export const courses = sqliteTable(
  'courses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    credits: integer('credits').notNull(),
    capacity: integer('capacity').notNull(),
  },
  (table) => [
    uniqueIndex('courses_code_unique').on(table.code),
    check('courses_credits_range', sql`${table.credits} BETWEEN 1 AND 10`),
    check('courses_capacity_positive', sql`${table.capacity} >= 1`),
  ],
);

/** An edge of the prerequisite graph: `courseId` requires `prerequisiteId` to be passed first. */
export const prerequisites = sqliteTable(
  'prerequisites',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    prerequisiteId: integer('prerequisite_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.courseId, table.prerequisiteId] }),
    // The shortest cycle; longer ones need a walk of the graph, which the repository does.
    check('prerequisites_not_self', sql`${table.courseId} <> ${table.prerequisiteId}`),
    index('prerequisites_prerequisite_idx').on(table.prerequisiteId),
  ],
);

export const ENROLMENT_STATUSES = ['enrolled', 'waitlisted'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/**
 * The N-N link between students and courses, with attributes: a status, a grade, and for the
 * waitlist its order, which is the order of the ids: SQLite gives each new row a larger id than
 * every row in the table, and enrolments are created one transaction at a time. A drop deletes
 * the row.
 */
export const enrolments = sqliteTable(
  'enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ENROLMENT_STATUSES }).notNull(),
    /** A letter of the grade table, only on an enrolled row. */
    grade: text('grade'),
  },
  (table) => [
    uniqueIndex('enrolments_student_course_unique').on(table.studentId, table.courseId),
    index('enrolments_course_status_idx').on(table.courseId, table.status, table.id),
    check('enrolments_status_known', sql`${table.status} IN ('enrolled', 'waitlisted')`),
    check('enrolments_grade_only_when_enrolled', sql`${table.grade} IS NULL OR ${table.status} = 'enrolled'`),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type CourseRow = typeof courses.$inferSelect;
export type EnrolmentRow = typeof enrolments.$inferSelect;
