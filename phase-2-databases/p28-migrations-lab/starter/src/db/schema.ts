// The database schema, written in TypeScript. drizzle-kit reads this file to write migrations;
// drizzle-orm reads it to type every query. In this project the table and column names are part
// of the Interface (SPEC.md): the grader looks at them at each version.
// This is version 1, the one drizzle/0000_create_books.sql creates. Change it one version at a
// time, and write each version's migration with drizzle-kit (SPEC.md, Tasks 1 and 2).
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// TODO (Task 2): the authors table: id (integer primary key) and name (text, not null, unique:
// uniqueIndex('authors_name_unique')) in place of this placeholder.
export const authors = undefined;

export const books = sqliteTable('books', {
  id: integer('id').primaryKey(),
  title: text('title').notNull(),
  // TODO (Task 2): replaced by authorId: integer('author_id').notNull().references(() => authors.id).
  author: text('author').notNull(),
  // TODO (Task 1): renamed to publishedYear: integer('published_year'); add isbn (text, with
  // uniqueIndex('books_isbn_unique')) and titleSort (text('title_sort'), not null).
  year: integer('year'),
});

/** A row of each table as drizzle returns it. */
export type AuthorRow = { id: number; name: string };
export type BookRow = typeof books.$inferSelect;
