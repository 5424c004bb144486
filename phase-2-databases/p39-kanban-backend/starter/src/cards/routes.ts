// The HTTP side of cards: add, read, move, delete. Mounted under /boards/:boardId/cards, so every
// card is reached through its board: a card of another board answers 404, as if it did not exist.
import { Router, type Request, type Response } from 'express';
import { boardNotFound } from '../boards/validation.js';
import type { Db } from '../db/client.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { parseId } from '../validation.js';
import { addCard, deleteCard, findCard, moveCard, type CardView, type WipRefusal } from './repository.js';
import { cardNotFound, columnNotFound, parseCreateCard, parseMoveCard } from './validation.js';

export interface CardJson {
  id: number;
  boardId: number;
  columnId: number;
  title: string;
  position: number;
  createdAt: string;
}

export function toCardJson(card: CardView): CardJson {
  return { id: card.id, boardId: card.boardId, columnId: card.columnId, title: card.title, position: card.position, createdAt: card.createdAt.toISOString() };
}

function wipLimitReached(refusal: WipRefusal): HttpError {
  return new HttpError(
    409,
    'wip_limit',
    `Column ${refusal.columnId} already holds ${refusal.cardCount} cards, its WIP limit is ${refusal.wipLimit}: finish a card first.`,
    { ...refusal },
  );
}

type WithBoard = Request<{ boardId: string }>;
type WithCard = Request<{ boardId: string; cardId: string }>;

export function cardsRouter(db: Db, now: () => Date): Router {
  const boardId = (req: WithBoard) => parseId(req.params.boardId, boardNotFound);
  const cardId = (req: WithCard) => parseId(req.params.cardId, cardNotFound);

  const create = (req: WithBoard, res: Response): void => {
    const board = boardId(req);
    const input = parseCreateCard(req.body);
    const result = addCard(db, board, input, now());
    if (result.status === 'column_missing') throw columnNotFound(input.columnId);
    if (result.status === 'wip_limit') throw wipLimitReached(result.refusal);
    res.status(201).location(`/boards/${board}/cards/${result.card.id}`).json(toCardJson(result.card));
  };

  const read = (req: WithCard, res: Response): void => {
    const [board, id] = [boardId(req), cardId(req)];
    const card = findCard(db, board, id);
    if (!card) throw cardNotFound(id);
    res.json(toCardJson(card));
  };

  const remove = (req: WithCard, res: Response): void => {
    const [board, id] = [boardId(req), cardId(req)];
    if (!deleteCard(db, board, id)) throw cardNotFound(id);
    res.status(204).end();
  };

  const move = (req: WithCard, res: Response): void => {
    const [board, id] = [boardId(req), cardId(req)];
    const input = parseMoveCard(req.body);
    const result = moveCard(db, board, id, input);
    if (result.status === 'card_missing') throw cardNotFound(id);
    if (result.status === 'column_missing') throw columnNotFound(input.columnId);
    if (result.status === 'wip_limit') throw wipLimitReached(result.refusal);
    res.json(toCardJson(result.card));
  };

  // mergeParams: the handlers see :boardId of the router this one is mounted on.
  const router = Router({ mergeParams: true });
  router.route('/').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/:cardId').get(read).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'DELETE']));
  router.route('/:cardId/move').post(jsonBody, move).all(methodNotAllowed(['POST']));
  return router;
}
