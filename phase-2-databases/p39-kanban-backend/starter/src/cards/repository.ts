// Cards in order. Every write here keeps each column's positions 0, 1, ..., n-1: a new card
// opens a gap where it goes, a deleted card's gap is closed, and a move does both. Each write is
// ONE immediate transaction: the card's place, the column's count and its WIP limit are read
// under SQLite's write lock, so what was read is still true when the rows are written, even with
// other processes on the same file.
import type { Db } from '../db/client.js';
import type { CardRow } from '../db/schema.js';
import type { CreateCardInput, MoveCardInput } from './validation.js';

/** A card and the board its column belongs to. */
export type CardView = CardRow & { boardId: number };

/** What a refused write into a full column reports. */
export interface WipRefusal {
  columnId: number;
  wipLimit: number;
  cardCount: number;
}

export type AddResult =
  | { status: 'added'; card: CardView }
  | { status: 'column_missing' }
  | { status: 'wip_limit'; refusal: WipRefusal };

export type MoveResult =
  | { status: 'moved'; card: CardView }
  | { status: 'card_missing' }
  | { status: 'column_missing' }
  | { status: 'wip_limit'; refusal: WipRefusal };

/**
 * TODO (Task 2, WIP limit in Task 6): in ONE immediate transaction: the column ON THIS BOARD
 * ('column_missing' if none), then (Task 6) 'wip_limit' when it is full, then the card at
 * `position` clamped to the end, the cards from there moved one place down (SPEC.md, Task 2:
 * the unique index and a shift).
 */
export function addCard(db: Db, boardId: number, input: CreateCardInput, now: Date): AddResult {
  void [db, boardId, input, now];
  throw new Error('Not implemented: addCard (Task 2)');
}

/** TODO (Task 2): the card with its boardId, only if its column belongs to this board. */
export function findCard(db: Db, boardId: number, cardId: number): CardView | undefined {
  void [db, boardId, cardId];
  throw new Error('Not implemented: findCard (Task 2)');
}

/** TODO (Task 3): in ONE immediate transaction: false if the board has no such card, else delete it and close its gap. */
export function deleteCard(db: Db, boardId: number, cardId: number): boolean {
  void [db, boardId, cardId];
  throw new Error('Not implemented: deleteCard (Task 3)');
}

/**
 * TODO (Tasks 4, 5 and 6): in ONE immediate transaction: 'card_missing', 'column_missing' (a
 * column of another board too), then a reorder within the column (Task 4), or (Task 6) the WIP
 * limit of the other column and the move into it (Task 5). SPEC.md says where each card goes.
 */
export function moveCard(db: Db, boardId: number, cardId: number, input: MoveCardInput): MoveResult {
  void [db, boardId, cardId, input];
  throw new Error('Not implemented: moveCard (Tasks 4 and 5)');
}
