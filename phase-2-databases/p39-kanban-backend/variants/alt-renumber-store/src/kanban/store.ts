// All the queries of the board in one place. Instead of shifting ranges, every write computes
// the new order of the columns it touches in JavaScript (inside the immediate transaction, so
// nobody writes in between) and renumbers them: first every position of the column is made
// negative (distinct, out of the way of the unique constraint), then each card gets its index.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';
import { boardColumns, boards, cards, type BoardRow, type CardRow, type ColumnRow } from '../db/schema.js';

type Tx = BaseSQLiteDatabase<'sync', unknown>;

export type CardView = CardRow & { boardId: number };
export interface WipRefusal { columnId: number; wipLimit: number; cardCount: number }

const PARKED = -1_000_000;

function orderedIds(tx: Tx, columnId: number): number[] {
  return tx.select({ id: cards.id }).from(cards).where(eq(cards.columnId, columnId)).orderBy(asc(cards.position)).all().map((r) => r.id);
}

function renumber(tx: Tx, columnId: number, ids: number[]): void {
  tx.update(cards).set({ position: sql`-1 - ${cards.position}` }).where(and(eq(cards.columnId, columnId), sql`${cards.position} >= 0`)).run();
  ids.forEach((id, index) => tx.update(cards).set({ position: index, columnId }).where(eq(cards.id, id)).run());
}

function lane(tx: Tx, boardId: number, columnId: number): ColumnRow | undefined {
  return tx.select().from(boardColumns).where(and(eq(boardColumns.id, columnId), eq(boardColumns.boardId, boardId))).get();
}

function card(tx: Tx, boardId: number, cardId: number): (CardRow & { boardId: number }) | undefined {
  return tx.select().from(cards).where(and(eq(cards.id, cardId), eq(cards.boardId, boardId))).get();
}

function refusal(tx: Tx, column: ColumnRow): WipRefusal | undefined {
  if (column.wipLimit == null) return undefined;
  const { n } = tx.select({ n: count() }).from(cards).where(eq(cards.columnId, column.id)).get()!;
  return n < column.wipLimit ? undefined : { columnId: column.id, wipLimit: column.wipLimit, cardCount: n };
}

const immediate = { behavior: 'immediate' } as const;

export const store = {
  insertBoard: (db: Db, name: string, now: Date): BoardRow => db.insert(boards).values({ name, createdAt: now }).returning().get(),
  findBoard: (db: Db, id: number): BoardRow | undefined => db.select().from(boards).where(eq(boards.id, id)).get(),
  boardView(db: Db, id: number) {
    const board = db.select().from(boards).where(eq(boards.id, id)).get();
    if (!board) return undefined;
    const lanes = db.select().from(boardColumns).where(eq(boardColumns.boardId, id)).orderBy(asc(boardColumns.position)).all();
    const all = lanes.length ? db.select().from(cards).where(inArray(cards.columnId, lanes.map((l) => l.id))).orderBy(asc(cards.position)).all() : [];
    return { board, columns: lanes.map((column) => ({ column, cards: all.filter((c) => c.columnId === column.id) })) };
  },
  addLane(db: Db, boardId: number, name: string, wipLimit: number | null): ColumnRow | undefined {
    return db.transaction((tx) => {
      if (!tx.select().from(boards).where(eq(boards.id, boardId)).get()) return undefined;
      const position = tx.select({ n: count() }).from(boardColumns).where(eq(boardColumns.boardId, boardId)).get()!.n;
      return tx.insert(boardColumns).values({ boardId, name, wipLimit, position }).returning().get();
    }, immediate);
  },
  addCard(db: Db, boardId: number, input: { columnId: number; title: string; position?: number }, now: Date) {
    return db.transaction((tx) => {
      const column = lane(tx, boardId, input.columnId);
      if (!column) return { status: 'column_missing' as const };
      const full = refusal(tx, column);
      if (full) return { status: 'wip_limit' as const, refusal: full };
      const made = tx.insert(cards).values({ boardId, columnId: column.id, title: input.title, position: PARKED, createdAt: now }).returning().get();
      const ids = orderedIds(tx, column.id).filter((id) => id !== made.id);
      ids.splice(Math.min(input.position ?? ids.length, ids.length), 0, made.id);
      renumber(tx, column.id, ids);
      return { status: 'added' as const, card: card(tx, boardId, made.id)! };
    }, immediate);
  },
  findCard: (db: Db, boardId: number, cardId: number): CardView | undefined => card(db, boardId, cardId),
  deleteCard(db: Db, boardId: number, cardId: number): boolean {
    return db.transaction((tx) => {
      const found = card(tx, boardId, cardId);
      if (!found) return false;
      tx.delete(cards).where(eq(cards.id, cardId)).run();
      renumber(tx, found.columnId, orderedIds(tx, found.columnId));
      return true;
    }, immediate);
  },
  moveCard(db: Db, boardId: number, cardId: number, input: { columnId: number; position?: number }) {
    return db.transaction((tx) => {
      const found = card(tx, boardId, cardId);
      if (!found) return { status: 'card_missing' as const };
      const target = lane(tx, boardId, input.columnId);
      if (!target) return { status: 'column_missing' as const };
      if (target.id !== found.columnId) {
        const full = refusal(tx, target);
        if (full) return { status: 'wip_limit' as const, refusal: full };
      }
      const source = orderedIds(tx, found.columnId).filter((id) => id !== cardId);
      const into = target.id === found.columnId ? source : orderedIds(tx, target.id);
      into.splice(Math.min(input.position ?? into.length, into.length), 0, cardId);
      tx.update(cards).set({ position: PARKED }).where(eq(cards.id, cardId)).run();
      if (target.id !== found.columnId) renumber(tx, found.columnId, source);
      renumber(tx, target.id, into);
      return { status: 'moved' as const, card: card(tx, boardId, cardId)! };
    }, immediate);
  },
};
