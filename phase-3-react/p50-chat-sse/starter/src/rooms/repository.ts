// The queries of rooms and messages. A suggested structure: change it as you like.
import type { Db } from '../db/client.js';
import type { MessageRow, RoomRow } from '../db/schema.js';

export function insertRoom(db: Db, name: string, now: Date): RoomRow {
  void [db, name, now];
  throw new Error('Not implemented: insertRoom (Task 1)');
}

export function findRoom(db: Db, id: number): RoomRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findRoom (Task 1)');
}

export function insertMessage(db: Db, roomId: number, author: string, text: string, now: Date): MessageRow {
  void [db, roomId, author, text, now];
  throw new Error('Not implemented: insertMessage (Task 1)');
}

/** TODO (Task 4): the room's messages with an id greater than afterId, oldest first. */
export function messagesAfter(db: Db, roomId: number, afterId: number): MessageRow[] {
  void [db, roomId, afterId];
  throw new Error('Not implemented: messagesAfter (Task 4)');
}

/** TODO (Task 2): one history page, oldest first, and whether older messages remain. */
export function historyPage(db: Db, roomId: number, before: number | undefined, limit: number): { rows: MessageRow[]; more: boolean } {
  void [db, roomId, before, limit];
  throw new Error('Not implemented: historyPage (Task 2)');
}
