// Rooms and their messages. drizzle-kit reads this file to generate the migrations in drizzle/.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const rooms = sqliteTable(
  'rooms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [check('rooms_name_not_empty', sql`${t.name} <> ''`)],
);

export const messages = sqliteTable(
  'messages',
  {
    // AUTOINCREMENT: an id is never reused, even after the newest message is deleted, so a
    // client's Last-Event-ID can never point at a different message than the one it saw.
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    author: text('author').notNull(),
    text: text('text').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // Every read is "this room's messages by id": after an id (replay), before an id (history).
  (t) => [index('messages_room_id_id').on(t.roomId, t.id), check('messages_text_not_empty', sql`${t.text} <> ''`)],
);

export type RoomRow = typeof rooms.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
