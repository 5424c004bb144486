// Shared by the p24 suite: starting an app on a temporary database, scripted random sources,
// and the shapes the Interface promises. Looking inside the database file is the testkit's
// (withRawDb, tryInsertCopy, queryPlan...).
import { expect } from 'vitest';
import { expectStatus, seededRandom, startDbApp, type AppLike, type FakeClock, type HttpResponse, type TestServer } from '#testkit';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
  random?: () => number;
  baseUrl?: string;
}

export interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

export interface LinkJson {
  code: string;
  url: string;
  shortUrl: string;
  alias: string | null;
  expiresAt: string | null;
  clicks: number;
  createdAt: string;
}

export interface StatsJson {
  code: string;
  url: string;
  clicks: number;
  lastClickedAt: string | null;
  daily: Array<{ day: string; clicks: number }>;
}

export const LINK_FIELDS = ['alias', 'clicks', 'code', 'createdAt', 'expiresAt', 'shortUrl', 'url'];
export const STATS_FIELDS = ['clicks', 'code', 'daily', 'lastClickedAt', 'url'];

export const START = '2026-01-15T12:00:00.000Z';
export const BASE_URL = 'https://sho.rt';
export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const CODE_PATTERN = /^[0-9A-Za-z]{7}$/;

/** A random source that plays `values` in order, then again from the start; `calls` counts. */
export interface ScriptedRandom {
  (): number;
  calls: number;
}

export function scripted(values: number[]): ScriptedRandom {
  const next = (() => {
    const value = values[next.calls % values.length]!;
    next.calls++;
    return value;
  }) as ScriptedRandom;
  next.calls = 0;
  return next;
}

/** The 7 values random() must return for the Interface's rule to give `code` (the middle of each digit's range). */
export function valuesFor(code: string): number[] {
  return [...code].map((char) => {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`${char} is not a base62 digit`);
    return (index + 0.5) / ALPHABET.length;
  });
}

/** A random source that yields these codes, one per 7 calls, in order, then again from the first. */
export function randomFor(...codes: string[]): ScriptedRandom {
  return scripted(codes.flatMap(valuesFor));
}

/** A seeded pseudo-random source: many different codes, the same in every run. */
export const seeded = seededRandom;

export interface Started {
  api: TestServer;
  clock: FakeClock;
  dbFile: string;
}

export interface StartOptions {
  dbFile?: string;
  clock?: FakeClock;
  random?: () => number;
  baseUrl?: string;
}

/** createApp({ dbFile, now, random, baseUrl }) on a fresh temporary database (or the given file), served on port 0. */
export async function start(options: StartOptions = {}): Promise<Started> {
  const extra = { random: options.random ?? seeded(7), baseUrl: options.baseUrl ?? BASE_URL };
  return startDbApp({ dbFile: options.dbFile, clock: options.clock, start: START, extra });
}


/**
 * GET /<code> for every code at the same time, the answers in the same order. The connections are
 * opened first (reading a link is not a click), so that the redirects then reach the app
 * together, as they would under load.
 */
export async function redirectAtOnce(api: TestServer, codes: string[]): Promise<HttpResponse[]> {
  await Promise.all(codes.map((code) => api.get(`/links/${code}`)));
  return Promise.all(codes.map((code) => api.get(`/${code}`)));
}

/** Asserts that the body is a link with exactly the fields of the Interface. */
export function expectLinkShape(res: HttpResponse): LinkJson {
  const link = res.json as LinkJson;
  expect(link, `${res.request}: the body should be a link object, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(link ?? {}).sort(), `${res.request}: a link has exactly the fields ${LINK_FIELDS.join(', ')}`).toEqual(LINK_FIELDS);
  return link;
}

/** POST /links that must succeed: returns the link from the 201 body. */
export async function createLink(api: TestServer, body: Record<string, unknown>): Promise<LinkJson> {
  const res = await api.post('/links', { json: body });
  expectStatus(res, 201);
  return expectLinkShape(res);
}

/** GET /links/:code that must succeed. */
export async function getLink(api: TestServer, code: string): Promise<LinkJson> {
  const res = await api.get(`/links/${code}`);
  expectStatus(res, 200);
  return expectLinkShape(res);
}

/** GET /links/:code/stats that must succeed. */
export async function getStats(api: TestServer, code: string): Promise<StatsJson> {
  const res = await api.get(`/links/${code}/stats`);
  expectStatus(res, 200);
  const stats = res.json as StatsJson;
  expect(Object.keys(stats ?? {}).sort(), `${res.request}: stats have exactly the fields ${STATS_FIELDS.join(', ')}`).toEqual(STATS_FIELDS);
  return stats;
}

/** decodeURI that leaves text it cannot decode as it is. */
function decoded(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * GET /:code that must redirect to `url` with a 302. Location may be the URL as stored or as
 * Express's res.redirect() writes it, with characters such as `"` percent-encoded (SPEC.md).
 */
export async function follow(api: TestServer, code: string, url: string): Promise<void> {
  const res = await api.get(`/${code}`);
  expect(res.status, `${res.request} answered ${res.status} with body ${res.text.slice(0, 300)}: a short link answers 302`).toBe(302);
  const location = res.headers.get('location') ?? '(none)';
  expect(location === url ? url : decoded(location), `${res.request}: the Location header`).toBe(url);
}
