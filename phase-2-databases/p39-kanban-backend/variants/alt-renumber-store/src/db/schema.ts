// Another design: the card keeps its board's id (no join to find a card of a board), the columns
// are "lanes", and names differ wherever the Interface does not fix them. The cards table keeps
// the names the Interface fixes: cards(id, column_id, position).
import { integer, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';

export const boards = sqliteTable('kanban_boards', {
  id: integer('id').primaryKey(),
  name: text('title').notNull(),
  createdAt: integer('created_ms', { mode: 'timestamp_ms' }).notNull(),
});

export const boardColumns = sqliteTable(
  'lanes',
  {
    id: integer('id').primaryKey(),
    boardId: integer('board_ref')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    name: text('label').notNull(),
    position: integer('ord').notNull(),
    wipLimit: integer('max_cards'),
  },
  (t) => [unique('lanes_place').on(t.boardId, t.position)],
);

export const cards = sqliteTable(
  'cards',
  {
    id: integer('id').primaryKey(),
    boardId: integer('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    columnId: integer('column_id')
      .notNull()
      .references(() => boardColumns.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('heading').notNull(),
    createdAt: integer('created_ms', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [unique('cards_place').on(t.columnId, t.position)],
);

export type BoardRow = typeof boards.$inferSelect;
export type ColumnRow = typeof boardColumns.$inferSelect;
export type CardRow = Omit<typeof cards.$inferSelect, 'boardId'>;
