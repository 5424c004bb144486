import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { expect, onTestFinished } from 'vitest';
import { ContractError } from './impl.js';
import { visible } from './visible.js';

// Node's own fetch, kept before anything can replace it: in a jsdom suite, renderApp gives the
// app a fetch of its own, and the suite's requests must not go through it. jsdom also replaces
// AbortSignal with one Node's fetch refuses, so there the time limit is a timer instead.
export const nodeFetch = globalThis.fetch;
const nodeSignals = typeof window === 'undefined';

function timeoutError(): Error {
  const error = new Error('timed out');
  error.name = 'TimeoutError';
  return error;
}

/** fetch with a time limit that works in node and in jsdom suites alike. */
async function fetchWithin(url: string, init: RequestInit, timeoutMs: number): Promise<{ res: Response; text: string }> {
  if (nodeSignals) {
    const res = await nodeFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { res, text: await res.text() };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError()), timeoutMs);
  });
  try {
    return await Promise.race([
      (async () => {
        const res = await nodeFetch(url, init);
        return { res, text: await res.text() };
      })(),
      limit,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
  /** One line naming the request, for assertion messages. */
  request: string;
}

export interface RequestOptions {
  /** Sent as JSON with Content-Type application/json. */
  json?: unknown;
  /** Sent as it is; set Content-Type yourself in headers. */
  body?: string | Buffer | Uint8Array | FormData;
  headers?: Record<string, string>;
  /** Do not follow redirects (the default): a 302 stays a 302. */
  redirect?: 'manual' | 'follow';
  /** How long to wait for the answer before failing the check with a message saying so. */
  timeoutMs?: number;
  /** What the spec expects when the app is slow (e.g. "a 504 after timeoutMs"), for that message. */
  expected?: string;
}

/** The default wait for an answer: far above any correct handler, far below the check's limit. */
export const ANSWER_TIMEOUT_MS = 5_000;

export interface TestServer {
  url: string;
  request: (method: string, path: string, options?: RequestOptions) => Promise<HttpResponse>;
  get: (path: string, options?: RequestOptions) => Promise<HttpResponse>;
  post: (path: string, options?: RequestOptions) => Promise<HttpResponse>;
  put: (path: string, options?: RequestOptions) => Promise<HttpResponse>;
  patch: (path: string, options?: RequestOptions) => Promise<HttpResponse>;
  delete: (path: string, options?: RequestOptions) => Promise<HttpResponse>;
  close: () => Promise<void>;
}

/** Anything `http.createServer` accepts: an Express app is one. */
export type AppLike = RequestListener & { locals?: { close?: () => unknown; upgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => void } };

function describeBody(options: RequestOptions): string {
  const headers = Object.entries(options.headers ?? {}).map(([name, value]) => ` [${name}: ${value.slice(0, 80)}]`).join('');
  if (options.json !== undefined) return `${headers} ${JSON.stringify(options.json).slice(0, 200)}`;
  if (typeof options.body === 'string') return `${headers} ${options.body.slice(0, 200)}`;
  return headers;
}

async function send(base: string, method: string, path: string, options: RequestOptions = {}): Promise<HttpResponse> {
  const headers: Record<string, string> = { ...options.headers };
  // fetch() adds `Cache-Control: no-cache` to a conditional request (the Fetch standard's cache
  // mode), and then Express's req.fresh never answers 304. Send what a browser sends when it
  // revalidates, unless the check chose its own Cache-Control.
  const names = Object.keys(headers).map((name) => name.toLowerCase());
  if (names.some((name) => name === 'if-none-match' || name === 'if-modified-since') && !names.includes('cache-control')) {
    headers['cache-control'] = 'max-age=0';
  }
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(options.json);
  }
  const timeoutMs = options.timeoutMs ?? ANSWER_TIMEOUT_MS;
  let res: Response;
  let text: string;
  try {
    ({ res, text } = await fetchWithin(base + path, { method, headers, body: body as BodyInit | undefined, redirect: options.redirect ?? 'manual' }, timeoutMs));
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name !== 'TimeoutError' && name !== 'AbortError') throw error;
    throw new ContractError(
      `${method} ${path}${describeBody(options)} got no answer within ${timeoutMs / 1000} s. ` +
        (options.expected
          ? `The spec expects ${options.expected}.`
          : 'Some path through the handler neither answers (res.json, res.send, res.end) nor passes an error on (throw, or next(error)): look for an await that never settles or a branch that returns without answering.'),
    );
  }
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json, request: visible(`${method} ${path}${describeBody(options)}`) };
}

function clientFor(url: string, close: () => Promise<void>): TestServer {
  const request = (method: string, path: string, options?: RequestOptions) => send(url, method, path, options);
  return {
    url,
    request,
    get: (p, o) => request('GET', p, o),
    post: (p, o) => request('POST', p, o),
    put: (p, o) => request('PUT', p, o),
    patch: (p, o) => request('PATCH', p, o),
    delete: (p, o) => request('DELETE', p, o),
    close,
  };
}

/** A client for an app already listening at `url` (another process): nothing to close. */
export function serveUrl(url: string): TestServer {
  return clientFor(url, async () => {});
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/**
 * Serves an app on a free loopback port for this test and closes it (and the app's
 * `locals.close()`, where it has one, e.g. a database handle) when the test ends.
 */
export async function serve(app: AppLike): Promise<TestServer> {
  const server = createServer(app);
  // WebSockets: an app that takes upgrades says so with `locals.upgrade` (a ws server in
  // noServer mode), as src/server.ts wires it in projects that have one.
  server.on('upgrade', (req, socket, head) => {
    if (app.locals?.upgrade) app.locals.upgrade(req, socket, head);
    else socket.destroy();
  });
  const url = await listen(server);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.locals?.close?.();
  };
  onTestFinished(close);
  return clientFor(url, close);
}

/** Asserts the status code, naming the request and the body received when it differs. */
export function expectStatus(res: HttpResponse, status: number): void {
  expect(res.status, `${res.request} answered ${res.status} with body ${visible(res.text.slice(0, 300)) || '(empty)'}`).toBe(status);
}

/**
 * Asserts the JSON error shape shared by every API of the curriculum:
 * `{ "error": { "code": "<code>", "message": "<text>" } }`.
 */
export function expectError(res: HttpResponse, status: number, code?: string): void {
  expectStatus(res, status);
  const body = res.json as { error?: { code?: unknown; message?: unknown } } | undefined;
  expect(body?.error, `${res.request}: the body should be {"error": {"code", "message"}}, got ${res.text.slice(0, 300) || '(empty)'}`).toBeTypeOf('object');
  expect(typeof body?.error?.message, `${res.request}: error.message should be a string`).toBe('string');
  if (code !== undefined) {
    expect(body?.error?.code, `${res.request}: error.code`).toBe(code);
  }
}

export interface FakeUpstream {
  url: string;
  /** Requests received so far, oldest first. */
  requests: Array<{ method: string; path: string; headers: IncomingMessage['headers']; body: string }>;
  /** Replaces the handler; the default answers 404. */
  handle: (handler: (req: IncomingMessage & { body: string }, res: ServerResponse) => void | Promise<void>) => void;
  /**
   * Holds every response until `release()` is called: a slow upstream without real sleeps.
   * Requests that are still held when the test ends are dropped.
   */
  hold: () => { release: () => void };
  /** From now on, answers every request with this JSON body (200 by default). */
  json: (body: unknown, status?: number) => void;
  /** From now on, answers every request with this status (503 by default) and a JSON error body. */
  fail: (status?: number) => void;
  /** From now on, answers 200 with Content-Type application/json and a body that is not JSON. */
  malformed: () => void;
  /** From now on, closes every connection without answering (a crashed or unreachable service). */
  hangUp: () => void;
  close: () => Promise<void>;
}

/** A fake third-party service on loopback (rates API, webhook receiver...), closed after the test. */
export async function fakeUpstream(): Promise<FakeUpstream> {
  type Handler = Parameters<FakeUpstream['handle']>[0];
  let handler: Handler = (_req, res) => {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  };
  let gate: Promise<void> | undefined;
  const requests: FakeUpstream['requests'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body });
      void (async () => {
        if (gate) await gate;
        try {
          await handler(Object.assign(req, { body }), res);
        } catch {
          if (!res.headersSent) res.writeHead(500).end();
        }
      })();
    });
  });
  const url = await listen(server);
  const close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  onTestFinished(close);
  return {
    url,
    requests,
    handle: (next) => {
      handler = next;
    },
    json: (body, status = 200) => {
      handler = (_req, res) => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      };
    },
    fail: (status = 503) => {
      handler = (_req, res) => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `fake upstream failure ${status}` }));
      };
    },
    malformed: () => {
      handler = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"rates": {"EUR": 0.9');
      };
    },
    hangUp: () => {
      handler = (req) => {
        req.socket.destroy();
      };
    },
    hold: () => {
      let release!: () => void;
      gate = new Promise<void>((resolve) => {
        release = () => {
          gate = undefined;
          resolve();
        };
      });
      return { release };
    },
    close,
  };
}

/** Asserts that the response is JSON in UTF-8: `Content-Type: application/json; charset=utf-8`. */
export function expectJson(res: HttpResponse): void {
  expect(res.headers.get('content-type'), `${res.request}: the Content-Type header`).toMatch(/^application\/json;\s*charset=utf-8$/i);
}

/**
 * The full error contract of the API phases: the status, the shared shape with this `code`,
 * a JSON Content-Type, and a `message` that is a sentence for people (not empty).
 */
export function expectApiError(res: HttpResponse, status: number, code: string): void {
  expectError(res, status, code);
  expectJson(res);
  const message = (res.json as { error: { message: string } }).error.message;
  expect(message.trim().length, `${res.request}: error.message should be a sentence for people, got "${message}"`).toBeGreaterThan(0);
}

/**
 * A 400 `validation_failed` whose `details` is a non-empty array of `{ field, message }` with an
 * entry for every field named here (other entries are allowed), a string field and a non-empty
 * message in each entry.
 */
export function expectInvalid(res: HttpResponse, ...fields: string[]): void {
  expectApiError(res, 400, 'validation_failed');
  const details = (res.json as { error: { details?: unknown } }).error.details;
  expect(Array.isArray(details) && details.length > 0, `${res.request}: error.details should list the problems, got ${JSON.stringify(details)}`).toBe(true);
  const problems = details as Array<{ field?: unknown; message?: unknown } | null>;
  for (const field of fields) {
    expect(problems.map((problem) => problem?.field), `${res.request}: error.details should have an entry with "field": "${field}"`).toContain(field);
  }
  for (const problem of problems) {
    expect(typeof problem?.field, `${res.request}: every entry of error.details has a string "field", got ${JSON.stringify(problem)}`).toBe('string');
    const message = problem?.message;
    expect(typeof message === 'string' && message.trim().length > 0, `${res.request}: each entry of error.details needs a non-empty message, got ${JSON.stringify(problem)}`).toBe(true);
  }
}

/** Asserts that the `Allow` header lists exactly these methods, in any order and case. */
export function expectAllow(res: HttpResponse, methods: readonly string[]): void {
  const allow = res.headers.get('allow');
  expect(allow, `${res.request}: a 405 needs an Allow header listing ${methods.join(', ')}`).not.toBeNull();
  const listed = (allow ?? '')
    .split(',')
    .map((method) => method.trim().toUpperCase())
    .filter((method) => method !== '')
    .sort();
  expect(listed, `${res.request}: the methods in the Allow header (${allow})`).toEqual([...methods].map((m) => m.toUpperCase()).sort());
}
