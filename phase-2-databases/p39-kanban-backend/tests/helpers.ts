// Shared by the p39 suite: starting an app on a temporary database, the shapes the Interface
// promises, small API steps that must succeed, and looks inside the `cards` table the
// Interface names.
import { expect } from 'vitest';
import { appTables, expectStatus, quoteIdent, startDbApp, withRawDb, type AppLike, type FakeClock, type HttpResponse, type Row, type StartedDbApp, type TestServer } from '#testkit';

export interface AppModule {
  createApp: (options: { dbFile: string; now?: () => Date }) => AppLike;
}

export interface CardJson {
  id: number;
  boardId: number;
  columnId: number;
  title: string;
  position: number;
  createdAt: string;
}

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

export const BOARD_FIELDS = ['columns', 'createdAt', 'id', 'name'];
export const COLUMN_FIELDS = ['boardId', 'id', 'name', 'position', 'wipLimit'];
export const CARD_FIELDS = ['boardId', 'columnId', 'createdAt', 'id', 'position', 'title'];

export const START = '2026-04-07T08:30:00.000Z';

export type Started = StartedDbApp;

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<Started> {
  return startDbApp({ ...options, start: START });
}

function expectFields(res: HttpResponse, value: unknown, what: string, fields: string[]): void {
  expect(value, `${res.request}: the body should hold ${what}, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(value ?? {}).sort(), `${res.request}: ${what} has exactly the fields ${fields.join(', ')}`).toEqual(fields);
}

export function expectCard(res: HttpResponse): CardJson {
  expectFields(res, res.json, 'a card', CARD_FIELDS);
  return res.json as CardJson;
}

export function expectColumn(res: HttpResponse): ColumnJson {
  expectFields(res, res.json, 'a column', COLUMN_FIELDS);
  return res.json as ColumnJson;
}

export function expectBoard(res: HttpResponse): BoardJson {
  expectFields(res, res.json, 'a board', BOARD_FIELDS);
  const board = res.json as BoardJson;
  expect(Array.isArray(board.columns), `${res.request}: columns should be an array`).toBe(true);
  for (const column of board.columns) {
    expectFields(res, column, 'a column of the board', [...COLUMN_FIELDS, 'cards'].sort());
    for (const card of column.cards) expectFields(res, card, 'a card of the board', CARD_FIELDS);
  }
  return board;
}

export async function createBoard(api: TestServer, name = 'Team'): Promise<BoardJson> {
  const res = await api.post('/boards', { json: { name } });
  expectStatus(res, 201);
  return expectBoard(res);
}

export async function createColumn(api: TestServer, boardId: number, name: string, wipLimit?: number | null): Promise<ColumnJson> {
  const res = await api.post(`/boards/${boardId}/columns`, { json: wipLimit === undefined ? { name } : { name, wipLimit } });
  expectStatus(res, 201);
  return expectColumn(res);
}

export async function addCard(api: TestServer, boardId: number, columnId: number, title: string, position?: number): Promise<CardJson> {
  const res = await api.post(`/boards/${boardId}/cards`, { json: position === undefined ? { columnId, title } : { columnId, title, position } });
  expectStatus(res, 201);
  return expectCard(res);
}

export function postMove(api: TestServer, boardId: number, cardId: number, body: unknown): Promise<HttpResponse> {
  return api.post(`/boards/${boardId}/cards/${cardId}/move`, { json: body });
}

export async function move(api: TestServer, boardId: number, cardId: number, columnId: number, position?: number): Promise<CardJson> {
  const res = await postMove(api, boardId, cardId, position === undefined ? { columnId } : { columnId, position });
  expectStatus(res, 200);
  return expectCard(res);
}

export async function getBoard(api: TestServer, boardId: number): Promise<BoardJson> {
  const res = await api.get(`/boards/${boardId}`);
  expectStatus(res, 200);
  return expectBoard(res);
}

/**
 * The titles of each column's cards, in the order GET /boards/:id lists them, after asserting
 * that every card there shows the position it is listed at (0, 1, 2, ...).
 */
export async function titlesByColumn(api: TestServer, boardId: number): Promise<Record<string, string[]>> {
  const board = await getBoard(api, boardId);
  const out: Record<string, string[]> = {};
  for (const column of board.columns) {
    expect(column.cards.map((card) => card.position), `GET /boards/${boardId}: the positions of the cards of column "${column.name}", in the order listed`).toEqual(column.cards.map((_, i) => i));
    out[column.name] = column.cards.map((card) => card.title);
  }
  return out;
}

/** The rows of the Interface's `cards` table: id, column_id and position, by column then position. */
export function cardRows(dbFile: string): Array<{ id: number; column_id: number; position: number }> {
  return withRawDb(dbFile, (db) => db.prepare('SELECT id, column_id, position FROM cards ORDER BY column_id, position').all() as Array<{ id: number; column_id: number; position: number }>);
}

/** Card ids of each column (by column id) in position order, as the `cards` table holds them. */
export function idsByColumnInDb(dbFile: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const row of cardRows(dbFile)) out.set(row.column_id, [...(out.get(row.column_id) ?? []), row.id]);
  return out;
}

/** Asserts, in the `cards` table itself, that each column's positions are exactly 0..n-1. */
export function expectDenseInDb(dbFile: string, after: string): void {
  const byColumn = new Map<number, number[]>();
  for (const row of cardRows(dbFile)) byColumn.set(row.column_id, [...(byColumn.get(row.column_id) ?? []), row.position]);
  for (const [columnId, positions] of byColumn) {
    expect(positions, `${after}: the positions of column ${columnId} in the cards table (SELECT position FROM cards WHERE column_id = ${columnId} ORDER BY position) should be exactly 0..${positions.length - 1}, no gap, no repeat`).toEqual(positions.map((_, i) => i));
  }
}

/** Every row of every table of the learner's, in rowid order: the whole state of the file. */
export function dumpDb(dbFile: string): Record<string, Row[]> {
  return withRawDb(dbFile, (db) => Object.fromEntries(appTables(db).map((table) => [table, db.prepare(`SELECT * FROM ${quoteIdent(table)} ORDER BY rowid`).all() as Row[]])));
}

/** A board with one column per name (no WIP limit) and the given cards in each, in order. */
export async function boardWith(api: TestServer, columns: Record<string, string[]>, name = 'Team'): Promise<{ board: BoardJson; column: Record<string, ColumnJson>; card: Record<string, CardJson> }> {
  const board = await createBoard(api, name);
  const column: Record<string, ColumnJson> = {};
  const card: Record<string, CardJson> = {};
  for (const [columnName, titles] of Object.entries(columns)) {
    column[columnName] = await createColumn(api, board.id, columnName);
    for (const title of titles) card[title] = await addCard(api, board.id, column[columnName]!.id, title);
  }
  return { board, column, card };
}
