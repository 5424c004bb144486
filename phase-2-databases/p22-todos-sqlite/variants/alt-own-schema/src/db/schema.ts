// A schema of its own: folders and task_items, ids without AUTOINCREMENT (the SPEC lets a deleted
// id come back), the priority rule as IN (1, 2, 3), and the default NO ACTION foreign key.
// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const projects = sqliteTable(
  'folders',
  {
    id: integer('folder_id').primaryKey(),
    // Stored as typed ("Home"), compared case-insensitively: see the index below.
    name: text('label').notNull(),
    createdAt: integer('made_ms', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('changed_ms', { mode: 'timestamp_ms' }).notNull(),
  },
  // An index on an expression: SQLite refuses a second row whose lower(name) is already there,
  // so "Home" and "HOME" cannot both exist, whatever code writes to the table.
  (table) => [uniqueIndex('folders_label_nocase').on(sql`lower(${table.name})`)],
);

export const todos = sqliteTable(
  'task_items',
  {
    id: integer('task_id').primaryKey(),
    title: text('headline').notNull(),
    notes: text('body').notNull().default(''),
    // SQLite has no boolean type: drizzle stores false/true as 0/1 in an INTEGER column.
    done: integer('is_done', { mode: 'boolean' }).notNull().default(false),
    priority: integer('prio').notNull().default(2),
    // 'YYYY-MM-DD' text: such dates sort and compare correctly as plain strings.
    dueDate: text('due_on'),
    // The "many" side of one project, many todos. NULL means "in no project". RESTRICT: SQLite
    // refuses to delete a project while a todo points at it (the API decides what to do then).
    projectId: integer('folder_ref').references(() => projects.id),
    createdAt: integer('made_ms', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('changed_ms', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    // The database refuses a priority of 0 or 7 even from code that skips the API's validation.
    check('task_items_prio_ok', sql`${table.priority} IN (1, 2, 3)`),
    // Listing a project's todos and counting them per project look todos up by project_id.
    index('task_items_by_folder').on(table.projectId),
  ],
);

export type ProjectRow = typeof projects.$inferSelect;
export type TodoRow = typeof todos.$inferSelect;
export type NewTodoRow = typeof todos.$inferInsert;
