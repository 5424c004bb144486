// Another schema: other table and column names, the same TypeScript names for the queries.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const rooms = sqliteTable('chat_rooms', {
  id: integer('room_id').primaryKey({ autoIncrement: true }),
  name: text('title').notNull(),
  createdAt: integer('opened_at', { mode: 'timestamp_ms' }).notNull(),
});

export const messages = sqliteTable(
  'chat_messages',
  {
    id: integer('message_id').primaryKey({ autoIncrement: true }),
    roomId: integer('in_room')
      .notNull()
      .references(() => rooms.id),
    author: text('sender').notNull(),
    text: text('body').notNull(),
    createdAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('chat_messages_by_room').on(t.roomId, t.id)],
);

export type RoomRow = typeof rooms.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
