// The habits and their check-ins. drizzle-kit reads this file to generate the migrations in
// drizzle/: run `npx drizzle-kit generate` in this folder after every change.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const habits = sqliteTable(
  'habits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [check('habits_name_not_empty', sql`${t.name} <> ''`)],
);

/**
 * One row per habit and *local calendar date*: the day on the user's calendar, written
 * YYYY-MM-DD, not an instant. "I read on 3 March" stays 3 March whatever zone the server is in;
 * only "which day is today" needs the user's time zone, and that is asked per request.
 */
export const checkins = sqliteTable(
  'checkins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    habitId: integer('habit_id')
      .notNull()
      .references(() => habits.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    /** When it was recorded (an instant): for people reading the table, not for the API. */
    checkedAt: integer('checked_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // At most one check-in per habit and date: the database refuses a second one, so a PUT sent
  // twice (a retry, a double click) can never count a day twice.
  (t) => [uniqueIndex('checkins_habit_date_unique').on(t.habitId, t.date), check('checkins_date_shape', sql`${t.date} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`)],
);

export type HabitRow = typeof habits.$inferSelect;
