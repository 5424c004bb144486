// The statistics API as the dashboard uses it: relative URLs (Vite's proxy in development, the
// same origin in production), and errors turned into messages a person can read.

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

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    // An abort is not a failure: a newer range replaced this one. Let the caller tell them apart.
    if (signal.aborted) throw error;
    throw new ApiError('Could not reach the server. Check your connection and try again.');
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    // The API's errors carry a message meant for people: show it as it is.
    const message = (data as { error?: { message?: unknown } } | undefined)?.error?.message;
    throw new ApiError(typeof message === 'string' && message ? message : `The server answered ${response.status}.`);
  }
  return data as T;
}

/** Both endpoints for one range, asked at the same time; `signal` cancels both. */
export async function loadStats(range: Range, signal: AbortSignal): Promise<{ summary: Summary; daily: Daily }> {
  const query = new URLSearchParams({ from: range.from, to: range.to, tz: range.tz }).toString();
  const [summary, daily] = await Promise.all([getJson<Summary>(`/api/stats/summary?${query}`, signal), getJson<Daily>(`/api/stats/daily?${query}`, signal)]);
  return { summary, daily };
}

/** Cents as money without floating point: 123456 is "1,234.56". */
export function formatCents(cents: number): string {
  const units = Math.floor(cents / 100).toLocaleString('en-US');
  return `${units}.${String(cents % 100).padStart(2, '0')}`;
}
