// The range in the address (SPEC.md, Task 6). A suggested structure.
import type { Range } from './api.js';

/** The zones the form offers (SPEC.md, Task 4, names the ones it must have). */
export const ZONES = ['UTC', 'Europe/London', 'Europe/Paris', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Sydney', 'Pacific/Auckland'];

/** TODO (Task 6): the range in the current address, or null when it names none. */
export function rangeFromAddress(): Range | null {
  return null;
}

/** TODO (Task 6): puts the range in the address as a new history entry. */
export function pushRange(range: Range): void {
  void range;
}
