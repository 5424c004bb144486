// Hidden suite for p11 Hello API. It drives the app over real HTTP on a loopback port and uses
// only what SPEC.md's Interface section promises: createApp(options) in src/app.ts, the routes,
// status codes, headers, body shapes and error codes. Wording of messages is never checked.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectJson, expectStatus, fakeClock, load, serve, type AppLike, type FakeClock, type HttpResponse, type TestServer } from '#testkit';

interface AppOptions {
  now?: () => Date;
}

interface AppModule {
  createApp: (options?: AppOptions) => AppLike;
}

/** Far from the real date, so an app that reads the system clock is caught. */
const START = '2031-05-04T03:02:01.250Z';

/** Builds a fresh app from the implementation and serves it for this check. */
async function start(clock: FakeClock = fakeClock(START)): Promise<TestServer> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  return serve(createApp({ now: clock.now }));
}

function head(server: TestServer, path: string): Promise<HttpResponse> {
  return server.request('HEAD', path);
}

/** Every validation error of this API is about the name, unless a check says otherwise. */
function expectInvalidName(res: HttpResponse): void {
  expectInvalid(res, 'name');
}

/** Asserts a 200 JSON greeting and returns its `greeting` field. */
function greetingOf(res: HttpResponse): unknown {
  expectStatus(res, 200);
  expectJson(res);
  return (res.json as { greeting?: unknown } | undefined)?.greeting;
}

async function expectGreeting(pending: Promise<HttpResponse>, expected: string): Promise<void> {
  const res = await pending;
  expect(greetingOf(res), `${res.request}: greeting`).toBe(expected);
}

/** A query string with the name percent-encoded, as a browser would send it. */
function helloPath(name: string): string {
  return `/hello?name=${encodeURIComponent(name)}`;
}

/**
 * Sends a body exactly as given, with exactly these headers, and names the headers in the
 * request description that assertion messages show (they matter as much as the body here).
 */
async function send(server: TestServer, method: string, path: string, body: string | Buffer | undefined, headers: Record<string, string> = {}): Promise<HttpResponse> {
  const res = await server.request(method, path, { ...(body === undefined ? {} : { body }), headers });
  const sentHeaders = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return { ...res, request: `${res.request} (${sentHeaders.length > 0 ? sentHeaders.join('; ') : 'no Content-Type'})` };
}

/** A JSON body sent as it is, with Content-Type application/json. */
function postJson(server: TestServer, body: string, path = '/hello'): Promise<HttpResponse> {
  return send(server, 'POST', path, body, { 'content-type': 'application/json' });
}

describe('Task 1: Welcome route', () => {
  it('GET / answers 200 with the name and version of the API as JSON', async () => {
    const server = await start();
    const res = await server.get('/');
    expectStatus(res, 200);
    expectJson(res);
    const body = res.json as { name?: unknown; version?: unknown; message?: unknown };
    expect(body.name, 'GET /: name').toBe('hello-api');
    expect(typeof body.version === 'string' && body.version.length > 0, `GET /: version should be a non-empty string, got ${JSON.stringify(body.version)}`).toBe(true);
    expect(typeof body.message === 'string' && body.message.trim().length > 0, `GET /: message should be a non-empty string, got ${JSON.stringify(body.message)}`).toBe(true);
  });

  it('GET / lists exactly the four routes, each with a description', async () => {
    const server = await start();
    const res = await server.get('/');
    expectStatus(res, 200);
    const routes = (res.json as { routes?: unknown }).routes;
    expect(Array.isArray(routes), `GET /: routes should be an array, got ${JSON.stringify(routes)}`).toBe(true);
    const list = routes as Array<{ method?: unknown; path?: unknown; description?: unknown }>;
    const pairs = list.map((route) => `${String(route.method)} ${String(route.path)}`).sort();
    expect(pairs, 'GET /: the method and path of each entry in routes').toEqual(['GET /', 'GET /health', 'GET /hello', 'POST /hello']);
    for (const route of list) {
      expect(typeof route.description === 'string' && route.description.trim().length > 0, `GET /: the route ${String(route.method)} ${String(route.path)} needs a non-empty description`).toBe(true);
    }
  });

  it('HEAD / answers 200 with the JSON headers and no body', async () => {
    const server = await start();
    const res = await head(server, '/');
    expectStatus(res, 200);
    expectJson(res);
    expect(res.text, 'HEAD /: the body should be empty').toBe('');
  });

  it('a query string does not change GET /', async () => {
    const server = await start();
    const res = await server.get('/?name=Ada&debug=1');
    expectStatus(res, 200);
    expect((res.json as { name?: unknown }).name, 'GET /?name=Ada&debug=1: name').toBe('hello-api');
  });
});

describe('Task 2: Health check', () => {
  it('GET /health right after start: status ok, the clock time, uptime 0', async () => {
    const server = await start();
    const res = await server.get('/health');
    expectStatus(res, 200);
    expectJson(res);
    expect(res.json, 'GET /health').toMatchObject({ status: 'ok', time: START, uptimeSeconds: 0 });
  });

  it('uptimeSeconds counts whole seconds since createApp on the injected clock', async () => {
    const clock = fakeClock(START);
    const server = await start(clock);
    clock.advance(999);
    const early = await server.get('/health');
    expect(early.json, 'GET /health 999 ms after start').toMatchObject({ uptimeSeconds: 0 });
    clock.advance(1);
    const oneSecond = await server.get('/health');
    expect(oneSecond.json, 'GET /health 1000 ms after start').toMatchObject({ uptimeSeconds: 1 });
    clock.advance(89_500);
    const later = await server.get('/health');
    expect(later.json, 'GET /health 90.5 s after start (rounded down)').toMatchObject({ status: 'ok', time: '2031-05-04T03:03:31.750Z', uptimeSeconds: 90 });
  });

  it('uptime is counted per app: two apps started at different times', async () => {
    const clock = fakeClock(START);
    const first = await start(clock);
    clock.advance(10_000);
    const second = await start(clock);
    clock.advance(5_000);
    expect((await first.get('/health')).json, 'GET /health on the app created 15 s ago').toMatchObject({ uptimeSeconds: 15 });
    expect((await second.get('/health')).json, 'GET /health on the app created 5 s ago').toMatchObject({ uptimeSeconds: 5 });
  });

  it('uptimeSeconds is 0, not negative, when the clock goes back', async () => {
    const clock = fakeClock(START);
    const server = await start(clock);
    clock.set('2031-05-04T03:00:00.000Z');
    const res = await server.get('/health');
    expectStatus(res, 200);
    expect(res.json, 'GET /health after the clock went back 2 minutes').toMatchObject({ status: 'ok', time: '2031-05-04T03:00:00.000Z', uptimeSeconds: 0 });
  });

  it('createApp() without options uses the system clock', async () => {
    // The value of the real time is not checked (that would make the check depend on the
    // machine): only that there is a default clock at all, as src/server.ts needs.
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const server = await serve(createApp());
    const res = await server.get('/health');
    expectStatus(res, 200);
    const body = res.json as { status?: unknown; time?: unknown; uptimeSeconds?: unknown };
    expect(body.status, 'GET /health on createApp(): status').toBe('ok');
    expect(typeof body.time === 'string' && !Number.isNaN(Date.parse(body.time)), `GET /health on createApp(): time should be an ISO date, got ${JSON.stringify(body.time)}`).toBe(true);
    expect(Number.isInteger(body.uptimeSeconds) && (body.uptimeSeconds as number) >= 0, `GET /health on createApp(): uptimeSeconds should be a whole number, got ${JSON.stringify(body.uptimeSeconds)}`).toBe(true);
  });

  it('HEAD /health answers 200 with no body', async () => {
    const server = await start();
    const res = await head(server, '/health');
    expectStatus(res, 200);
    expectJson(res);
    expect(res.text, 'HEAD /health: the body should be empty').toBe('');
  });
});

describe('Task 3: Greeting from the query string', () => {
  it('GET /hello?name=Ada greets Ada', async () => {
    const server = await start();
    await expectGreeting(server.get('/hello?name=Ada'), 'Hello, Ada!');
    await expectGreeting(server.get('/hello?name=Grace&lang=fr'), 'Hello, Grace!');
  });

  it('GET /hello without a name greets the world', async () => {
    const server = await start();
    await expectGreeting(server.get('/hello'), 'Hello, world!');
    await expectGreeting(server.get('/hello?other=Ada'), 'Hello, world!');
  });

  it('the name is trimmed', async () => {
    const server = await start();
    await expectGreeting(server.get('/hello?name=%20%20Ada%20'), 'Hello, Ada!');
    await expectGreeting(server.get('/hello?name=%09Ada%20Lovelace%0A'), 'Hello, Ada Lovelace!');
  });

  it('percent-encoding and + are decoded, Unicode names work', async () => {
    const server = await start();
    await expectGreeting(server.get('/hello?name=Ada+Lovelace'), 'Hello, Ada Lovelace!');
    await expectGreeting(server.get('/hello?name=Zo%C3%AB'), 'Hello, Zoë!');
    await expectGreeting(server.get(helloPath('世界')), 'Hello, 世界!');
    await expectGreeting(server.get(helloPath('Ada 👋')), 'Hello, Ada 👋!');
  });

  it('an empty name is a 400 validation_failed error', async () => {
    const server = await start();
    expectInvalidName(await server.get('/hello?name='));
    expectInvalidName(await server.get('/hello?name'));
  });

  it('a name of only whitespace is a 400 validation_failed error', async () => {
    const server = await start();
    expectInvalidName(await server.get('/hello?name=%20%20%20'));
    expectInvalidName(await server.get('/hello?name=%09%0A+'));
  });

  it('a name of exactly 100 characters is accepted', async () => {
    const server = await start();
    const name = 'a'.repeat(100);
    await expectGreeting(server.get(helloPath(name)), `Hello, ${name}!`);
  });

  it('a name of 101 characters is a 400 validation_failed error', async () => {
    const server = await start();
    expectInvalidName(await server.get(helloPath('a'.repeat(101))));
  });

  it('the length limit applies after trimming', async () => {
    const server = await start();
    const name = 'b'.repeat(100);
    await expectGreeting(server.get(helloPath(`   ${name}   `)), `Hello, ${name}!`);
  });

  it('the length is counted in code points: 100 emoji pass, 101 do not', async () => {
    const server = await start();
    const hundred = '👋'.repeat(100);
    await expectGreeting(server.get(helloPath(hundred)), `Hello, ${hundred}!`);
    expectInvalidName(await server.get(helloPath('👋'.repeat(101))));
  });

  it('a very long name is a 400, not a crash', async () => {
    const server = await start();
    expectInvalidName(await server.get(helloPath('x'.repeat(5000))));
  });

  it('a repeated name parameter is a 400 validation_failed error', async () => {
    const server = await start();
    expectInvalidName(await server.get('/hello?name=Ada&name=Grace'));
    expectInvalidName(await server.get('/hello?name=Ada&name='));
  });

  it('HTML in a name comes back as plain JSON text, unchanged', async () => {
    const server = await start();
    const name = '<script>alert("hi")</script>';
    await expectGreeting(server.get(helloPath(name)), `Hello, ${name}!`);
    await expectGreeting(server.get(helloPath('Tom & "Jerry"')), 'Hello, Tom & "Jerry"!');
  });

  it('a broken percent escape is kept as it is', async () => {
    const server = await start();
    await expectGreeting(server.get('/hello?name=%ZZ'), 'Hello, %ZZ!');
  });

  it('HEAD /hello?name=Ada answers 200 with no body', async () => {
    const server = await start();
    const res = await head(server, '/hello?name=Ada');
    expectStatus(res, 200);
    expectJson(res);
    expect(res.text, 'HEAD /hello?name=Ada: the body should be empty').toBe('');
  });
});

describe('Task 4: JSON errors for unknown routes and wrong methods', () => {
  it('GET on an unknown path is a JSON 404 not_found, not an HTML page', async () => {
    const server = await start();
    const res = await server.get('/nope');
    expectApiError(res, 404, 'not_found');
    expect(res.text, 'GET /nope: the body').not.toMatch(/<html|<pre|<!DOCTYPE/i);
  });

  it('paths that only look like known ones are 404s too', async () => {
    const server = await start();
    for (const path of ['/hello/Ada', '/healthz', '/api/hello', '/favicon.ico', '/index.html']) {
      expectApiError(await server.get(path), 404, 'not_found');
    }
  });

  it('any method on an unknown path is a 404 not_found', async () => {
    const server = await start();
    expectApiError(await server.post('/nope', { json: { name: 'Ada' } }), 404, 'not_found');
    expectApiError(await server.put('/users/1', { json: { name: 'Ada' } }), 404, 'not_found');
    expectApiError(await server.delete('/users/1'), 404, 'not_found');
    expectApiError(await server.patch('/nope'), 404, 'not_found');
  });

  it('HEAD on an unknown path is a 404 with no body', async () => {
    const server = await start();
    const res = await head(server, '/nope');
    expectStatus(res, 404);
    expect(res.text, 'HEAD /nope: the body should be empty').toBe('');
  });

  it('a wrong method on /hello is a 405 with Allow: GET, HEAD, POST', async () => {
    const server = await start();
    for (const method of ['DELETE', 'PUT', 'PATCH']) {
      const res = await server.request(method, '/hello');
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['GET', 'HEAD', 'POST']);
    }
  });

  it('a wrong method on / is a 405 with Allow: GET, HEAD', async () => {
    const server = await start();
    for (const method of ['POST', 'DELETE']) {
      const res = await server.request(method, '/', { json: { name: 'Ada' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['GET', 'HEAD']);
    }
  });

  it('a wrong method on /health is a 405 with Allow: GET, HEAD', async () => {
    const server = await start();
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await server.request(method, '/health');
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['GET', 'HEAD']);
    }
  });

  it('a body sent to the wrong path or method is never read', async () => {
    const server = await start();
    expectApiError(await postJson(server, '{"name": ', '/nope'), 404, 'not_found');
    const res = await send(server, 'PUT', '/health', '{"name": ', { 'content-type': 'application/json' });
    expectApiError(res, 405, 'method_not_allowed');
    expectApiError(await postJson(server, `{"name": "${'x'.repeat(5000)}"}`, '/'), 405, 'method_not_allowed');
  });
});

describe('Task 5: Greeting from a JSON body', () => {
  it('POST /hello {"name": "Ada"} greets Ada', async () => {
    const server = await start();
    await expectGreeting(server.post('/hello', { json: { name: 'Ada' } }), 'Hello, Ada!');
  });

  it('Content-Type application/json; charset=utf-8 is accepted', async () => {
    const server = await start();
    const res = await send(server, 'POST', '/hello', '{"name": "Zoë 👋"}', { 'content-type': 'application/json; charset=utf-8' });
    expect(greetingOf(res), `${res.request}: greeting`).toBe('Hello, Zoë 👋!');
  });

  it('no name greets the world, other fields are ignored', async () => {
    const server = await start();
    await expectGreeting(server.post('/hello', { json: {} }), 'Hello, world!');
    await expectGreeting(server.post('/hello', { json: { name: 'Ada', admin: true } }), 'Hello, Ada!');
  });

  it('the name is trimmed and HTML comes back unchanged', async () => {
    const server = await start();
    await expectGreeting(server.post('/hello', { json: { name: '  Grace Hopper \n' } }), 'Hello, Grace Hopper!');
    await expectGreeting(server.post('/hello', { json: { name: '<img src=x onerror=alert(1)>' } }), 'Hello, <img src=x onerror=alert(1)>!');
  });

  it('an empty, blank or too long name is a 400 validation_failed error', async () => {
    const server = await start();
    expectInvalidName(await server.post('/hello', { json: { name: '' } }));
    expectInvalidName(await server.post('/hello', { json: { name: ' \t ' } }));
    expectInvalidName(await server.post('/hello', { json: { name: 'c'.repeat(101) } }));
    await expectGreeting(server.post('/hello', { json: { name: 'c'.repeat(100) } }), `Hello, ${'c'.repeat(100)}!`);
  });

  it('a name that is not a string is a 400 validation_failed error', async () => {
    const server = await start();
    for (const name of [42, null, true, ['Ada'], { first: 'Ada' }]) {
      expectInvalidName(await server.post('/hello', { json: { name } }));
    }
  });

  it('a JSON array body is a 400 validation_failed error about the body', async () => {
    const server = await start();
    expectInvalid(await server.post('/hello', { json: ['Ada'] }), 'body');
    expectInvalid(await postJson(server, '[]'), 'body');
  });

  it('a bare JSON string, number or null is a 400 (invalid_json or validation_failed)', async () => {
    const server = await start();
    for (const body of ['"Ada"', '42', 'null', 'true']) {
      const res = await postJson(server, body);
      expectStatus(res, 400);
      expectJson(res);
      const code = (res.json as { error?: { code?: unknown } } | undefined)?.error?.code;
      expect(['invalid_json', 'validation_failed'], `${res.request}: error.code should be invalid_json or validation_failed, got ${JSON.stringify(code)}`).toContain(code);
    }
  });

  it('malformed JSON is a 400 invalid_json error', async () => {
    const server = await start();
    for (const body of ['{"name": "Ada"', "{name: 'Ada'}", '{"name": "Ada",}', 'name=Ada', '{"name": "Ada"}}']) {
      expectApiError(await postJson(server, body), 400, 'invalid_json');
    }
  });

  it('a body that is not JSON is a 415 unsupported_media_type error', async () => {
    const server = await start();
    expectApiError(await send(server, 'POST', '/hello', 'Ada', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    expectApiError(await send(server, 'POST', '/hello', 'name=Ada', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
    expectApiError(await send(server, 'POST', '/hello', '<name>Ada</name>', { 'content-type': 'application/xml' }), 415, 'unsupported_media_type');
  });

  it('JSON in a charset or Content-Encoding the server cannot decode is a 415', async () => {
    const server = await start();
    const latin1 = await send(server, 'POST', '/hello', '{"name": "Ada"}', { 'content-type': 'application/json; charset=latin1' });
    expectApiError(latin1, 415, 'unsupported_media_type');
    const snappy = await send(server, 'POST', '/hello', '{"name": "Ada"}', { 'content-type': 'application/json', 'content-encoding': 'snappy' });
    expectApiError(snappy, 415, 'unsupported_media_type');
  });

  it('a body without a Content-Type is a 415, not guessed', async () => {
    const server = await start();
    expectApiError(await send(server, 'POST', '/hello', Buffer.from('{"name": "Ada"}')), 415, 'unsupported_media_type');
    expectApiError(await send(server, 'POST', '/hello', undefined), 415, 'unsupported_media_type');
  });

  it('a body of exactly 1024 bytes is read', async () => {
    const server = await start();
    const json = '{"name": "Ada"}';
    const padded = json + ' '.repeat(1024 - json.length);
    await expectGreeting(postJson(server, padded), 'Hello, Ada!');
    const long = `{"name": "${'d'.repeat(1024 - 12)}"}`;
    expect(Buffer.byteLength(long), 'the test body').toBe(1024);
    expectInvalidName(await postJson(server, long));
  });

  it('a body of 1025 bytes is a 413 payload_too_large error', async () => {
    const server = await start();
    const json = '{"name": "Ada"}';
    expectApiError(await postJson(server, json + ' '.repeat(1025 - json.length)), 413, 'payload_too_large');
  });

  it('the limit counts bytes, not characters', async () => {
    const server = await start();
    // 611 characters, but é takes two bytes in UTF-8: 1211 bytes.
    const body = `{"name": "${'é'.repeat(600)}"}`;
    expectApiError(await postJson(server, body), 413, 'payload_too_large');
  });

  it('a large body is a 413, not a crash', async () => {
    const server = await start();
    expectApiError(await server.post('/hello', { json: { name: 'x'.repeat(100_000) } }), 413, 'payload_too_large');
  });

  it('the content type is checked before the size', async () => {
    const server = await start();
    const res = await send(server, 'POST', '/hello', 'x'.repeat(5000), { 'content-type': 'text/plain' });
    expectApiError(res, 415, 'unsupported_media_type');
  });

  it('a corrupt or truncated gzip or deflate body is a 400 invalid_json, never a 500', async () => {
    const server = await start();
    const good = gzipSync(Buffer.from('{"name":"Ada"}'));
    const cases: Array<[string, Buffer, string]> = [
      ['gzip', Buffer.from('this is not gzip at all'), 'corrupt gzip'],
      ['gzip', good.subarray(0, good.length - 6), 'truncated gzip'],
      ['deflate', Buffer.from([0x78, 0x9c, 0xff, 0xff, 0x00, 0x01]), 'corrupt deflate'],
    ];
    for (const [encoding, body, what] of cases) {
      const res = await send(server, 'POST', '/hello', body, { 'content-type': 'application/json', 'content-encoding': encoding });
      expect(res.status, `POST /hello with a ${what} body (Content-Encoding: ${encoding}): the SPEC says 400 invalid_json`).toBe(400);
      expectApiError(res, 400, 'invalid_json');
    }
    await expectGreeting(send(server, 'POST', '/hello', good, { 'content-type': 'application/json', 'content-encoding': 'gzip' }), 'Hello, Ada!');
  });

  it('survives the hostile-input battery on every route: never a 5xx, always the JSON error shape', async () => {
    const server = await start();
    await expectHostileInputRefused(server, [
      { method: 'GET', path: '/' },
      { method: 'GET', path: '/health' },
      { method: 'GET', path: '/hello', query: ['name'] },
      { method: 'POST', path: '/hello', body: { name: 'Ada' } },
    ]);
  });
});
