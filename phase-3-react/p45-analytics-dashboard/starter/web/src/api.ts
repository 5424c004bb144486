// The statistics API as the page uses it: relative URLs (/api/...), and errors turned into
// messages a person can read (SPEC.md, Tasks 4 and 5). A suggested structure.

export interface Range {
  from: string;
  to: string;
  tz: string;
}

export interface Summary extends Range {
  totalEvents: number;
  uniqueUsers: number;
  revenueCents: number;
}

export interface DayRow {
  date: string;
  events: number;
  users: number;
  revenueCents: number;
}

export interface Daily extends Range {
  days: DayRow[];
}

/** A failed request, with the message the page shows. */
export class ApiError extends Error {}

/**
 * TODO (Task 4): both endpoints for one range, asked at the same time; `signal` cancels both.
 * A failed answer becomes an ApiError carrying the API's error.message.
 */
export async function loadStats(range: Range, signal: AbortSignal): Promise<{ summary: Summary; daily: Daily }> {
  void [range, signal];
  throw new ApiError('Not implemented: loadStats (Task 4)');
}

/** TODO (Task 4): cents as money with two decimals (123456 is "1,234.56"), without floating point. */
export function formatCents(cents: number): string {
  void cents;
  throw new Error('Not implemented: formatCents (Task 4)');
}
