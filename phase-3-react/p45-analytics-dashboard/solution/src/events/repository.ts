// The queries of events.
import type { Db } from '../db/client.js';
import { events, type EventRow } from '../db/schema.js';

export interface NewEvent {
  name: string;
  occurredAt: number;
  userId: string | null;
  valueCents: number | null;
}

/** Inserts every event or none: a batch is all or nothing. */
export function insertEvents(db: Db, rows: NewEvent[]): EventRow[] {
  return db.transaction((tx) => rows.map((row) => tx.insert(events).values(row).returning().get()));
}
