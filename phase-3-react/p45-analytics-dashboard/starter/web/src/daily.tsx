// Events per day as a chart and as a table with the same numbers (SPEC.md, Task 5). A suggested structure.
import type { Daily } from './api.js';

/** TODO (Task 5): an image named "Events per day…". */
export function DailyChart({ daily }: { daily: Daily }) {
  void daily;
  return null;
}

/** TODO (Task 5): the table "Events per day", one row per day headed by its date. */
export function DailyTable({ daily }: { daily: Daily }) {
  void daily;
  return null;
}
