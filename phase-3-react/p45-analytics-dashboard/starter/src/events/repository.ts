// The queries of events (SPEC.md, Task 1). A suggested structure: change it as you like.
import type { Db } from '../db/client.js';
import type { EventRow } from '../db/schema.js';

export interface NewEvent {
  name: string;
  occurredAt: number;
  userId: string | null;
  valueCents: number | null;
}

/** TODO (Task 1): inserts every event or none (a batch is all or nothing). */
export function insertEvents(db: Db, rows: NewEvent[]): EventRow[] {
  void [db, rows];
  throw new Error('Not implemented: insertEvents (Task 1)');
}
