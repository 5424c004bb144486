// The database schema, written in TypeScript. drizzle-kit reads this file to write migrations;
// drizzle-orm reads it to type every query. In this project the table and column names are part
// of the Interface (SPEC.md): the grader looks at them at each version.
// This is version 2, the one drizzle/0001 makes of version 1 (Task 1 done, Task 2 not yet).
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// TODO (Task 2): the authors table: id (integer primary key) and name (text, not null, unique:
// uniqueIndex('authors_name_unique')) in place of this placeholder.
export const authors = undefined;

export const books = sqliteTable(
  'books',
  {
    id: integer('id').primaryKey(),
    title: text('title').notNull(),
    // TODO (Task 2): replaced by authorId: integer('author_id').notNull().references(() => authors.id).
    author: text('author').notNull(),
    publishedYear: integer('published_year'),
    isbn: text('isbn'),
    titleSort: text('title_sort').notNull().default(''),
  },
  (table) => [uniqueIndex('books_isbn_unique').on(table.isbn)],
);

/** A row of each table as drizzle returns it. */
export type AuthorRow = { id: number; name: string };
export type BookRow = typeof books.$inferSelect;
