// The habits API as the page uses it: relative URLs (Vite's proxy in development, the same
// origin in production), JSON both ways, and errors turned into messages a person can read.

export interface Habit {
  id: number;
  name: string;
  createdAt: string;
  currentStreak: number;
  longestStreak: number;
  totalCheckins: number;
}

export interface HabitList {
  tz: string;
  today: string;
  items: Habit[];
}

/** A failed request, with the message the page shows. */
export class ApiError extends Error {}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('Could not reach the server. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    // The API's errors carry a message meant for people: show it as it is.
    const message = (data as { error?: { message?: unknown } } | undefined)?.error?.message;
    throw new ApiError(typeof message === 'string' && message ? message : `The server answered ${response.status}.`);
  }
  return data as T;
}

/** The browser's own IANA zone ("Europe/Paris"): the server counts days and streaks in it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const checkinUrl = (id: number, date: string, tz: string) => `/api/habits/${id}/checkins/${date}?tz=${encodeURIComponent(tz)}`;

export const api = {
  habits: (tz: string) => request<HabitList>('GET', `/api/habits?tz=${encodeURIComponent(tz)}`),
  addHabit: (name: string) => request<Habit>('POST', '/api/habits', { name }),
  month: (id: number, month: string) => request<{ month: string; dates: string[] }>('GET', `/api/habits/${id}/checkins?month=${month}`).then((answer) => answer.dates),
  check: (id: number, date: string, tz: string) => request<Habit>('PUT', checkinUrl(id, date, tz)),
  uncheck: (id: number, date: string, tz: string) => request<Habit>('DELETE', checkinUrl(id, date, tz)),
};
