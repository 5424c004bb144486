// Boards and their columns. A column is added at the end of its board: its position is the
// number of columns the board has, read and written in one immediate transaction so that two
// requests (or two processes) never give two columns the same place.
import type { Db } from '../db/client.js';
import type { BoardRow, CardRow, ColumnRow } from '../db/schema.js';
import type { CreateColumnInput } from './validation.js';

/** A board with its columns in order, each with its cards in order. */
export interface BoardView {
  board: BoardRow;
  columns: Array<{ column: ColumnRow; cards: CardRow[] }>;
}

/** TODO (Task 1): insert the board and return its row (createdAt = now). */
export function insertBoard(db: Db, name: string, now: Date): BoardRow {
  void [db, name, now];
  throw new Error('Not implemented: insertBoard (Task 1)');
}

/**
 * TODO (Task 1, cards from Task 2): the board, its columns by position, and each column's cards
 * by position; undefined when there is no such board.
 */
export function findBoardView(db: Db, id: number): BoardView | undefined {
  void [db, id];
  throw new Error('Not implemented: findBoardView (Task 1)');
}

/**
 * TODO (Task 1): in ONE immediate transaction, undefined when the board does not exist, else
 * the new column at the end of the board (SPEC.md, Task 1).
 */
export function addColumn(db: Db, boardId: number, input: CreateColumnInput): ColumnRow | undefined {
  void [db, boardId, input];
  throw new Error('Not implemented: addColumn (Task 1)');
}
