// Shared by the p45 suite: the API on a fresh database, the shapes its Interface promises, and
// events chosen so that UTC, Kolkata, Auckland and New York put them on different local days.
import { expect } from 'vitest';
import { expectStatus, startDbApp, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface EventJson {
  id: number;
  name: string;
  occurredAt: string;
  userId: string | null;
  valueCents: number | null;
}

export interface SummaryJson {
  from: string;
  to: string;
  tz: string;
  totalEvents: number;
  uniqueUsers: number;
  revenueCents: number;
}

export interface DayJson {
  date: string;
  events: number;
  users: number;
  revenueCents: number;
}

export interface DailyJson {
  from: string;
  to: string;
  tz: string;
  days: DayJson[];
}

export const EVENT_FIELDS = ['id', 'name', 'occurredAt', 'userId', 'valueCents'];
export const SUMMARY_FIELDS = ['from', 'revenueCents', 'to', 'totalEvents', 'tz', 'uniqueUsers'];
export const DAILY_FIELDS = ['days', 'from', 'to', 'tz'];
export const DAY_FIELDS = ['date', 'events', 'revenueCents', 'users'];

/** The clock of every app: far from the real date, so an app that reads the system time is caught. */
export const START = '2026-03-05T09:00:00.000Z';

export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: START });
}

/** An event as the checks write it: [occurredAt, userId, valueCents, name?]. */
export type EventSpec = readonly [string, string | null, number | null, string?];

/**
 * Early March 2026: Auckland is UTC+13, Kolkata UTC+5:30, New York UTC-5 (before its daylight
 * saving starts on 8 March). Local times in the comments: UTC | Auckland | New York | Kolkata.
 */
export const MARCH: readonly EventSpec[] = [
  ['2026-02-28T23:59:59.999Z', 'eve', 70], //   Feb 28 | Mar 1 12:59 | Feb 28 18:59 | Mar 1 05:29
  ['2026-03-01T10:59:59.999Z', 'ann', 100], //  Mar 1 | Mar 1 23:59:59.999 | Mar 1 05:59 | Mar 1 16:29
  ['2026-03-01T11:00:00.000Z', 'ben', null], // Mar 1 | Mar 2 00:00 exactly | Mar 1 06:00 | Mar 1 16:30
  ['2026-03-01T18:29:59.999Z', 'ann', 250], //  Mar 1 | Mar 2 07:29 | Mar 1 13:29 | Mar 1 23:59:59.999
  ['2026-03-01T18:30:00.000Z', null, 0], //     Mar 1 | Mar 2 07:30 | Mar 1 13:30 | Mar 2 00:00 exactly
  ['2026-03-02T04:59:59.999Z', 'cleo', 1000], // Mar 2 | Mar 2 17:59 | Mar 1 23:59:59.999 | Mar 2 10:29
  ['2026-03-02T05:00:00.000Z', 'ann', null], // Mar 2 | Mar 2 18:00 | Mar 2 00:00 exactly | Mar 2 10:30
  ['2026-03-02T12:00:00.000Z', 'gus', 3000], // Mar 2 | Mar 3 01:00 | Mar 2 07:00 | Mar 2 17:30
  ['2026-03-02T23:59:59.999Z', 'ben', 5], //    Mar 2 | Mar 3 12:59 | Mar 2 18:59 | Mar 3 05:29
  ['2026-03-03T00:00:00.000Z', 'dan', 40], //   Mar 3 | Mar 3 13:00 | Mar 2 19:00 | Mar 3 05:30
  ['2026-03-04T04:30:00.000Z', 'fay', 9], //    Mar 4 | Mar 4 17:30 | Mar 3 23:30 | Mar 4 10:00
];

/** The MARCH events from 2026-02-28 to 2026-03-04, per local day: [date, events, users, revenueCents]. */
export const MARCH_DAYS: Record<string, Array<[string, number, number, number]>> = {
  UTC: [
    ['2026-02-28', 1, 1, 70],
    ['2026-03-01', 4, 2, 350],
    ['2026-03-02', 4, 4, 4005],
    ['2026-03-03', 1, 1, 40],
    ['2026-03-04', 1, 1, 9],
  ],
  'Pacific/Auckland': [
    ['2026-02-28', 0, 0, 0],
    ['2026-03-01', 2, 2, 170],
    ['2026-03-02', 5, 3, 1250],
    ['2026-03-03', 3, 3, 3045],
    ['2026-03-04', 1, 1, 9],
  ],
  'America/New_York': [
    ['2026-02-28', 1, 1, 70],
    ['2026-03-01', 5, 3, 1350],
    ['2026-03-02', 4, 4, 3045],
    ['2026-03-03', 1, 1, 9],
    ['2026-03-04', 0, 0, 0],
  ],
  'Asia/Kolkata': [
    ['2026-02-28', 0, 0, 0],
    ['2026-03-01', 4, 3, 420],
    ['2026-03-02', 4, 3, 4000],
    ['2026-03-03', 2, 2, 45],
    ['2026-03-04', 1, 1, 9],
  ],
};

/** The MARCH KPIs from 2026-03-01 to 2026-03-02, both included: [totalEvents, uniqueUsers, revenueCents]. */
export const MARCH_1_2: Record<string, [number, number, number]> = {
  UTC: [8, 4, 4355],
  'Pacific/Auckland': [7, 4, 1420],
  'America/New_York': [9, 5, 4395],
  'Asia/Kolkata': [8, 5, 4420],
};

/**
 * Around daylight saving changes in 2026. New York: 8 March has 23 hours (05:00Z to 04:00Z next
 * day), 1 November 25 (04:00Z to 05:00Z). Sydney: 5 April has 25 hours (Apr 4 13:00Z to Apr 5
 * 14:00Z), 4 October 23 (Oct 3 14:00Z to Oct 4 13:00Z).
 */
export const DST: readonly EventSpec[] = [
  ['2026-03-08T04:59:59.999Z', 'a', 1], // New York Mar 7 23:59:59.999 EST
  ['2026-03-08T05:00:00.000Z', 'b', 2], // New York Mar 8 00:00 EST
  ['2026-03-09T03:59:59.999Z', 'c', 4], // New York Mar 8 23:59:59.999 EDT
  ['2026-03-09T04:00:00.000Z', 'd', 8], // New York Mar 9 00:00 EDT
  ['2026-03-09T04:30:00.000Z', 'e', 16], // New York Mar 9 00:30 EDT (24 hours after Mar 8 began would say Mar 8)
  ['2026-11-01T03:59:59.999Z', 'a', 32], // New York Oct 31 23:59:59.999 EDT
  ['2026-11-01T04:00:00.000Z', 'b', 64], // New York Nov 1 00:00 EDT
  ['2026-11-02T04:30:00.000Z', 'c', 128], // New York Nov 1 23:30 EST (24 hours after Nov 1 began would say Nov 2)
  ['2026-11-02T05:00:00.000Z', 'd', 256], // New York Nov 2 00:00 EST
  ['2026-04-04T12:59:59.999Z', 'a', 512], // Sydney Apr 4 23:59:59.999 AEDT
  ['2026-04-04T13:00:00.000Z', 'b', 1024], // Sydney Apr 5 00:00 AEDT
  ['2026-04-05T13:30:00.000Z', 'c', 2048], // Sydney Apr 5 23:30 AEST (24 hours after Apr 5 began would say Apr 6)
  ['2026-04-05T14:00:00.000Z', 'd', 4096], // Sydney Apr 6 00:00 AEST
  ['2026-10-03T13:59:59.999Z', 'a', 8192], // Sydney Oct 3 23:59:59.999 AEST
  ['2026-10-03T14:00:00.000Z', 'b', 16384], // Sydney Oct 4 00:00 AEST
  ['2026-10-04T12:59:59.999Z', 'c', 32768], // Sydney Oct 4 23:59:59.999 AEDT
  ['2026-10-04T13:00:00.000Z', 'd', 65536], // Sydney Oct 5 00:00 AEDT
];

export function toBody([occurredAt, userId, valueCents, name]: EventSpec): Record<string, unknown> {
  return { name: name ?? 'page.view', occurredAt, ...(userId === null ? {} : { userId }), ...(valueCents === null ? {} : { valueCents }) };
}

/** POST /api/events with a batch of these events, which must succeed. */
export async function seed(api: TestServer, events: readonly EventSpec[]): Promise<void> {
  const res = await api.post('/api/events', { json: { events: events.map(toBody) } });
  expectStatus(res, 201);
}

export function expectEvent(res: HttpResponse, status = 201): EventJson {
  expectStatus(res, status);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: an event has exactly the fields ${EVENT_FIELDS.join(', ')}`).toEqual(EVENT_FIELDS);
  return res.json as EventJson;
}

export async function summary(api: TestServer, query: string): Promise<SummaryJson> {
  const res = await api.get(`/api/stats/summary?${query}`);
  expectStatus(res, 200);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: a summary has exactly the fields ${SUMMARY_FIELDS.join(', ')}`).toEqual(SUMMARY_FIELDS);
  return res.json as SummaryJson;
}

/** GET /api/stats/summary: [totalEvents, uniqueUsers, revenueCents]. */
export async function kpis(api: TestServer, query: string): Promise<[number, number, number]> {
  const s = await summary(api, query);
  return [s.totalEvents, s.uniqueUsers, s.revenueCents];
}

export async function daily(api: TestServer, query: string): Promise<DailyJson> {
  const res = await api.get(`/api/stats/daily?${query}`);
  expectStatus(res, 200);
  const body = res.json as DailyJson;
  expect(Object.keys((body as object) ?? {}).sort(), `${res.request}: the body has exactly the fields ${DAILY_FIELDS.join(', ')}`).toEqual(DAILY_FIELDS);
  expect(Array.isArray(body.days), `${res.request}: days is an array`).toBe(true);
  for (const day of body.days) expect(Object.keys(day).sort(), `${res.request}: a day has exactly the fields ${DAY_FIELDS.join(', ')}`).toEqual(DAY_FIELDS);
  return body;
}

/** GET /api/stats/daily as rows [date, events, users, revenueCents]. */
export async function dayRows(api: TestServer, query: string): Promise<Array<[string, number, number, number]>> {
  return (await daily(api, query)).days.map((d) => [d.date, d.events, d.users, d.revenueCents]);
}

/** The query of a range: from, to, and tz when given. */
export function range(from: string, to: string, tz?: string): string {
  return `from=${from}&to=${to}${tz === undefined ? '' : `&tz=${encodeURIComponent(tz)}`}`;
}
