// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Stored as typed ("Home"), compared case-insensitively: see the index below.
    name: text('name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // An index on an expression: SQLite refuses a second row whose lower(name) is already there,
  // so "Home" and "HOME" cannot both exist, whatever code writes to the table.
  (table) => [uniqueIndex('projects_name_unique').on(sql`lower(${table.name})`)],
);

export const todos = sqliteTable(
  'todos',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    // SQLite has no boolean type: drizzle stores false/true as 0/1 in an INTEGER column.
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
    priority: integer('priority').notNull().default(2),
    // 'YYYY-MM-DD' text: such dates sort and compare correctly as plain strings.
    dueDate: text('due_date'),
    // The "many" side of one project, many todos. NULL means "in no project". RESTRICT: SQLite
    // refuses to delete a project while a todo points at it (the API decides what to do then).
    projectId: integer('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    // The database refuses a priority of 0 or 7 even from code that skips the API's validation.
    check('todos_priority_range', sql`${table.priority} BETWEEN 1 AND 3`),
    // Listing a project's todos and counting them per project look todos up by project_id.
    index('todos_project_id_idx').on(table.projectId),
  ],
);

export type ProjectRow = typeof projects.$inferSelect;
export type TodoRow = typeof todos.$inferSelect;
export type NewTodoRow = typeof todos.$inferInsert;
