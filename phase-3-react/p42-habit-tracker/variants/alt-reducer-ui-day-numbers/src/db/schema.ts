// Another design: a check-in is a day number (days since 1970-01-01), the key of its table.
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const habit = sqliteTable('habit', {
  habitId: integer('habit_id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  createdMs: integer('created_ms').notNull(),
});

export const dayMark = sqliteTable(
  'day_mark',
  {
    habitRef: integer('habit_ref')
      .notNull()
      .references(() => habit.habitId, { onDelete: 'cascade' }),
    dayNumber: integer('day_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.habitRef, t.dayNumber] })],
);
