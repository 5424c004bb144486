// Shared by the p42 suite: the API on a fresh database, the shapes its Interface promises.
import { expect } from 'vitest';
import { expectStatus, startDbApp, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface HabitJson {
  id: number;
  name: string;
  createdAt: string;
  currentStreak: number;
  longestStreak: number;
  totalCheckins: number;
}

export interface HabitListJson {
  tz: string;
  today: string;
  items: HabitJson[];
}

export const HABIT_FIELDS = ['createdAt', 'currentStreak', 'id', 'longestStreak', 'name', 'totalCheckins'];
/** A Tuesday, 10:00 UTC: 3 March 2026 in every zone the suite uses by default. */
export const START = '2026-03-03T10:00:00.000Z';

export function start(options: { dbFile?: string; clock?: FakeClock; at?: string } = {}): Promise<StartedDbApp> {
  return startDbApp({ dbFile: options.dbFile, clock: options.clock, start: options.at ?? START });
}

export function expectHabit(res: HttpResponse, status = 200): HabitJson {
  expectStatus(res, status);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: a habit has exactly the fields ${HABIT_FIELDS.join(', ')}`).toEqual(HABIT_FIELDS);
  return res.json as HabitJson;
}

export async function addHabit(api: TestServer, name: string): Promise<HabitJson> {
  return expectHabit(await api.post('/api/habits', { json: { name } }), 201);
}

export const q = (tz: string) => `?tz=${encodeURIComponent(tz)}`;

export async function listHabits(api: TestServer, tz = 'UTC'): Promise<HabitListJson> {
  const res = await api.get(`/api/habits${q(tz)}`);
  expectStatus(res, 200);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: the body is { tz, today, items }`).toEqual(['items', 'today', 'tz']);
  return res.json as HabitListJson;
}

export async function getHabit(api: TestServer, id: number, tz = 'UTC'): Promise<HabitJson> {
  return expectHabit(await api.get(`/api/habits/${id}${q(tz)}`));
}

/** PUT a check-in; a new one answers 201, one already there 200. */
export async function checkIn(api: TestServer, id: number, date: string, tz = 'UTC', status?: 200 | 201): Promise<HabitJson> {
  const res = await api.put(`/api/habits/${id}/checkins/${date}${q(tz)}`);
  if (status !== undefined) return expectHabit(res, status);
  expect([200, 201], `${res.request}: a check-in answers 201 (new) or 200 (already there); got ${res.status} ${res.text}`).toContain(res.status);
  return expectHabit(res, res.status);
}

export async function checkInAll(api: TestServer, id: number, dates: string[], tz = 'UTC'): Promise<HabitJson> {
  let last: HabitJson | undefined;
  for (const date of dates) last = await checkIn(api, id, date, tz, 201);
  return last!;
}

export async function monthDates(api: TestServer, id: number, month: string): Promise<string[]> {
  const res = await api.get(`/api/habits/${id}/checkins?month=${month}`);
  expectStatus(res, 200);
  expect(res.json, `${res.request}: the body is { month, dates }`).toEqual({ month, dates: expect.any(Array) as unknown });
  return (res.json as { dates: string[] }).dates;
}

/** Every date from `from` to `to`, both included (UTC midnights: no zone involved). */
export function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The streak figures of a habit, for one-line comparisons. */
export function streaks(habit: HabitJson): [number, number, number] {
  return [habit.currentStreak, habit.longestStreak, habit.totalCheckins];
}
