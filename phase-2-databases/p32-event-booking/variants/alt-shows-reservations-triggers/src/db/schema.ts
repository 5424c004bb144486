// The schema of this variant: shows instead of events, reservations without a status column
// (a reservation's state follows from confirmed_at, released_at and expires_at), and the
// "one live claim per seat" rule as triggers (drizzle/0001_one_live_claim.sql).
import { integer, primaryKey, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';

export const shows = sqliteTable('shows', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  openedAt: integer('opened_at').notNull(),
});

// The table and column names of seats and hold_seats are the SPEC's (its Interface fixes them).
export const seats = sqliteTable(
  'seats',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => shows.id),
    label: text('label').notNull(),
  },
  (t) => [uniqueIndex('seat_per_show').on(t.eventId, t.label)],
);

export const reservations = sqliteTable('reservations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  showId: integer('show_id')
    .notNull()
    .references(() => shows.id),
  holder: text('holder').notNull(),
  madeAt: integer('made_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
  confirmedAt: integer('confirmed_at'),
  releasedAt: integer('released_at'),
});

export const holdSeats = sqliteTable(
  'hold_seats',
  {
    holdId: integer('hold_id')
      .notNull()
      .references(() => reservations.id),
    seatId: integer('seat_id')
      .notNull()
      .references(() => seats.id),
    active: integer('active').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.seatId, t.holdId] }), index('claims_by_hold').on(t.holdId)],
);
