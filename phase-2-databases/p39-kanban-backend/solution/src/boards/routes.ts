// The HTTP side of boards and columns: each handler validates, runs one repository function and
// shapes the answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import { cardsRouter, toCardJson, type CardJson } from '../cards/routes.js';
import type { Db } from '../db/client.js';
import type { BoardRow, ColumnRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { parseId } from '../validation.js';
import { addColumn, findBoardView, insertBoard } from './repository.js';
import { boardNotFound, parseCreateBoard, parseCreateColumn } from './validation.js';

export interface ColumnJson {
  id: number;
  boardId: number;
  name: string;
  position: number;
  wipLimit: number | null;
}

export interface BoardJson {
  id: number;
  name: string;
  createdAt: string;
  columns: Array<ColumnJson & { cards: CardJson[] }>;
}

export function toColumnJson(row: ColumnRow): ColumnJson {
  return { id: row.id, boardId: row.boardId, name: row.name, position: row.position, wipLimit: row.wipLimit };
}

function toBoardJson(board: BoardRow, columns: BoardJson['columns']): BoardJson {
  return { id: board.id, name: board.name, createdAt: board.createdAt.toISOString(), columns };
}

type WithBoard = Request<{ boardId: string }>;

/** The routes of /boards, on one database and one clock. */
export function boardsRouter(db: Db, now: () => Date): Router {
  const boardId = (req: WithBoard) => parseId(req.params.boardId, boardNotFound);

  const create = (req: Request, res: Response): void => {
    const { name } = parseCreateBoard(req.body);
    const board = insertBoard(db, name, now());
    res.status(201).location(`/boards/${board.id}`).json(toBoardJson(board, []));
  };

  const read = (req: WithBoard, res: Response): void => {
    const id = boardId(req);
    const view = findBoardView(db, id);
    if (!view) throw boardNotFound(id);
    const columns = view.columns.map(({ column, cards }) => ({
      ...toColumnJson(column),
      cards: cards.map((card) => toCardJson({ ...card, boardId: id })),
    }));
    res.json(toBoardJson(view.board, columns));
  };

  const createColumn = (req: WithBoard, res: Response): void => {
    const id = boardId(req);
    const input = parseCreateColumn(req.body);
    const column = addColumn(db, id, input);
    if (!column) throw boardNotFound(id);
    // No Location: columns have no route of their own; GET /boards/:boardId shows them.
    res.status(201).json(toColumnJson(column));
  };

  const router = Router();
  router.route('/').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/:boardId').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:boardId/columns').post(jsonBody, createColumn).all(methodNotAllowed(['POST']));
  router.use('/:boardId/cards', cardsRouter(db, now));
  return router;
}
