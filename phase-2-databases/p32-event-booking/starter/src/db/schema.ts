// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
// The columns are given (the API and the grader use them). The RULES are yours: without them,
// nothing stops two seats A1 in one event, or one seat claimed by two holds at once.
// After every change here, run `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const events = sqliteTable('events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const seats = sqliteTable(
  'seats',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
  },
  // TODO (Task 1): one label per event, enforced by the database (SPEC.md, Task 1).
  () => [],
);

export const HOLD_STATUSES = ['held', 'confirmed', 'released'] as const;
export type StoredHoldStatus = (typeof HOLD_STATUSES)[number];

export const holds = sqliteTable('holds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  eventId: integer('event_id')
    .notNull()
    .references(() => events.id, { onDelete: 'cascade' }),
  customer: text('customer').notNull(),
  // 'expired' is not a stored status: SPEC.md, Task 3.
  status: text('status', { enum: HOLD_STATUSES }).notNull().default('held'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
  releasedAt: integer('released_at', { mode: 'timestamp_ms' }),
});

export const holdSeats = sqliteTable(
  'hold_seats',
  {
    holdId: integer('hold_id')
      .notNull()
      .references(() => holds.id, { onDelete: 'cascade' }),
    seatId: integer('seat_id')
      .notNull()
      .references(() => seats.id, { onDelete: 'cascade' }),
    // 1 while the hold claims the seat; 0 once it gave the seat back.
    active: integer('active').notNull().default(1),
  },
  (table) => [
    primaryKey({ columns: [table.holdId, table.seatId] }),
    // TODO (Task 2): at most one row with active = 1 per seat, enforced by the database
    // (SPEC.md, Task 2: "Let the database guard the seat").
  ],
);

export type EventRow = typeof events.$inferSelect;
export type SeatRow = typeof seats.$inferSelect;
export type HoldRow = typeof holds.$inferSelect;
