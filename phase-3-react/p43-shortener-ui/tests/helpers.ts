// Shared by the p43 suite: the API on a fresh database, scripted random sources, and the shapes
// SPEC.md's Interface promises.
import { expect } from 'vitest';
import { appTables, expectStatus, quoteIdent, startDbApp, withRawDb, type FakeClock, type HttpResponse, type RawDb, type StartedDbApp, type TestServer } from '#testkit';

export interface LinkJson {
  code: string;
  url: string;
  shortUrl: string;
  alias: string | null;
  clicks: number;
  createdAt: string;
}

export interface StatsJson {
  code: string;
  days: number;
  total: number;
  daily: Array<{ day: string; clicks: number }>;
}

export const LINK_FIELDS = ['alias', 'clicks', 'code', 'createdAt', 'shortUrl', 'url'];
export const STATS_FIELDS = ['code', 'daily', 'days', 'total'];
/** A Wednesday, mid-morning UTC. */
export const START = '2026-03-04T09:30:00.000Z';
export const DEFAULT_BASE_URL = 'http://localhost:3000';
export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const CODE_PATTERN = /^[0-9A-Za-z]{7}$/;
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

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

/** A random source that yields these 7-character codes, one per 7 calls, in order (the middle of each digit's range). */
export function randomFor(...codes: string[]): ScriptedRandom {
  return scripted(codes.flatMap((code) => [...code].map((char) => (ALPHABET.indexOf(char) + 0.5) / ALPHABET.length)));
}

export function start(options: { dbFile?: string; clock?: FakeClock; start?: string; random?: () => number; baseUrl?: string; webDist?: string } = {}): Promise<StartedDbApp> {
  const extra: Record<string, unknown> = {};
  if (options.random) extra.random = options.random;
  if (options.baseUrl) extra.baseUrl = options.baseUrl;
  if (options.webDist) extra.webDist = options.webDist;
  return startDbApp({ ...(options.dbFile ? { dbFile: options.dbFile } : {}), ...(options.clock ? { clock: options.clock } : {}), start: options.start ?? START, extra });
}

export function expectLink(res: HttpResponse, status = 200): LinkJson {
  expectStatus(res, status);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: a link has exactly the fields ${LINK_FIELDS.join(', ')}`).toEqual(LINK_FIELDS);
  return res.json as LinkJson;
}

export async function createLink(api: TestServer, body: { url: string; alias?: string }): Promise<LinkJson> {
  return expectLink(await api.post('/api/links', { json: body }), 201);
}

export async function listLinks(api: TestServer): Promise<LinkJson[]> {
  const res = await api.get('/api/links');
  expectStatus(res, 200);
  expect(Object.keys((res.json as object) ?? {}), `${res.request}: the body is { items }`).toEqual(['items']);
  return (res.json as { items: LinkJson[] }).items;
}

export async function getStats(api: TestServer, code: string, query = ''): Promise<StatsJson> {
  const res = await api.get(`/api/links/${code}/stats${query}`);
  expectStatus(res, 200);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: stats have exactly the fields ${STATS_FIELDS.join(', ')}`).toEqual(STATS_FIELDS);
  return res.json as StatsJson;
}

/** GET /<code>: asserts the 302 to `url` (use URLs that res.location() leaves as they are). */
export async function follow(api: TestServer, code: string, url: string, headers: Record<string, string> = {}): Promise<void> {
  const res = await api.get(`/${code}`, { headers });
  expectStatus(res, 302);
  expect(res.headers.get('location'), `${res.request}: Location is the link's url`).toBe(url);
}

/** The learner's table with a foreign key to links: the clicks per day (its name is theirs). */
export function dailyTable(db: RawDb): string {
  for (const table of appTables(db)) {
    const keys = db.prepare(`PRAGMA foreign_key_list(${quoteIdent(table)})`).all() as Array<{ table: string }>;
    if (keys.some((k) => k.table === 'links')) return table;
  }
  throw new Error('no table has a FOREIGN KEY to links: the clicks per day need one (SPEC.md, Interface)');
}

export function dailyRowCount(dbFile: string): number {
  return withRawDb(dbFile, (db) => db.prepare(`SELECT count(*) FROM ${quoteIdent(dailyTable(db))}`).pluck().get() as number);
}

export function linkRowCount(dbFile: string): number {
  return withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM links').pluck().get() as number);
}
