// Hidden suite for p17 Request inspector. It drives the app over real HTTP on a loopback port and
// uses only what SPEC.md's Interface section promises: createApp(options) in src/app.ts, the
// routes, status codes, headers, body shapes and error codes. Wording of messages is never checked.
import { request as httpRequest } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { expectApiError, expectHostileInputRefused, expectJson, expectStatus, load, serve, type AppLike, type HttpResponse, type TestServer } from '#testkit';

interface AppOptions {
  trustProxy?: boolean | number | string[];
  allowedOrigins?: string[];
  maxBodyBytes?: number;
}

interface AppModule {
  createApp: (options?: AppOptions) => AppLike;
}

interface Inspection {
  method?: unknown;
  path?: unknown;
  query?: unknown;
  headers?: Record<string, unknown>;
  body?: unknown;
  ip?: unknown;
  protocol?: unknown;
  userAgent?: { raw?: unknown; browser?: unknown };
  contentLength?: unknown;
}

const APP = 'https://app.example';
const ADMIN = 'http://localhost:5173';

/** Builds a fresh app from the implementation and serves it for this check. */
async function start(options?: AppOptions): Promise<TestServer> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  return serve(options === undefined ? createApp() : createApp(options));
}

/**
 * Sends a body exactly as given, with exactly these headers, and names the headers in the
 * request description that assertion messages show (they matter as much as the body here).
 */
async function send(server: TestServer, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<HttpResponse> {
  const res = await server.request(method, path, { ...(body === undefined ? {} : { body }), headers });
  const sent = Object.entries(headers).map(([name, value]) => `${name}: ${value.slice(0, 60)}`);
  return { ...res, request: `${res.request.split(' [')[0]} (${sent.length > 0 ? sent.join('; ') : 'no extra headers'})${typeof body === 'string' ? ` ${body.slice(0, 80)}` : body ? ` <${body.length} bytes>` : ''}` };
}

/** Asserts a 200 JSON answer of /inspect and returns what it says. */
function inspection(res: HttpResponse): Inspection {
  expectStatus(res, 200);
  expectJson(res);
  return (res.json ?? {}) as Inspection;
}

async function inspect(server: TestServer, method: string, body?: string | Buffer, headers: Record<string, string> = {}, path = '/inspect'): Promise<{ res: HttpResponse; seen: Inspection }> {
  const res = await send(server, method, path, body, headers);
  return { res, seen: inspection(res) };
}

async function ipOf(server: TestServer, headers: Record<string, string>): Promise<unknown> {
  const res = await send(server, 'GET', '/ip', undefined, headers);
  expectStatus(res, 200);
  expectJson(res);
  return (res.json as { ip?: unknown } | undefined)?.ip;
}

/** A GET with no User-Agent at all (fetch always adds one): plain node:http. */
function getWithoutUserAgent(server: TestServer, path: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { method: 'GET', agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as unknown }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function listOf(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '')
    .sort();
}

function expectHeader(res: HttpResponse, name: string, value: string): void {
  expect(res.headers.get(name), `${res.request}: the ${name} header`).toBe(value);
}

function expectNoHeader(res: HttpResponse, name: string): void {
  expect(res.headers.get(name), `${res.request}: there should be no ${name} header`).toBeNull();
}

function expectVaryOrigin(res: HttpResponse): void {
  expect(listOf(res.headers.get('vary')), `${res.request}: the Vary header should list Origin`).toContain('origin');
}

function preflight(server: TestServer, origin: string, method = 'PUT', extra: Record<string, string> = {}, path = '/inspect'): Promise<HttpResponse> {
  return send(server, 'OPTIONS', path, undefined, { origin, 'access-control-request-method': method, ...extra });
}

describe('Task 1: Echo the request', () => {
  it('GET /inspect answers 200 JSON with what the server saw', async () => {
    const server = await start();
    const { res, seen } = await inspect(server, 'GET');
    expect(seen.method, `${res.request}: method`).toBe('GET');
    expect(seen.path, `${res.request}: path`).toBe('/inspect');
    expect(seen.query, `${res.request}: query`).toEqual({});
    expect(seen.body, `${res.request}: body (no body was sent)`).toBeNull();
    expect(seen.contentLength, `${res.request}: contentLength (no Content-Length was sent)`).toBeNull();
    expect(seen.ip, `${res.request}: ip`).toBe('127.0.0.1');
    expect(seen.protocol, `${res.request}: protocol`).toBe('http');
  });

  it('every method is echoed', async () => {
    const server = await start();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      const { res, seen } = await inspect(server, method);
      expect(seen.method, `${res.request}: method`).toBe(method);
    }
  });

  it('HEAD /inspect answers 200 with the headers of a GET and no body', async () => {
    const server = await start();
    const res = await send(server, 'HEAD', '/inspect');
    expectStatus(res, 200);
    expectJson(res);
    expect(res.text, `${res.request}: the body should be empty`).toBe('');
  });

  it('the query string is parsed: a string per key, an array when repeated', async () => {
    const server = await start();
    const { res, seen } = await inspect(server, 'GET', undefined, {}, '/inspect?a=1&b=two&a=3&q=hello+world&e=%C3%AB&flag');
    expect(seen.query, `${res.request}: query`).toEqual({ a: ['1', '3'], b: 'two', q: 'hello world', e: 'ë', flag: '' });
    expect(seen.path, `${res.request}: path (without the query string)`).toBe('/inspect');
  });

  it('headers are echoed with lower-case names and their values unchanged', async () => {
    const server = await start();
    const { res, seen } = await inspect(server, 'GET', undefined, { 'X-Request-Id': 'Abc-123', Accept: 'application/json' });
    expect(seen.headers?.['x-request-id'], `${res.request}: headers["x-request-id"]`).toBe('Abc-123');
    expect(seen.headers?.accept, `${res.request}: headers.accept`).toBe('application/json');
    expect(seen.headers?.['X-Request-Id'], `${res.request}: header names are lower case`).toBeUndefined();
  });

  it('Authorization and Cookie are redacted, never echoed', async () => {
    const server = await start();
    const { res, seen } = await inspect(server, 'GET', undefined, { Authorization: 'Bearer s3cret-token', Cookie: 'session=s3cret-cookie', 'X-Api-Version': '2' });
    expect(seen.headers?.authorization, `${res.request}: headers.authorization`).toBe('[redacted]');
    expect(seen.headers?.cookie, `${res.request}: headers.cookie`).toBe('[redacted]');
    expect(seen.headers?.['x-api-version'], `${res.request}: other headers are kept`).toBe('2');
    expect(res.text, `${res.request}: the secrets must not appear anywhere in the answer`).not.toMatch(/s3cret/);
  });

  it('injection-looking header values are echoed as data, never as response headers', async () => {
    const server = await start();
    const evil = 'a; Set-Cookie: admin=1';
    const script = '<script>alert(1)</script>';
    const { res, seen } = await inspect(server, 'GET', undefined, { 'x-evil': evil, 'x-script': script });
    expect(seen.headers?.['x-evil'], `${res.request}: headers["x-evil"]`).toBe(evil);
    expect(seen.headers?.['x-script'], `${res.request}: headers["x-script"]`).toBe(script);
    expectNoHeader(res, 'set-cookie');
    expectNoHeader(res, 'x-evil');
    expectJson(res);
  });

  it('contentLength is the Content-Length header as a number of bytes', async () => {
    const server = await start();
    const { res, seen } = await inspect(server, 'POST', 'héllo', { 'content-type': 'text/plain' });
    expect(seen.contentLength, `${res.request}: contentLength (é is 2 bytes)`).toBe(6);
    const empty = await inspect(server, 'POST', '', { 'content-type': 'text/plain' });
    expect(empty.seen.contentLength, `${empty.res.request}: contentLength`).toBe(0);
  });

  it('an unknown path is a JSON 404 not_found, whatever the method', async () => {
    const server = await start();
    expectApiError(await send(server, 'GET', '/nope'), 404, 'not_found');
    expectApiError(await send(server, 'GET', '/inspect/deeper'), 404, 'not_found');
    expectApiError(await send(server, 'POST', '/', '{"a":1}', { 'content-type': 'application/json' }), 404, 'not_found');
  });
});

describe('Task 2: Parse the body', () => {
  it('a JSON body is parsed, whatever JSON value it is', async () => {
    const server = await start();
    const object = { name: 'Ada', tags: ['a', 'b'], nested: { n: 1, ok: true, none: null } };
    const { res, seen } = await inspect(server, 'POST', JSON.stringify(object), { 'content-type': 'application/json' });
    expect(seen.body, `${res.request}: body`).toEqual(object);
    const withCharset = await inspect(server, 'PUT', '[1,"zoë"]', { 'content-type': 'Application/JSON; charset=utf-8' });
    expect(withCharset.seen.body, `${withCharset.res.request}: body`).toEqual([1, 'zoë']);
    const spaced = await inspect(server, 'POST', '{"ok": 1}', { 'content-type': 'application/json ; charset=utf-8' });
    expect(spaced.seen.body, `${spaced.res.request}: body`).toEqual({ ok: 1 });
    const bare = await inspect(server, 'POST', '"just a string"', { 'content-type': 'application/json' });
    expect(bare.seen.body, `${bare.res.request}: body`).toBe('just a string');
    const number = await inspect(server, 'PATCH', '42', { 'content-type': 'application/json' });
    expect(number.seen.body, `${number.res.request}: body`).toBe(42);
  });

  it('malformed JSON is a 400 invalid_json', async () => {
    const server = await start();
    for (const body of ['{"name": "Ada"', "{name: 'Ada'}", '{"a": 1,}', 'name=Ada', '{"a":1}}', 'undefined']) {
      expectApiError(await send(server, 'POST', '/inspect', body, { 'content-type': 'application/json' }), 400, 'invalid_json');
    }
  });

  it('a form body becomes an object, with arrays for repeated fields', async () => {
    const server = await start();
    const { res, seen } = await inspect(server, 'POST', 'name=Ada+Lovelace&tag=a&tag=b&city=Z%C3%BCrich&empty=', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(seen.body, `${res.request}: body`).toEqual({ name: 'Ada Lovelace', tag: ['a', 'b'], city: 'Zürich', empty: '' });
    const three = await inspect(server, 'POST', 'x=1&x=2&x=3', { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' });
    expect(three.seen.body, `${three.res.request}: body`).toEqual({ x: ['1', '2', '3'] });
  });

  it('form and JSON fields named __proto__ or constructor are plain data', async () => {
    const server = await start();
    const form = await inspect(server, 'POST', '__proto__=x&constructor=y&toString=z', { 'content-type': 'application/x-www-form-urlencoded' });
    const body = form.seen.body as Record<string, unknown>;
    expect(Object.keys(body).sort(), `${form.res.request}: the keys of body`).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(body, '__proto__')?.value, `${form.res.request}: body.__proto__`).toBe('x');
    expect(body.constructor, `${form.res.request}: body.constructor`).toBe('y');
    const json = await inspect(server, 'POST', '{"__proto__": {"polluted": true}}', { 'content-type': 'application/json' });
    expect(Object.keys(json.seen.body as object), `${json.res.request}: the keys of body`).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype after these requests').toBeUndefined();
  });

  it('a text/* body is a string', async () => {
    const server = await start();
    const plain = await inspect(server, 'POST', 'hello, wörld 👋', { 'content-type': 'text/plain' });
    expect(plain.seen.body, `${plain.res.request}: body`).toBe('hello, wörld 👋');
    const csv = await inspect(server, 'POST', 'a,b\n1,2\n', { 'content-type': 'text/csv; charset=utf-8' });
    expect(csv.seen.body, `${csv.res.request}: body`).toBe('a,b\n1,2\n');
    const html = await inspect(server, 'POST', '<b>{not json}</b>', { 'content-type': 'text/html' });
    expect(html.seen.body, `${html.res.request}: body`).toBe('<b>{not json}</b>');
  });

  it('any other body is described by its size: { bytes: n }', async () => {
    const server = await start();
    const png = await inspect(server, 'POST', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), { 'content-type': 'image/png' });
    expect(png.seen.body, `${png.res.request}: body`).toEqual({ bytes: 7 });
    const octets = await inspect(server, 'PUT', '{"looks": "like json"}', { 'content-type': 'application/octet-stream' });
    expect(octets.seen.body, `${octets.res.request}: body`).toEqual({ bytes: 22 });
    const untyped = await inspect(server, 'POST', Buffer.from('no content type'));
    expect(untyped.seen.body, `${untyped.res.request}: body (no Content-Type)`).toEqual({ bytes: 15 });
  });

  it('only the exact media types application/json and the form type are parsed', async () => {
    const server = await start();
    for (const type of ['application/ld+json', 'application/json-patch+json', 'application/vnd.api+json', 'text/json+x']) {
      const body = '{"a": 1}';
      const { res, seen } = await inspect(server, 'POST', body, { 'content-type': type });
      const expected = type.startsWith('text/') ? body : { bytes: 8 };
      expect(seen.body, `${res.request}: body (the SPEC parses JSON only for the media type application/json; text/* is a string, anything else { bytes })`).toEqual(expected);
    }
    const notForm = await inspect(server, 'POST', 'a=1&b=2', { 'content-type': 'application/x-www-form-urlencoded-ish' });
    expect(notForm.seen.body, `${notForm.res.request}: body (not the form media type: { bytes })`).toEqual({ bytes: 7 });
  });

  it('an empty body is null, whatever its Content-Type', async () => {
    const server = await start();
    for (const type of ['application/json', 'application/x-www-form-urlencoded', 'text/plain', 'application/octet-stream']) {
      const { res, seen } = await inspect(server, 'POST', '', { 'content-type': type });
      expect(seen.body, `${res.request}: body`).toBeNull();
    }
  });

  it('a body of exactly maxBodyBytes is read, one byte more is a 413', async () => {
    const server = await start({ maxBodyBytes: 100 });
    const { res, seen } = await inspect(server, 'POST', 'x'.repeat(100), { 'content-type': 'text/plain' });
    expect(seen.body, `${res.request}: body`).toBe('x'.repeat(100));
    expectApiError(await send(server, 'POST', '/inspect', 'x'.repeat(101), { 'content-type': 'text/plain' }), 413, 'payload_too_large');
    expectApiError(await send(server, 'POST', '/inspect', Buffer.alloc(101)), 413, 'payload_too_large');
  });

  it('the limit counts bytes, not characters', async () => {
    const server = await start({ maxBodyBytes: 100 });
    // 60 characters, 120 bytes.
    expectApiError(await send(server, 'POST', '/inspect', 'é'.repeat(60), { 'content-type': 'text/plain' }), 413, 'payload_too_large');
  });

  it('the default limit is 16 KiB', async () => {
    const server = await start();
    const { res, seen } = await inspect(server, 'POST', Buffer.alloc(16 * 1024), { 'content-type': 'application/octet-stream' });
    expect(seen.body, `${res.request}: body`).toEqual({ bytes: 16384 });
    expectApiError(await send(server, 'POST', '/inspect', Buffer.alloc(16 * 1024 + 1), { 'content-type': 'application/octet-stream' }), 413, 'payload_too_large');
    expectApiError(await send(server, 'POST', '/inspect', JSON.stringify({ big: 'x'.repeat(1_000_000) }), { 'content-type': 'application/json' }), 413, 'payload_too_large');
  });

  it('gzip and deflate bodies are decompressed', async () => {
    const server = await start();
    const gz = gzipSync(Buffer.from('{"zipped": true}'));
    const gzipped = await inspect(server, 'POST', gz, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(gzipped.seen.body, `${gzipped.res.request}: body`).toEqual({ zipped: true });
    expect(gzipped.seen.contentLength, `${gzipped.res.request}: contentLength (the compressed size sent)`).toBe(gz.length);
    const deflated = await inspect(server, 'POST', deflateSync(Buffer.from('deflated text')), { 'content-type': 'text/plain', 'content-encoding': 'deflate' });
    expect(deflated.seen.body, `${deflated.res.request}: body`).toBe('deflated text');
  });

  it('br and identity bodies are read too', async () => {
    const server = await start();
    const br = await inspect(server, 'POST', brotliCompressSync(Buffer.from('{"brotli": 1}')), { 'content-type': 'application/json', 'content-encoding': 'br' });
    expect(br.seen.body, `${br.res.request}: body (br is decompressed)`).toEqual({ brotli: 1 });
    const identity = await inspect(server, 'POST', 'as it is', { 'content-type': 'text/plain', 'content-encoding': 'identity' });
    expect(identity.seen.body, `${identity.res.request}: body (identity means not compressed)`).toBe('as it is');
  });

  it('the limit applies to the decompressed size (a small zip bomb is a 413)', async () => {
    const server = await start();
    const bomb = gzipSync(Buffer.alloc(200_000));
    expect(bomb.length, 'the compressed test body').toBeLessThan(16 * 1024);
    expectApiError(await send(server, 'POST', '/inspect', bomb, { 'content-type': 'application/octet-stream', 'content-encoding': 'gzip' }), 413, 'payload_too_large');
  });

  it('an unsupported Content-Encoding is a 415 unsupported_media_type', async () => {
    const server = await start();
    for (const encoding of ['snappy', 'compress', 'x-custom']) {
      expectApiError(await send(server, 'POST', '/inspect', '{"a": 1}', { 'content-type': 'application/json', 'content-encoding': encoding }), 415, 'unsupported_media_type');
    }
  });

  it('a compressed body that does not decompress is a 400 invalid_body', async () => {
    const server = await start();
    const res = await send(server, 'POST', '/inspect', Buffer.from('this is not gzip at all'), { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    expectApiError(res, 400, 'invalid_body');
  });
  it('hostile input to /inspect is refused with a JSON 4xx, never a 5xx', async () => {
    const server = await start();
    // /inspect answers every method; a POST reads JSON (among other bodies).
    await expectHostileInputRefused(server, [
      { method: 'GET', path: '/inspect', query: ['tag'] },
      { method: 'POST', path: '/inspect', body: { name: 'Ada', tags: ['x'] } },
      { method: 'PUT', path: '/inspect' },
      { method: 'PATCH', path: '/inspect' },
      { method: 'DELETE', path: '/inspect' },
    ]);
  });
});

describe('Task 3: Recognise the user agent', () => {
  const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
  const EDGE = `${CHROME} Edg/124.0.2478.51`;
  const OPERA = `${CHROME} OPR/110.0.0.0`;
  const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';
  const SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';

  async function userAgentOf(server: TestServer, ua: string): Promise<Inspection['userAgent']> {
    const { res, seen } = await inspect(server, 'GET', undefined, { 'user-agent': ua });
    expect(seen.userAgent?.raw, `${res.request}: userAgent.raw`).toBe(ua);
    return seen.userAgent;
  }

  it('Chrome, Firefox and Safari are recognised', async () => {
    const server = await start();
    expect((await userAgentOf(server, CHROME))?.browser, `User-Agent: ${CHROME}`).toBe('Chrome');
    expect((await userAgentOf(server, FIREFOX))?.browser, `User-Agent: ${FIREFOX}`).toBe('Firefox');
    expect((await userAgentOf(server, SAFARI))?.browser, `User-Agent: ${SAFARI}`).toBe('Safari');
  });

  it('Edge and Opera win over the Chrome and Safari tokens they also contain', async () => {
    const server = await start();
    expect((await userAgentOf(server, EDGE))?.browser, `User-Agent: ${EDGE}`).toBe('Edge');
    expect((await userAgentOf(server, OPERA))?.browser, `User-Agent: ${OPERA}`).toBe('Opera');
  });

  it('the first token of the table wins, in the table order, wherever it stands in the header', async () => {
    const server = await start();
    const cases: Array<[string, string]> = [
      ['Test Chrome/124.0 Firefox/125.0', 'Firefox'],
      ['Test Safari/605 Chrome/124.0', 'Chrome'],
      ['Test Firefox/125.0 OPR/110.0', 'Opera'],
      ['Test OPR/110.0 Edg/124.0', 'Edge'],
      ['Test curl/8.5.0 Safari/605', 'Safari'],
    ];
    for (const [ua, browser] of cases) {
      expect((await userAgentOf(server, ua))?.browser, `User-Agent: ${ua} (the table is checked in order Edge, Opera, Firefox, Chrome, Safari, curl)`).toBe(browser);
    }
  });

  it('curl is recognised', async () => {
    const server = await start();
    expect((await userAgentOf(server, 'curl/8.5.0'))?.browser, 'User-Agent: curl/8.5.0').toBe('curl');
  });

  it('an unknown or hostile user agent has browser null and is echoed as it is', async () => {
    const server = await start();
    for (const ua of ['MyBot/1.0', 'node', 'chrome/1.0 firefox/2.0', '<script>alert("ua")</script>']) {
      expect((await userAgentOf(server, ua))?.browser, `User-Agent: ${ua}`).toBeNull();
    }
  });

  it('without a User-Agent header, raw and browser are null', async () => {
    const server = await start();
    const res = await getWithoutUserAgent(server, '/inspect');
    expect(res.status, 'GET /inspect without User-Agent: status').toBe(200);
    expect((res.json as Inspection).userAgent, 'GET /inspect without User-Agent: userAgent').toEqual({ raw: null, browser: null });
  });
});

describe('Task 4: Client IP behind proxies', () => {
  it('by default X-Forwarded-For is ignored: the ip is the socket address', async () => {
    const server = await start();
    expect(await ipOf(server, { 'x-forwarded-for': '1.2.3.4' }), 'GET /ip [X-Forwarded-For: 1.2.3.4] with the default trustProxy').toBe('127.0.0.1');
    const { res, seen } = await inspect(server, 'GET', undefined, { 'x-forwarded-for': '6.6.6.6, 1.2.3.4' });
    expect(seen.ip, `${res.request}: ip`).toBe('127.0.0.1');
    const explicit = await start({ trustProxy: false });
    expect(await ipOf(explicit, { 'x-forwarded-for': '1.2.3.4' }), 'GET /ip [X-Forwarded-For: 1.2.3.4] with trustProxy: false').toBe('127.0.0.1');
  });

  it('with trustProxy: 1 the last hop is the client, whatever the client wrote before it', async () => {
    const server = await start({ trustProxy: 1 });
    expect(await ipOf(server, { 'x-forwarded-for': '1.2.3.4' }), 'GET /ip [X-Forwarded-For: 1.2.3.4] with trustProxy: 1').toBe('1.2.3.4');
    expect(await ipOf(server, { 'x-forwarded-for': '6.6.6.6, 1.2.3.4' }), 'GET /ip [X-Forwarded-For: 6.6.6.6, 1.2.3.4] (6.6.6.6 is spoofed) with trustProxy: 1').toBe('1.2.3.4');
    expect(await ipOf(server, {}), 'GET /ip without X-Forwarded-For, trustProxy: 1').toBe('127.0.0.1');
  });

  it('with trustProxy: 2 the second hop from the right is the client', async () => {
    const server = await start({ trustProxy: 2 });
    expect(await ipOf(server, { 'x-forwarded-for': '5.5.5.5, 6.6.6.6, 1.2.3.4' }), 'GET /ip [X-Forwarded-For: 5.5.5.5, 6.6.6.6, 1.2.3.4] with trustProxy: 2').toBe('6.6.6.6');
    expect(await ipOf(server, { 'x-forwarded-for': '1.2.3.4' }), 'GET /ip [X-Forwarded-For: 1.2.3.4] with trustProxy: 2 (a shorter chain)').toBe('1.2.3.4');
  });

  it('with trusted addresses the client is the right-most untrusted address', async () => {
    const server = await start({ trustProxy: ['127.0.0.1'] });
    expect(await ipOf(server, { 'x-forwarded-for': '6.6.6.6, 1.2.3.4' }), "GET /ip [X-Forwarded-For: 6.6.6.6, 1.2.3.4] with trustProxy: ['127.0.0.1']").toBe('1.2.3.4');
    const twoProxies = await start({ trustProxy: ['127.0.0.1', '10.0.0.0/8'] });
    expect(await ipOf(twoProxies, { 'x-forwarded-for': '6.6.6.6, 1.2.3.4, 10.1.2.3' }), "GET /ip [X-Forwarded-For: 6.6.6.6, 1.2.3.4, 10.1.2.3] with trustProxy: ['127.0.0.1', '10.0.0.0/8']").toBe('1.2.3.4');
    expect(await ipOf(twoProxies, { 'x-forwarded-for': '10.9.9.9' }), "GET /ip [X-Forwarded-For: 10.9.9.9] with trustProxy: ['127.0.0.1', '10.0.0.0/8']").toBe('10.9.9.9');
  });

  it('when the direct peer is not trusted, X-Forwarded-For is ignored', async () => {
    const server = await start({ trustProxy: ['10.0.0.1', '192.168.0.0/16'] });
    expect(await ipOf(server, { 'x-forwarded-for': '1.2.3.4' }), "GET /ip [X-Forwarded-For: 1.2.3.4] with trustProxy: ['10.0.0.1', '192.168.0.0/16']").toBe('127.0.0.1');
  });

  it('with trustProxy: true the left-most address is the client', async () => {
    const server = await start({ trustProxy: true });
    expect(await ipOf(server, { 'x-forwarded-for': '6.6.6.6, 1.2.3.4' }), 'GET /ip [X-Forwarded-For: 6.6.6.6, 1.2.3.4] with trustProxy: true').toBe('6.6.6.6');
  });

  it('X-Forwarded-Proto is believed only from a trusted peer', async () => {
    const untrusted = await start();
    const before = await inspect(untrusted, 'GET', undefined, { 'x-forwarded-proto': 'https' });
    expect(before.seen.protocol, `${before.res.request} with the default trustProxy: protocol`).toBe('http');
    const trusted = await start({ trustProxy: 1 });
    const after = await inspect(trusted, 'GET', undefined, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '1.2.3.4' });
    expect(after.seen.protocol, `${after.res.request} with trustProxy: 1: protocol`).toBe('https');
    expect(after.seen.ip, `${after.res.request} with trustProxy: 1: ip`).toBe('1.2.3.4');
  });

  it('X-Real-IP and Forwarded are not read', async () => {
    const server = await start({ trustProxy: 1 });
    expect(await ipOf(server, { 'x-real-ip': '6.6.6.6', forwarded: 'for=6.6.6.6;proto=https' }), 'GET /ip [X-Real-IP: 6.6.6.6, Forwarded: for=6.6.6.6] with trustProxy: 1').toBe('127.0.0.1');
  });

  it('GET and HEAD /ip answer; other methods are a 405 with Allow', async () => {
    const server = await start();
    const head = await send(server, 'HEAD', '/ip');
    expectStatus(head, 200);
    expect(head.text, `${head.request}: the body should be empty`).toBe('');
    for (const method of ['POST', 'DELETE']) {
      const res = await send(server, method, '/ip', '{}', { 'content-type': 'application/json' });
      expectApiError(res, 405, 'method_not_allowed');
      expect(listOf(res.headers.get('allow')), `${res.request}: the Allow header`).toEqual(['get', 'head']);
    }
  });
  it('hostile input to /ip is refused with a JSON 4xx, never a 5xx', async () => {
    const server = await start({ trustProxy: 1 });
    await expectHostileInputRefused(server, [{ method: 'GET', path: '/ip' }], { headers: { 'x-forwarded-for': '6.6.6.6, %ZZ, 1.2.3.4' } });
  });
});

describe('Task 5: CORS headers', () => {
  it('an allowed origin gets itself back, with credentials and Vary: Origin', async () => {
    const server = await start({ allowedOrigins: [APP, ADMIN] });
    for (const origin of [APP, ADMIN]) {
      const { res } = await inspect(server, 'GET', undefined, { origin });
      expectHeader(res, 'access-control-allow-origin', origin);
      expectHeader(res, 'access-control-allow-credentials', 'true');
      expectVaryOrigin(res);
    }
    const post = await inspect(server, 'POST', '{"a":1}', { origin: ADMIN, 'content-type': 'application/json' });
    expectHeader(post.res, 'access-control-allow-origin', ADMIN);
    expect((await send(server, 'GET', '/ip', undefined, { origin: APP })).headers.get('access-control-allow-origin'), `GET /ip [Origin: ${APP}]: Access-Control-Allow-Origin`).toBe(APP);
  });

  it('a disallowed origin is still answered, without CORS headers', async () => {
    const server = await start({ allowedOrigins: [APP] });
    for (const origin of ['https://evil.example', 'https://app.example.evil.com', 'http://app.example', 'https://app.example:8443', 'https://evil.com/https://app.example', 'null']) {
      const { res, seen } = await inspect(server, 'GET', undefined, { origin });
      expect(seen.headers?.origin, `${res.request}: headers.origin`).toBe(origin);
      expectNoHeader(res, 'access-control-allow-origin');
      expectNoHeader(res, 'access-control-allow-credentials');
    }
  });

  it('a request without Origin gets no CORS headers', async () => {
    const server = await start({ allowedOrigins: [APP] });
    const { res } = await inspect(server, 'GET');
    expectNoHeader(res, 'access-control-allow-origin');
  });

  it('by default no origin is allowed', async () => {
    const server = await start();
    const { res } = await inspect(server, 'GET', undefined, { origin: APP });
    expectNoHeader(res, 'access-control-allow-origin');
    expectNoHeader(res, 'access-control-allow-credentials');
  });

  it('"*" allows every origin, with Access-Control-Allow-Origin: * and never credentials', async () => {
    const server = await start({ allowedOrigins: ['*'] });
    for (const origin of ['https://anyone.example', APP]) {
      const { res } = await inspect(server, 'GET', undefined, { origin, cookie: 'session=1' });
      expectHeader(res, 'access-control-allow-origin', '*');
      expectNoHeader(res, 'access-control-allow-credentials');
    }
    const { res } = await inspect(server, 'GET');
    expectNoHeader(res, 'access-control-allow-origin');
  });

  it('error answers carry the CORS headers too', async () => {
    const server = await start({ allowedOrigins: [APP] });
    const missing = await send(server, 'GET', '/nope', undefined, { origin: APP });
    expectApiError(missing, 404, 'not_found');
    expectHeader(missing, 'access-control-allow-origin', APP);
    const broken = await send(server, 'POST', '/inspect', '{"a":', { origin: APP, 'content-type': 'application/json' });
    expectApiError(broken, 400, 'invalid_json');
    expectHeader(broken, 'access-control-allow-origin', APP);
  });

  it('apps do not share their allowed origins', async () => {
    const first = await start({ allowedOrigins: [APP] });
    const second = await start({ allowedOrigins: [ADMIN] });
    const res = (await inspect(second, 'GET', undefined, { origin: APP })).res;
    expectNoHeader(res, 'access-control-allow-origin');
    expectHeader((await inspect(first, 'GET', undefined, { origin: APP })).res, 'access-control-allow-origin', APP);
  });
});

describe('Task 6: CORS preflight', () => {
  it('a preflight from an allowed origin is a 204 with the CORS answer', async () => {
    const server = await start({ allowedOrigins: [APP] });
    const res = await preflight(server, APP, 'PUT', { 'access-control-request-headers': 'content-type' });
    expectStatus(res, 204);
    expect(res.text, `${res.request}: the body should be empty`).toBe('');
    expectHeader(res, 'access-control-allow-origin', APP);
    expectHeader(res, 'access-control-allow-credentials', 'true');
    expectHeader(res, 'access-control-max-age', '600');
    expectVaryOrigin(res);
    expect(listOf(res.headers.get('access-control-allow-methods')), `${res.request}: Access-Control-Allow-Methods`).toEqual(['delete', 'get', 'head', 'patch', 'post', 'put']);
    expect(listOf(res.headers.get('access-control-allow-headers')), `${res.request}: Access-Control-Allow-Headers`).toEqual(['content-type']);
  });

  it('Allow-Headers lists only the requested headers that are allowed', async () => {
    const server = await start({ allowedOrigins: [APP] });
    const mixed = await preflight(server, APP, 'POST', { 'access-control-request-headers': 'Content-Type, X-Evil,authorization , X-Request-Id' });
    expectStatus(mixed, 204);
    expect(listOf(mixed.headers.get('access-control-allow-headers')), `${mixed.request}: Access-Control-Allow-Headers`).toEqual(['authorization', 'content-type', 'x-request-id']);
    const none = await preflight(server, APP, 'POST', { 'access-control-request-headers': 'x-evil, x-admin' });
    expectStatus(none, 204);
    expect(listOf(none.headers.get('access-control-allow-headers')), `${none.request}: Access-Control-Allow-Headers`).toEqual([]);
    const unasked = await preflight(server, APP, 'GET');
    expect(listOf(unasked.headers.get('access-control-allow-headers')), `${unasked.request}: Access-Control-Allow-Headers`).toEqual([]);
  });

  it('the requested method is never reflected', async () => {
    const server = await start({ allowedOrigins: [APP] });
    const res = await preflight(server, APP, 'PROPFIND');
    expectStatus(res, 204);
    expect(listOf(res.headers.get('access-control-allow-methods')), `${res.request}: Access-Control-Allow-Methods`).toEqual(['delete', 'get', 'head', 'patch', 'post', 'put']);
  });

  it('a preflight from a disallowed origin is a 403 forbidden without CORS headers', async () => {
    const server = await start({ allowedOrigins: [APP] });
    for (const origin of ['https://evil.example', 'https://app.example.evil.com']) {
      const res = await preflight(server, origin);
      expectApiError(res, 403, 'forbidden');
      expectNoHeader(res, 'access-control-allow-origin');
      expectNoHeader(res, 'access-control-allow-methods');
    }
    const closed = await start();
    expectApiError(await preflight(closed, APP), 403, 'forbidden');
  });

  it('a preflight under "*" is allowed without credentials', async () => {
    const server = await start({ allowedOrigins: ['*'] });
    const res = await preflight(server, 'https://anyone.example', 'DELETE');
    expectStatus(res, 204);
    expectHeader(res, 'access-control-allow-origin', '*');
    expectHeader(res, 'access-control-max-age', '600');
    expectNoHeader(res, 'access-control-allow-credentials');
  });

  it('preflights work on /ip too', async () => {
    const server = await start({ allowedOrigins: [APP] });
    const res = await preflight(server, APP, 'GET', {}, '/ip');
    expectStatus(res, 204);
    expectHeader(res, 'access-control-allow-origin', APP);
  });

  it('OPTIONS without Access-Control-Request-Method or without Origin is not a preflight', async () => {
    const server = await start({ allowedOrigins: [APP] });
    const plain = await inspect(server, 'OPTIONS', undefined, { origin: APP });
    expect(plain.seen.method, `${plain.res.request}: method`).toBe('OPTIONS');
    expectHeader(plain.res, 'access-control-allow-origin', APP);
    const noOrigin = await inspect(server, 'OPTIONS', undefined, { 'access-control-request-method': 'PUT' });
    expect(noOrigin.seen.method, `${noOrigin.res.request}: method`).toBe('OPTIONS');
    expectApiError(await send(server, 'OPTIONS', '/ip', undefined, { origin: APP }), 405, 'method_not_allowed');
  });

  it('only OPTIONS can be a preflight: a GET with Access-Control-Request-Method is answered', async () => {
    const server = await start({ allowedOrigins: [APP] });
    const { res, seen } = await inspect(server, 'GET', undefined, { origin: APP, 'access-control-request-method': 'PUT' });
    expect(seen.method, `${res.request}: method`).toBe('GET');
    expectHeader(res, 'access-control-allow-origin', APP);
    expectNoHeader(res, 'access-control-max-age');
  });
});
