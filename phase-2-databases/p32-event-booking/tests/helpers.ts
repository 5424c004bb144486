// Shared by the p32 suite: starting an app on a temporary database, the shapes the Interface
// promises, and small API steps (create an event, hold seats) that must succeed.
import { request as httpRequest } from 'node:http';
import { expect } from 'vitest';
import { expectStatus, startDbApp, withRawDb, type AppLike, type FakeClock, type HttpResponse, type RawDb, type StartedDbApp, type TestServer } from '#testkit';

export interface AppModule {
  createApp: (options: { dbFile: string; now?: () => Date }) => AppLike;
}

export interface EventJson {
  id: number;
  name: string;
  capacity: number;
  available: number;
  held: number;
  booked: number;
  createdAt: string;
}

export type SeatStatus = 'available' | 'held' | 'booked';

export interface SeatJson {
  label: string;
  status: SeatStatus;
}

export interface HoldJson {
  id: number;
  eventId: number;
  customer: string;
  seats: string[];
  status: 'held' | 'confirmed' | 'released' | 'expired';
  createdAt: string;
  expiresAt: string;
  confirmedAt: string | null;
  releasedAt: string | null;
}

export const EVENT_FIELDS = ['available', 'booked', 'capacity', 'createdAt', 'held', 'id', 'name'];
export const HOLD_FIELDS = ['confirmedAt', 'createdAt', 'customer', 'eventId', 'expiresAt', 'id', 'releasedAt', 'seats', 'status'];

export const START = '2026-06-01T18:00:00.000Z';
export const MINUTE = 60_000;

/** START moved by `ms`, as an ISO string. */
export function at(ms: number): string {
  return new Date(Date.parse(START) + ms).toISOString();
}

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: START });
}

/** Asserts that the body is an event with exactly the fields of the Interface. */
export function expectEvent(res: HttpResponse): EventJson {
  const event = res.json as EventJson;
  expect(event, `${res.request}: the body should be an event, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(event ?? {}).sort(), `${res.request}: an event has exactly the fields ${EVENT_FIELDS.join(', ')}`).toEqual(EVENT_FIELDS);
  return event;
}

/** Asserts that the body is a hold with exactly the fields of the Interface. */
export function expectHold(res: HttpResponse): HoldJson {
  const hold = res.json as HoldJson;
  expect(hold, `${res.request}: the body should be a hold, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(hold ?? {}).sort(), `${res.request}: a hold has exactly the fields ${HOLD_FIELDS.join(', ')}`).toEqual(HOLD_FIELDS);
  return hold;
}

/** POST /events that must succeed. */
export async function createEvent(api: TestServer, seats: string[], name = 'Spring show'): Promise<EventJson> {
  const res = await api.post('/events', { json: { name, seats } });
  expectStatus(res, 201);
  return expectEvent(res);
}

/** GET /events/:id that must succeed. */
export async function getEvent(api: TestServer, id: number): Promise<EventJson> {
  const res = await api.get(`/events/${id}`);
  expectStatus(res, 200);
  return expectEvent(res);
}

/** GET /events/:id/seats that must succeed: the items. */
export async function getSeats(api: TestServer, id: number): Promise<SeatJson[]> {
  const res = await api.get(`/events/${id}/seats`);
  expectStatus(res, 200);
  const body = res.json as { eventId?: unknown; items?: SeatJson[] };
  expect(Object.keys(body ?? {}).sort(), `${res.request}: the body is exactly { eventId, items }, got ${res.text.slice(0, 200)}`).toEqual(['eventId', 'items']);
  expect(body.eventId, `${res.request}: eventId`).toBe(id);
  expect(Array.isArray(body.items), `${res.request}: items should be an array`).toBe(true);
  for (const seat of body.items!) expect(Object.keys(seat).sort(), `${res.request}: a seat is exactly { label, status }`).toEqual(['label', 'status']);
  return body.items!;
}

/** The status of each seat of an event by label, as the API reports it now. */
export async function seatMap(api: TestServer, id: number): Promise<Record<string, SeatStatus>> {
  return Object.fromEntries((await getSeats(api, id)).map((seat) => [seat.label, seat.status]));
}

/** POST /events/:id/holds that must succeed. */
export async function hold(api: TestServer, eventId: number, seats: string[], extra: { customer?: string; minutes?: number } = {}): Promise<HoldJson> {
  const res = await api.post(`/events/${eventId}/holds`, { json: { customer: 'Ann', seats, ...extra } });
  expectStatus(res, 201);
  return expectHold(res);
}

/** GET /holds/:id that must succeed. */
export async function getHold(api: TestServer, id: number): Promise<HoldJson> {
  const res = await api.get(`/holds/${id}`);
  expectStatus(res, 200);
  return expectHold(res);
}

/** The error code of a response, or undefined. */
export function codeOf(res: HttpResponse): string | undefined {
  return (res.json as { error?: { code?: string } } | undefined)?.error?.code;
}

/** The `details` of an error response. */
export function detailsOf(res: HttpResponse): Array<Record<string, unknown>> {
  const details = (res.json as { error?: { details?: unknown } } | undefined)?.error?.details;
  return Array.isArray(details) ? (details as Array<Record<string, unknown>>) : [];
}

/** The SQLite error code of running `sql` on the file, or 'accepted'. */
export function rawWrite(dbFile: string, sql: string, ...params: unknown[]): string {
  return withRawDb(dbFile, (db: RawDb) => {
    db.pragma('foreign_keys = ON');
    try {
      db.prepare(sql).run(...params);
      return 'accepted';
    } catch (error) {
      return String((error as { code?: unknown }).code ?? error);
    }
  });
}

/** One value of a query on the file. */
export function rawValue<T>(dbFile: string, sql: string, ...params: unknown[]): T {
  return withRawDb(dbFile, (db) => db.prepare(sql).pluck().get(...params) as T);
}

/** seats.id of a label of an event. */
export function seatId(dbFile: string, eventId: number, label: string): number {
  const id = rawValue<number | undefined>(dbFile, 'SELECT id FROM seats WHERE event_id = ? AND label = ?', eventId, label);
  expect(id, `SELECT id FROM seats WHERE event_id = ${eventId} AND label = '${label}' (the table seats of the Interface)`).toBeTypeOf('number');
  return id!;
}

/** Labels A1..A<n>. */
export function row(letter: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${letter}${i + 1}`);
}

/** One POST with a JSON body for `postTogether`. */
export interface RacingPost {
  app: TestServer;
  path: string;
  json: unknown;
}

/**
 * Sends the POSTs so that they reach their servers at the same moment: each request goes out
 * with all of its body but the last byte, and once every one of them is on the wire, the last
 * bytes are sent in one loop. A server reads the body before it runs the handler, so the four
 * handlers start within microseconds of each other instead of a millisecond apart: a race that a
 * check-then-write leaves open is then hit in most rounds, not one in ten.
 */
export async function postTogether(posts: RacingPost[]): Promise<HttpResponse[]> {
  const sent = posts.map(({ app, path, json }) => {
    const body = Buffer.from(JSON.stringify(json));
    const url = new URL(path, app.url);
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } });
    const answer = new Promise<HttpResponse>((resolve, reject) => {
      req.once('error', reject);
      req.once('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('error', reject);
        res.once('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') headers.set(name, value);
          resolve({ status: res.statusCode ?? 0, headers, text, json: parsed, request: `POST ${path} ${JSON.stringify(json)}` });
        });
      });
    });
    const flushed = new Promise<void>((resolve, reject) => req.write(body.subarray(0, body.length - 1), (error) => (error ? reject(error) : resolve())));
    return { req, last: body.subarray(body.length - 1), answer, flushed };
  });
  await Promise.all(sent.map((s) => s.flushed));
  for (const s of sent) s.req.end(s.last);
  return Promise.all(sent.map((s) => s.answer));
}
