// The queries of rooms and messages.
import { and, asc, desc, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { messages, rooms, type MessageRow, type RoomRow } from '../db/schema.js';

export function insertRoom(db: Db, name: string, now: Date): RoomRow {
  return db.insert(rooms).values({ name, createdAt: now }).returning().get();
}

export function findRoom(db: Db, id: number): RoomRow | undefined {
  return db.select().from(rooms).where(eq(rooms.id, id)).get();
}

export function insertMessage(db: Db, roomId: number, author: string, text: string, now: Date): MessageRow {
  return db.insert(messages).values({ roomId, author, text, createdAt: now }).returning().get();
}

/** Every message of the room with an id greater than `afterId`, oldest first: the replay. */
export function messagesAfter(db: Db, roomId: number, afterId: number): MessageRow[] {
  return db
    .select()
    .from(messages)
    .where(and(eq(messages.roomId, roomId), gt(messages.id, afterId)))
    .orderBy(asc(messages.id))
    .all();
}

/**
 * One history page: the newest `limit` messages older than `before` (all, without it), oldest
 * first, and whether older ones remain. Reading one row more than the page holds answers that
 * without a second query, and tells "exactly `limit` left" from "more than `limit` left".
 */
export function historyPage(db: Db, roomId: number, before: number | undefined, limit: number): { rows: MessageRow[]; more: boolean } {
  const newestFirst = db
    .select()
    .from(messages)
    .where(and(eq(messages.roomId, roomId), before === undefined ? undefined : lt(messages.id, before)))
    .orderBy(desc(messages.id))
    .limit(limit + 1)
    .all();
  return { rows: newestFirst.slice(0, limit).reverse(), more: newestFirst.length > limit };
}
