// The hostile-input battery every API suite runs against its own routes (design.md, "Bad input
// every API suite sends"). It sends what attackers and broken clients send: corrupt compressed
// bodies, malformed percent-encoding, invalid UTF-8, deep and huge JSON, prototype keys,
// repeated query parameters, wrong types, wrong methods, oversized ids and headers. Every
// answer must be a 4xx with the JSON error shape (or a success, where the input was in fact
// acceptable): never a 5xx, a hang or a crash.
import { request as httpRequest } from 'node:http';
import { gzipSync, deflateSync } from 'node:zlib';
import { expect } from 'vitest';
import type { TestServer } from './http.js';
import { visible } from './visible.js';

export interface HostileRoute {
  /** GET, POST, PUT, PATCH or DELETE. */
  method: string;
  /** The path as in the Interface, with `:name` for each parameter: `/notes/:id`. */
  path: string;
  /** For a route that reads a JSON body: a valid body, which the battery then corrupts. */
  body?: Record<string, unknown>;
  /** The query parameters the route reads (the battery repeats and malforms them). */
  query?: readonly string[];
}

export interface HostileOptions {
  /** Real values for path parameters (an id that exists), so probes reach the handler's own code. */
  params?: Record<string, string>;
  /** Headers every probe carries (a session cookie, an API key). */
  headers?: Record<string, string>;
  /** How long one probe may wait for its answer. */
  timeoutMs?: number;
}

interface Probe {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** What it is, for the report: "corrupt gzip body". */
  what: string;
  /** Node itself answers this one (431 for oversized headers) with no JSON: only <500 is required. */
  transportOnly?: boolean;
}

interface Answer {
  status: number;
  text: string;
}

const PARAM_VALUES: ReadonlyArray<[string, string]> = [
  ['%ZZ', 'malformed percent-encoding'],
  ['%E0%A4%A', 'truncated percent-encoded UTF-8'],
  ['%C0%AF', 'overlong UTF-8'],
  ['%FF%FE', 'invalid UTF-8'],
  ['%00', 'a NUL byte'],
  ['x'.repeat(5000), 'a 5,000-character id'],
  ['..%2F..%2Fetc%2Fpasswd', 'an encoded path traversal'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['-1', 'a negative number'],
  ['1e400', 'a number too large for a double'],
  ['99999999999999999999999', 'an integer beyond 2^64'],
  ['%20', 'a space'],
];

const QUERY_VALUES: ReadonlyArray<[(name: string) => string, string]> = [
  [(n) => `${n}=%ZZ`, 'malformed percent-encoding'],
  [(n) => `${n}=%E0%A4%A`, 'truncated percent-encoded UTF-8'],
  [(n) => `${n}=1&${n}=2`, 'the parameter repeated'],
  [(n) => `${n}[]=1`, 'array syntax'],
  [(n) => `${n}[__proto__][x]=1`, 'nested __proto__'],
  [(n) => `${n}=${'9'.repeat(400)}`, 'a 400-digit value'],
  [(n) => `${n}=`, 'an empty value'],
  [(n) => `${n}`, 'no value at all'],
  [(n) => `${n}=%00`, 'a NUL byte'],
];

function fillPath(path: string, params: Record<string, string>, override?: [string, string]): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_m, name: string) => {
    if (override && override[0] === name) return override[1];
    return params[name] ?? '1';
  });
}

function paramNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
}

const JSON_TYPE = { 'content-type': 'application/json' };

function deepJson(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

function bodyProbes(route: HostileRoute, path: string): Probe[] {
  const body = route.body!;
  const valid = Buffer.from(JSON.stringify(body));
  const gz = gzipSync(valid);
  const probe = (what: string, bytes: Buffer | string, headers: Record<string, string> = JSON_TYPE): Probe => ({
    method: route.method,
    path,
    headers,
    body: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes),
    what,
  });
  const probes: Probe[] = [
    probe('a body that is not JSON', '{"oops": '),
    probe('a corrupt gzip body', Buffer.from('this is not gzip at all'), { ...JSON_TYPE, 'content-encoding': 'gzip' }),
    probe('a truncated gzip body', gz.subarray(0, Math.max(1, gz.length - 6)), { ...JSON_TYPE, 'content-encoding': 'gzip' }),
    probe('a corrupt deflate body', Buffer.from('not deflate either'), { ...JSON_TYPE, 'content-encoding': 'deflate' }),
    probe('a body in an unknown encoding', valid, { ...JSON_TYPE, 'content-encoding': 'x-unknown' }),
    probe('gzip announced for a plain body', valid, { ...JSON_TYPE, 'content-encoding': 'gzip' }),
    probe('a gzip bomb (1 MB of zeros gzipped)', gzipSync(Buffer.alloc(1_000_000, 0x20)), { ...JSON_TYPE, 'content-encoding': 'gzip' }),
    probe('a deflate body of a JSON array', deflateSync(Buffer.from('[1,2,3]')), { ...JSON_TYPE, 'content-encoding': 'deflate' }),
    probe('invalid UTF-8 bytes inside a string', Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')])),
    probe('an unknown charset', valid, { 'content-type': 'application/json; charset=klingon' }),
    probe('UTF-16 announced', valid, { 'content-type': 'application/json; charset=utf-16' }),
    probe('JSON sent as text/plain', valid, { 'content-type': 'text/plain' }),
    probe('JSON without a Content-Type', valid, {}),
    probe('JSON nested 5,000 levels deep', deepJson(5000)),
    probe('a 3 MB JSON body', JSON.stringify({ ...body, padding: 'x'.repeat(3_000_000) })),
    probe('the JSON literal null', 'null'),
    probe('a JSON array', '[]'),
    probe('a JSON string', '"text"'),
    probe('a JSON number', '42'),
    probe('an empty body', ''),
    probe('a __proto__ key', `{"__proto__":{"polluted":"yes","isAdmin":true},${valid.toString().slice(1)}`),
    probe('a constructor.prototype key', `{"constructor":{"prototype":{"polluted":"yes"}},${valid.toString().slice(1)}`),
    probe('the same key twice', `{${valid.toString().slice(1, -1)}${Object.keys(body).length > 0 ? ',' : ''}${valid.toString().slice(1)}`),
  ];
  const wrongTypes: ReadonlyArray<[unknown, string]> = [
    [null, 'null'],
    [[], 'an array'],
    [{}, 'an object'],
    [{ toString: 'x', valueOf: 1 }, 'an object with toString and valueOf keys'],
    [true, 'true'],
    [12345678901234567890, 'a number beyond 2^53'],
    [-1, '-1'],
    [1.5, '1.5'],
    ['', 'an empty string'],
    ['x'.repeat(100_000), 'a 100,000-character string'],
    ['\u0000\u202e\ud800', 'control and lone-surrogate characters'],
  ];
  for (const key of Object.keys(body)) {
    for (const [value, label] of wrongTypes) {
      probes.push(probe(`"${key}" set to ${label}`, JSON.stringify({ ...body, [key]: value })));
    }
  }
  return probes;
}

function probesFor(route: HostileRoute, options: HostileOptions, allRoutes: readonly HostileRoute[]): Probe[] {
  const params = options.params ?? {};
  const base = options.headers ?? {};
  const path = fillPath(route.path, params);
  const probes: Probe[] = [];
  const withBody = (p: Probe): Probe => ({ ...p, headers: { ...base, ...p.headers } });
  const plainBody = route.body ? { headers: JSON_TYPE, body: Buffer.from(JSON.stringify(route.body)) } : { headers: {} as Record<string, string> };
  for (const name of paramNames(route.path)) {
    for (const [value, label] of PARAM_VALUES) {
      probes.push({ method: route.method, path: fillPath(route.path, params, [name, value]), ...plainBody, headers: { ...base, ...plainBody.headers }, what: `:${name} as ${label}` });
    }
  }
  const queryNames = route.query && route.query.length > 0 ? route.query : ['q'];
  for (const name of queryNames) {
    for (const [make, label] of QUERY_VALUES) {
      probes.push({ method: route.method, path: `${path}?${make(name)}`, ...plainBody, headers: { ...base, ...plainBody.headers }, what: `?${name} with ${label}` });
    }
  }
  probes.push({ method: route.method, path: `${path}?__proto__[polluted]=yes&constructor[prototype][polluted]=yes`, ...plainBody, headers: { ...base, ...plainBody.headers }, what: 'prototype keys in the query' });
  probes.push({ method: route.method, path: `${path}%ZZ`, headers: { ...base }, what: 'malformed percent-encoding at the end of the path' });
  if (route.body) probes.push(...bodyProbes(route, path).map(withBody));
  // Methods this path does not document: a 404 or 405 JSON error, never a 5xx.
  const documented = new Set(allRoutes.filter((r) => r.path === route.path).map((r) => r.method.toUpperCase()));
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    if (!documented.has(method)) probes.push({ method, path, headers: { ...base }, what: `${method}, which ${route.path} does not document` });
  }
  return probes;
}

function send(url: string, probe: Probe, timeoutMs: number): Promise<Answer | { error: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const req = httpRequest({ host: hostname, port, method: probe.method, path: probe.path, headers: { ...probe.headers, ...(probe.body ? { 'content-length': String(probe.body.length) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', (error) => resolve({ error: `the answer broke off (${error.message})` }));
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ error: `no answer within ${timeoutMs / 1000} s (the request hung)` });
    }, timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      // A server that refuses a huge body may close the connection before reading it all: that
      // is a refusal, not a crash, when it has answered first (handled above).
      resolve({ error: `the connection failed (${error.message}): did the app crash?` });
    });
    if (probe.body) req.end(probe.body);
    else req.end();
  });
}

/** The start of a body on one line (an HTML error page would otherwise fill the report). */
function excerpt(text: string): string {
  return visible(text.replace(/\s+/g, ' ').trim().slice(0, 160));
}

function judge(probe: Probe, answer: Answer | { error: string }): string | undefined {
  if ('error' in answer) return answer.error;
  if (answer.status >= 500) return `answered ${answer.status} ${excerpt(answer.text)}`;
  if (answer.status >= 400 && !probe.transportOnly) {
    let parsed: { error?: { code?: unknown; message?: unknown } } | undefined;
    try {
      parsed = JSON.parse(answer.text) as typeof parsed;
    } catch {
      parsed = undefined;
    }
    if (typeof parsed?.error?.code !== 'string' || typeof parsed.error.message !== 'string') {
      return `answered ${answer.status} without the JSON error shape {"error": {"code", "message"}}: ${excerpt(answer.text) || '(empty body)'}`;
    }
  }
  return undefined;
}

function describeProbe(probe: Probe): string {
  const path = probe.path.length > 90 ? `${probe.path.slice(0, 60)}...(${probe.path.length} characters)` : probe.path;
  return `${probe.method} ${visible(path)} (${probe.what})`;
}

/**
 * Sends the hostile-input battery to each route and fails, with every wrong answer listed, when
 * any probe gets a 5xx, no answer, a broken connection, or a 4xx without the JSON error shape,
 * or when a prototype key reached Object.prototype. Routes are as the Interface lists them.
 */
export async function expectHostileInputRefused(api: Pick<TestServer, 'url'>, routes: readonly HostileRoute[], options: HostileOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 4_000;
  const probes = routes.flatMap((route) => probesFor(route, options, routes));
  probes.push({ method: 'GET', path: fillPath(routes[0]?.path ?? '/', options.params ?? {}), headers: { ...options.headers, 'x-oversized': 'x'.repeat(20_000) }, what: 'a 20 KB header', transportOnly: true });
  const problems: string[] = [];
  let hung = 0;
  for (const probe of probes) {
    const problem = judge(probe, await send(api.url, probe, timeoutMs));
    if (problem) problems.push(`${describeProbe(probe)}: ${problem}`);
    if (problem?.includes('did the app crash')) break;
    // Each hang costs the whole wait: three are proof enough, and the learner's time matters.
    if (problem?.includes('the request hung') && ++hung === 3) {
      problems.push('(the battery stopped after three requests that got no answer)');
      break;
    }
  }
  const polluted = ({} as Record<string, unknown>).polluted !== undefined || ({} as Record<string, unknown>).isAdmin !== undefined;
  if (polluted) {
    delete (Object.prototype as Record<string, unknown>).polluted;
    delete (Object.prototype as Record<string, unknown>).isAdmin;
    problems.unshift('a __proto__ or constructor.prototype key reached Object.prototype: copy request data into objects key by key, or validate it first');
  }
  const shown = problems.slice(0, 12);
  const more = problems.length > shown.length ? `\n  ...and ${problems.length - shown.length} more` : '';
  expect(
    problems.length,
    `${problems.length} of ${probes.length} hostile requests were answered wrongly:\n  ${shown.join('\n  ')}${more}\n` +
      'Bad input must get a 4xx answer with the JSON error shape of the Interface, never a 5xx (an exception let through), a hang or a crash.',
  ).toBe(0);
}
