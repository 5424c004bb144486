// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query. The rule that matters
// most, "a seat is claimed by at most one live hold or booking", is an index here: whatever code
// runs, SQLite refuses a second claim.
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const events = sqliteTable('events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const seats = sqliteTable(
  'seats',
  {
    // The id also keeps the order in which the event listed its seats.
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
  },
  // One A1 per event: the capacity of an event is its number of seats, fixed by this index.
  (table) => [uniqueIndex('seats_event_label_unique').on(table.eventId, table.label)],
);

export const HOLD_STATUSES = ['held', 'confirmed', 'released'] as const;
export type StoredHoldStatus = (typeof HOLD_STATUSES)[number];

export const holds = sqliteTable(
  'holds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    customer: text('customer').notNull(),
    // 'expired' is not stored: a hold is expired when its status is 'held' and now >= expires_at,
    // which every query computes from the injected clock. Nothing has to run when time passes.
    status: text('status', { enum: HOLD_STATUSES }).notNull().default('held'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
    releasedAt: integer('released_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    check('holds_status_known', sql`${table.status} IN ('held', 'confirmed', 'released')`),
    check('holds_expire_after_creation', sql`${table.expiresAt} > ${table.createdAt}`),
  ],
);

export const holdSeats = sqliteTable(
  'hold_seats',
  {
    holdId: integer('hold_id')
      .notNull()
      .references(() => holds.id, { onDelete: 'cascade' }),
    seatId: integer('seat_id')
      .notNull()
      .references(() => seats.id, { onDelete: 'cascade' }),
    // 1 while the hold claims the seat (held and not yet cleaned up, or confirmed); 0 once it gave
    // the seat back (released, or expired and cleaned up by a later hold). The row stays, so a
    // hold always knows which seats it had.
    active: integer('active').notNull().default(1),
  },
  (table) => [
    primaryKey({ columns: [table.holdId, table.seatId] }),
    // A partial unique index: it counts only the rows WHERE active = 1, so a seat may have any
    // number of past claims but at most one live one. Two processes that both decide a seat is
    // free cannot both write it: the second INSERT fails with SQLITE_CONSTRAINT_UNIQUE.
    uniqueIndex('hold_seats_one_live_claim').on(table.seatId).where(sql`${table.active} = 1`),
    check('hold_seats_active_flag', sql`${table.active} IN (0, 1)`),
  ],
);

export type EventRow = typeof events.$inferSelect;
export type SeatRow = typeof seats.$inferSelect;
export type HoldRow = typeof holds.$inferSelect;
