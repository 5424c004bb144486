// Shared by the p50 suite: the API on a fresh database, the shapes its Interface promises, and a
// few stream helpers the testkit does not have (the raw `retry:` field, waiting for `listeners`).
import { expect } from 'vitest';
import { expectStatus, startDbApp, type FakeClock, type HttpResponse, type StartedDbApp, type StreamEvent, type TestServer } from '#testkit';

export interface RoomJson {
  id: number;
  name: string;
  listeners: number;
}

export interface MessageJson {
  id: number;
  roomId: number;
  author: string;
  text: string;
  createdAt: string;
}

export interface PageJson {
  items: MessageJson[];
  nextBefore: number | null;
}

// Node's fetch, captured before a DOM check replaces the global one.
const nodeFetch = globalThis.fetch;

export const ROOM_FIELDS = ['id', 'listeners', 'name'];
export const MESSAGE_FIELDS = ['author', 'createdAt', 'id', 'roomId', 'text'];
export const START = '2026-10-05T18:00:00.000Z';

export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: START });
}


export function expectRoom(res: HttpResponse, status = 200): RoomJson {
  expectStatus(res, status);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: a room has exactly the fields ${ROOM_FIELDS.join(', ')}`).toEqual(ROOM_FIELDS);
  return res.json as RoomJson;
}

export function expectMessage(res: HttpResponse, status = 201): MessageJson {
  expectStatus(res, status);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: a message has exactly the fields ${MESSAGE_FIELDS.join(', ')}`).toEqual(MESSAGE_FIELDS);
  return res.json as MessageJson;
}

export async function createRoom(api: TestServer, name = 'General'): Promise<RoomJson> {
  return expectRoom(await api.post('/api/rooms', { json: { name } }), 201);
}

export async function getRoom(api: TestServer, id: number): Promise<RoomJson> {
  return expectRoom(await api.get(`/api/rooms/${id}`));
}

export async function post(api: TestServer, roomId: number, text: string, author = 'Ann'): Promise<MessageJson> {
  return expectMessage(await api.post(`/api/rooms/${roomId}/messages`, { json: { author, text } }));
}

/** Posts `count` messages "<prefix> (1)".."<prefix> (count)", one after the other (no text inside another). */
export async function postMany(api: TestServer, roomId: number, count: number, prefix = 'Message'): Promise<MessageJson[]> {
  const out: MessageJson[] = [];
  for (let i = 1; i <= count; i++) out.push(await post(api, roomId, `${prefix} (${i})`));
  return out;
}

export async function page(api: TestServer, roomId: number, query = ''): Promise<PageJson> {
  const res = await api.get(`/api/rooms/${roomId}/messages${query}`);
  expectStatus(res, 200);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: a page is { items, nextBefore }`).toEqual(['items', 'nextBefore']);
  return res.json as PageJson;
}

export const ids = (messages: ReadonlyArray<{ id: number }>) => messages.map((m) => m.id);

/** A stream event as the message it carries, after checking the event's id and type. */
export function eventMessage(event: StreamEvent, what: string): MessageJson {
  expect(event.event, `${what}: the event's type (event: message)`).toBe('message');
  let data: MessageJson;
  try {
    data = JSON.parse(event.data) as MessageJson;
  } catch {
    throw new Error(`${what}: data: is not JSON: ${event.data.slice(0, 120)}`);
  }
  expect(event.id, `${what}: the event's id: is the message id`).toBe(String(data.id));
  return data;
}

/** Takes the next `count` events of a stream as messages. */
export async function nextMessages(stream: { next(what?: string): Promise<StreamEvent> }, count: number, what: string): Promise<MessageJson[]> {
  const out: MessageJson[] = [];
  for (let i = 0; i < count; i++) out.push(eventMessage(await stream.next(`${what} (event ${i + 1} of ${count})`), what));
  return out;
}

/**
 * Polls GET /api/rooms/:id until `listeners` is `expected`: the server learns that a client left
 * only when it sees the connection close, a moment after the client closed it. A hang guard of a
 * few seconds, never a speed check.
 */
export async function waitForListeners(api: TestServer, roomId: number, expected: number, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  let last: number | undefined;
  for (;;) {
    last = (await getRoom(api, roomId)).listeners;
    if (last === expected) return;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(last, `${what}: GET /api/rooms/${roomId} listeners (still ${last} after 5 s)`).toBe(expected);
}

/**
 * The raw start of an event stream up to its first event or 64 KB: openEventStream parses events
 * only, and the SPEC's `retry:` field is not an event. Returns the status, content type and text.
 */
export async function streamHead(api: TestServer, path: string, headers: Record<string, string> = {}): Promise<{ status: number; contentType: string; cacheControl: string; text: string }> {
  const controller = new AbortController();
  const response = await nodeFetch(new URL(path, api.url), { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  let text = '';
  const deadline = setTimeout(() => controller.abort(), 3_000);
  try {
    if (response.status === 200 && response.body) {
      const decoder = new TextDecoder();
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        text += decoder.decode(chunk, { stream: true });
        if (/^retry:.*\n\n/ms.test(text) || /^data:/m.test(text) || text.length > 65_536) break;
      }
    } else text = await response.text();
  } catch {
    // Cut off by the deadline: what arrived is what there is.
  } finally {
    clearTimeout(deadline);
    controller.abort();
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', cacheControl: response.headers.get('cache-control') ?? '', text };
}
