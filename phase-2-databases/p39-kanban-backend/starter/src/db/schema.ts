// The board's schema. drizzle-kit reads this file to generate the SQL migrations in drizzle/,
// and drizzle-orm reads it to type every query.
//
// Order is data here: a column's `position` on its board and a card's `position` in its column
// are 0, 1, 2, ... with no gap and no repeat. The unique indexes make SQLite refuse two cards at
// one place, whatever program writes the file; keeping the numbers dense is the job of the
// transactions in src/cards/repository.ts.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const boards = sqliteTable('boards', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const boardColumns = sqliteTable(
  'board_columns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    boardId: integer('board_id')
      .notNull()
      .references(() => boards.id),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    // NULL: no limit. Otherwise the most cards the column may hold (Task 6).
    wipLimit: integer('wip_limit'),
  },
  (table) => [uniqueIndex('board_columns_board_position_unique').on(table.boardId, table.position)],
);

export const cards = sqliteTable(
  'cards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // TODO (Task 1): a foreign key to the columns table: .references(() => boardColumns.id).
    columnId: integer('column_id').notNull(),
    title: text('title').notNull(),
    position: integer('position').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // TODO (Task 1): one card per place in a column: a unique index on (column_id, position),
  // uniqueIndex('cards_column_position_unique').on(table.columnId, table.position). Then run
  // `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
  () => [],
);

export type BoardRow = typeof boards.$inferSelect;
export type ColumnRow = typeof boardColumns.$inferSelect;
export type CardRow = typeof cards.$inferSelect;
