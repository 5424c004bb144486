// The names the routes call, over src/kanban/store.ts.
import type { Db } from '../db/client.js';
import { store, type CardView, type WipRefusal } from '../kanban/store.js';
import type { CreateCardInput, MoveCardInput } from './validation.js';

export type { CardView, WipRefusal };
export type AddResult = { status: 'added'; card: CardView } | { status: 'column_missing' } | { status: 'wip_limit'; refusal: WipRefusal };
export type MoveResult = { status: 'moved'; card: CardView } | { status: 'card_missing' } | { status: 'column_missing' } | { status: 'wip_limit'; refusal: WipRefusal };

export const addCard = (db: Db, boardId: number, input: CreateCardInput, now: Date): AddResult => store.addCard(db, boardId, input, now);
export const findCard = (db: Db, boardId: number, cardId: number): CardView | undefined => store.findCard(db, boardId, cardId);
export const deleteCard = (db: Db, boardId: number, cardId: number): boolean => store.deleteCard(db, boardId, cardId);
export const moveCard = (db: Db, boardId: number, cardId: number, input: MoveCardInput): MoveResult => store.moveCard(db, boardId, cardId, input);
