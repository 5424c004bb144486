// Rooms and their messages. drizzle-kit reads this file to generate the migrations in drizzle/:
// run `npx drizzle-kit generate` in this folder after every change.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const rooms = sqliteTable('rooms', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the columns a room needs (SPEC.md, Task 1).
});

export const messages = sqliteTable('messages', {
  // TODO (Task 1): ids that increase and are never reused (SPEC.md, Task 1), the room they belong
  // to, and the rest of a message. Tasks 2 and 4 read a room's messages by id: think of an index.
  id: integer('id').primaryKey({ autoIncrement: true }),
});

export type RoomRow = typeof rooms.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
