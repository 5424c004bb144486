// The names the routes call, over src/kanban/store.ts.
import type { Db } from '../db/client.js';
import type { BoardRow, CardRow, ColumnRow } from '../db/schema.js';
import { store } from '../kanban/store.js';
import type { CreateColumnInput } from './validation.js';

export interface BoardView {
  board: BoardRow;
  columns: Array<{ column: ColumnRow; cards: CardRow[] }>;
}

export const insertBoard = (db: Db, name: string, now: Date): BoardRow => store.insertBoard(db, name, now);
export const findBoardView = (db: Db, id: number): BoardView | undefined => store.boardView(db, id);
export const addColumn = (db: Db, boardId: number, input: CreateColumnInput): ColumnRow | undefined => store.addLane(db, boardId, input.name, input.wipLimit);
