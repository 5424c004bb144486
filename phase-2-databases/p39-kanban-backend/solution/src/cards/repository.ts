// Cards in order. Every write here keeps each column's positions 0, 1, ..., n-1: a new card
// opens a gap where it goes, a deleted card's gap is closed, and a move does both. Each write is
// ONE immediate transaction: the card's place, the column's count and its WIP limit are read
// under SQLite's write lock, so what was read is still true when the rows are written, even with
// other processes on the same file.
import { and, count, eq, gte, lte, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';
import { boardColumns, cards, type CardRow, type ColumnRow } from '../db/schema.js';
import type { CreateCardInput, MoveCardInput } from './validation.js';

/** The database or the `tx` of a transaction: helpers below run inside the caller's transaction. */
type Tx = BaseSQLiteDatabase<'sync', unknown>;

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

/** The column, only if it belongs to this board: a column of another board is as good as none. */
function columnOnBoard(tx: Tx, boardId: number, columnId: number): ColumnRow | undefined {
  return tx
    .select()
    .from(boardColumns)
    .where(and(eq(boardColumns.id, columnId), eq(boardColumns.boardId, boardId)))
    .get();
}

/** The card, only if its column belongs to this board. */
function cardOnBoard(tx: Tx, boardId: number, cardId: number): CardRow | undefined {
  return tx
    .select({ id: cards.id, columnId: cards.columnId, title: cards.title, position: cards.position, createdAt: cards.createdAt })
    .from(cards)
    .innerJoin(boardColumns, eq(boardColumns.id, cards.columnId))
    .where(and(eq(cards.id, cardId), eq(boardColumns.boardId, boardId)))
    .get();
}

function cardCount(tx: Tx, columnId: number): number {
  return tx.select({ n: count() }).from(cards).where(eq(cards.columnId, columnId)).get()!.n;
}

/** The refusal when the column is full, else undefined. */
function full(tx: Tx, column: ColumnRow): WipRefusal | undefined {
  if (column.wipLimit === null) return undefined;
  const n = cardCount(tx, column.id);
  return n >= column.wipLimit ? { columnId: column.id, wipLimit: column.wipLimit, cardCount: n } : undefined;
}

/**
 * Adds `delta` (+1 or -1) to the positions from..to (to undefined: to the end) of a column.
 *
 * `SET position = position + 1` in one statement would trip the unique index on
 * (column_id, position): SQLite checks it row by row, so the card at 3 moving to 4 collides with
 * the card still at 4. So the rows go through negative numbers first: each new position p is
 * parked at -p - 2 (all distinct, all below -1, clear of every real position and of the card a
 * move parks at -1), then flipped back in a second statement.
 */
function shift(tx: Tx, columnId: number, from: number, to: number | undefined, delta: 1 | -1): void {
  const range = and(eq(cards.columnId, columnId), gte(cards.position, from), to === undefined ? undefined : lte(cards.position, to));
  tx.update(cards)
    .set({ position: sql`-(${cards.position} + ${delta}) - 2` })
    .where(range)
    .run();
  tx.update(cards)
    .set({ position: sql`-${cards.position} - 2` })
    .where(and(eq(cards.columnId, columnId), lte(cards.position, -2)))
    .run();
}

function place(tx: Tx, cardId: number, columnId: number, position: number): CardRow {
  return tx.update(cards).set({ columnId, position }).where(eq(cards.id, cardId)).returning().get()!;
}

/** A new card at `position` (clamped to the end) of a column of the board. */
export function addCard(db: Db, boardId: number, input: CreateCardInput, now: Date): AddResult {
  return db.transaction(
    (tx): AddResult => {
      const column = columnOnBoard(tx, boardId, input.columnId);
      if (!column) return { status: 'column_missing' };
      const refusal = full(tx, column);
      if (refusal) return { status: 'wip_limit', refusal };
      const n = cardCount(tx, column.id);
      // Past the end (or no position): the card goes last, at n.
      const position = Math.min(input.position ?? n, n);
      shift(tx, column.id, position, undefined, 1);
      const card = tx.insert(cards).values({ columnId: column.id, title: input.title, position, createdAt: now }).returning().get();
      return { status: 'added', card: { ...card, boardId } };
    },
    { behavior: 'immediate' },
  );
}

export function findCard(db: Db, boardId: number, cardId: number): CardView | undefined {
  const card = cardOnBoard(db, boardId, cardId);
  return card && { ...card, boardId };
}

/** Deletes the card and closes its gap; false when the board has no such card. */
export function deleteCard(db: Db, boardId: number, cardId: number): boolean {
  return db.transaction(
    (tx) => {
      const card = cardOnBoard(tx, boardId, cardId);
      if (!card) return false;
      tx.delete(cards).where(eq(cards.id, card.id)).run();
      shift(tx, card.columnId, card.position + 1, undefined, -1);
      return true;
    },
    { behavior: 'immediate' },
  );
}

/**
 * Moves a card to `position` (clamped to the end) of a column of the same board.
 *
 * Within its column: the cards between the old and the new place slide one step towards the
 * old place; the column's count does not change, so its WIP limit is not asked. Into another
 * column: the WIP limit of the target is checked first (under the same lock as the move), then
 * the gap in the old column is closed and one is opened in the new one.
 */
export function moveCard(db: Db, boardId: number, cardId: number, input: MoveCardInput): MoveResult {
  return db.transaction(
    (tx): MoveResult => {
      const card = cardOnBoard(tx, boardId, cardId);
      if (!card) return { status: 'card_missing' };
      const target = columnOnBoard(tx, boardId, input.columnId);
      if (!target) return { status: 'column_missing' };

      if (target.id === card.columnId) {
        const last = cardCount(tx, target.id) - 1;
        const to = Math.min(input.position ?? last, last);
        if (to !== card.position) {
          place(tx, card.id, card.columnId, -1); // parked, out of the way of the shift
          if (to < card.position) shift(tx, card.columnId, to, card.position - 1, 1);
          else shift(tx, card.columnId, card.position + 1, to, -1);
        }
        return { status: 'moved', card: { ...place(tx, card.id, target.id, to), boardId } };
      }

      const refusal = full(tx, target);
      if (refusal) return { status: 'wip_limit', refusal };
      const n = cardCount(tx, target.id);
      const to = Math.min(input.position ?? n, n);
      place(tx, card.id, target.id, -1); // out of the old column, parked in the new one
      shift(tx, card.columnId, card.position + 1, undefined, -1);
      shift(tx, target.id, to, undefined, 1);
      return { status: 'moved', card: { ...place(tx, card.id, target.id, to), boardId } };
    },
    { behavior: 'immediate' },
  );
}
