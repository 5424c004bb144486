// Boards and their columns. A column is added at the end of its board: its position is the
// number of columns the board has, read and written in one immediate transaction so that two
// requests (or two processes) never give two columns the same place.
import { asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { boardColumns, boards, cards, type BoardRow, type CardRow, type ColumnRow } from '../db/schema.js';
import type { CreateColumnInput } from './validation.js';

/** A board with its columns in order, each with its cards in order. */
export interface BoardView {
  board: BoardRow;
  columns: Array<{ column: ColumnRow; cards: CardRow[] }>;
}

export function insertBoard(db: Db, name: string, now: Date): BoardRow {
  return db.insert(boards).values({ name, createdAt: now }).returning().get();
}

/** The whole board in three queries (board, columns, cards), whatever its size. */
export function findBoardView(db: Db, id: number): BoardView | undefined {
  // One read transaction: the columns and the cards come from the same moment, even if another
  // process moves a card in between.
  return db.transaction((tx) => {
    const board = tx.select().from(boards).where(eq(boards.id, id)).get();
    if (!board) return undefined;
    const columns = tx.select().from(boardColumns).where(eq(boardColumns.boardId, id)).orderBy(asc(boardColumns.position)).all();
    const ids = columns.map((column) => column.id);
    const rows = ids.length === 0 ? [] : tx.select().from(cards).where(inArray(cards.columnId, ids)).orderBy(asc(cards.columnId), asc(cards.position)).all();
    return {
      board,
      columns: columns.map((column) => ({ column, cards: rows.filter((card) => card.columnId === column.id) })),
    };
  });
}

/** Appends a column to the board; undefined when the board does not exist. */
export function addColumn(db: Db, boardId: number, input: CreateColumnInput): ColumnRow | undefined {
  return db.transaction(
    (tx) => {
      if (!tx.select({ id: boards.id }).from(boards).where(eq(boards.id, boardId)).get()) return undefined;
      const { n } = tx.select({ n: count() }).from(boardColumns).where(eq(boardColumns.boardId, boardId)).get()!;
      return tx.insert(boardColumns).values({ boardId, name: input.name, wipLimit: input.wipLimit, position: n }).returning().get();
    },
    { behavior: 'immediate' },
  );
}
