// Hidden suite for p16 Currency API. It drives the app over real HTTP on a loopback port, with a
// fake rates service (the testkit's fakeUpstream) and a fake clock, and uses only what SPEC.md's
// Interface section promises: createApp(options) in src/app.ts, the routes, status codes, body
// shapes, error codes, and what the app asks of the rates service. Messages are never checked.
import { describe, expect, it } from 'vitest';
import { expectHostileInputRefused, expectApiError, expectInvalid, expectJson, expectStatus, fakeClock, fakeUpstream, load, serve, type AppLike, type FakeClock, type FakeUpstream, type HttpResponse, type TestServer } from '#testkit';

interface AppOptions {
  ratesUrl: string;
  now?: () => Date;
  cacheTtlMs?: number;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

interface RatesTable {
  base: string;
  date: string;
  rates: Record<string, number>;
}

/** Far from the real date, so an app that ages its cache with the system clock is caught. */
const START = '2031-05-04T03:02:01.250Z';

const USD: RatesTable = { base: 'USD', date: '2026-01-15', rates: { EUR: 0.92, GBP: 0.79, JPY: 157.3, CHF: 0.9267, HLF: 0.5, QTR: 0.25 } };
const EUR: RatesTable = { base: 'EUR', date: '2026-01-14', rates: { USD: 1.087, GBP: 0.86 } };
const TABLES = [USD, EUR];

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Answers GET /rates?base=X with the table of X, and 404 for a base it does not have. */
function serveTables(upstream: FakeUpstream, tables: RatesTable[] = TABLES): void {
  upstream.handle((req, res) => {
    const url = new URL(req.url ?? '/', 'http://upstream.test');
    const table = url.pathname === '/rates' ? tables.find((candidate) => candidate.base === url.searchParams.get('base')) : undefined;
    if (table) res.writeHead(200, JSON_HEADERS).end(JSON.stringify(table));
    else res.writeHead(404, JSON_HEADERS).end('{"error":"unknown base"}');
  });
}

/** A fake rates service that knows the tables given. */
async function ratesService(tables: RatesTable[] = TABLES): Promise<FakeUpstream> {
  const upstream = await fakeUpstream();
  serveTables(upstream, tables);
  return upstream;
}

/** How many GET /rates?base=<base> the rates service received. */
function fetchesOf(upstream: FakeUpstream, base: string): number {
  return upstream.requests.filter((request) => {
    const url = new URL(request.path, 'http://upstream.test');
    return request.method === 'GET' && url.pathname === '/rates' && url.searchParams.get('base') === base;
  }).length;
}

async function buildApp(upstream: FakeUpstream | string, options: Partial<AppOptions> = {}): Promise<AppLike> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  const ratesUrl = typeof upstream === 'string' ? upstream : upstream.url;
  return createApp({ ratesUrl, now: fakeClock(START).now, ...options });
}

/** Builds a fresh app from the implementation, wired to this rates service, and serves it. */
async function start(upstream: FakeUpstream | string, options: Partial<AppOptions> = {}): Promise<TestServer> {
  return serve(await buildApp(upstream, options));
}

/** Asserts a 200 JSON answer and returns its body. */
function okBody(res: HttpResponse): Record<string, unknown> {
  expectStatus(res, 200);
  expectJson(res);
  return res.json as Record<string, unknown>;
}

function convertPath(from: string, to: string, amount: string): string {
  return `/convert?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&amount=${encodeURIComponent(amount)}`;
}

/** Waits (without a fixed sleep) until something has happened, or fails naming it. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 200_000; turn++) {
    if (condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`timed out waiting until ${what}`);
}

/**
 * Sends two requests that need the rates of one base while the rates service holds its answers:
 * the second arrives while the first one's upstream request is still under way. A probe for
 * another base then makes sure the app has had every chance to send a second upstream request
 * before the service answers. `whileHeld` runs just before the release (to change the answer).
 */
async function concurrently(upstream: FakeUpstream, base: string, firstPath: string, secondPath: string, options: Partial<AppOptions> = {}, whileHeld: () => void = () => {}): Promise<[HttpResponse, HttpResponse]> {
  const app = await buildApp(upstream, options);
  let arrived = 0;
  const counting: AppLike = (req, res) => {
    arrived += 1;
    app(req, res);
  };
  const server = await serve(counting);
  const gate = upstream.hold();
  const first = server.get(firstPath);
  await until(() => fetchesOf(upstream, base) === 1, `the rates service received the request for ${base}`);
  const second = server.get(secondPath);
  await until(() => arrived === 2, 'the app received the second request');
  const probe = server.get('/rates/ZZZ');
  await until(() => fetchesOf(upstream, 'ZZZ') === 1, 'the rates service received the probe for ZZZ');
  whileHeld();
  gate.release();
  const [a, b] = await Promise.all([first, second, probe]);
  return [a, b];
}

describe('Task 1: Convert an amount', () => {
  it('GET /convert?from=USD&to=EUR&amount=12.34 converts with the rate of the rates service', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    const res = await server.get('/convert?from=USD&to=EUR&amount=12.34');
    expect(okBody(res), res.request).toEqual({ from: 'USD', to: 'EUR', amount: 12.34, rate: 0.92, result: 11.35, rateDate: '2026-01-15', cached: false });
  });

  it('asks the rates service GET {ratesUrl}/rates?base=<from>, once', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    okBody(await server.get('/convert?from=EUR&to=GBP&amount=10'));
    expect(upstream.requests.length, 'requests to the rates service for one conversion').toBe(1);
    expect(fetchesOf(upstream, 'EUR'), 'GET /rates?base=EUR received by the rates service').toBe(1);
  });

  it('uses the rates and the date of the service as they are, not numbers of its own', async () => {
    const upstream = await ratesService([{ base: 'USD', date: '2025-12-31', rates: { EUR: 0.5, SEK: 11.04 } }]);
    const server = await start(upstream);
    const res = await server.get('/convert?from=USD&to=EUR&amount=12.34');
    expect(okBody(res), res.request).toMatchObject({ rate: 0.5, result: 6.17, rateDate: '2025-12-31' });
    const sek = await server.get('/convert?from=USD&to=SEK&amount=3');
    expect(okBody(sek), sek.request).toMatchObject({ from: 'USD', to: 'SEK', amount: 3, rate: 11.04, result: 33.12 });
  });

  it('rounds the result to cents, not truncating it', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    const chf = await server.get('/convert?from=USD&to=CHF&amount=10');
    expect(okBody(chf), `${chf.request}: 10 x 0.9267 = 9.267`).toMatchObject({ rate: 0.9267, result: 9.27 });
    const jpy = await server.get('/convert?from=USD&to=JPY&amount=0.99');
    expect(okBody(jpy), `${jpy.request}: 0.99 x 157.3 = 155.727`).toMatchObject({ result: 155.73 });
    const eur = await server.get('/convert?from=USD&to=EUR&amount=0.01');
    expect(okBody(eur), `${eur.request}: 0.01 x 0.92 = 0.0092`).toMatchObject({ result: 0.01 });
  });

  it('rounds halves away from zero (0.125 becomes 0.13)', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    for (const [amount, to, result] of [['0.25', 'HLF', 0.13], ['0.75', 'HLF', 0.38], ['2.5', 'QTR', 0.63], ['0.5', 'QTR', 0.13]] as const) {
      const res = await server.get(convertPath('USD', to, amount));
      expect(okBody(res), res.request).toMatchObject({ amount: Number(amount), result });
    }
  });

  it('accepts lower-case currency codes and answers them in upper case', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    const res = await server.get('/convert?from=usd&to=eur&amount=1');
    expect(okBody(res), res.request).toMatchObject({ from: 'USD', to: 'EUR', rate: 0.92, result: 0.92 });
    expect(fetchesOf(upstream, 'USD'), 'the rates service is asked for base=USD, in upper case').toBe(1);
    const mixed = await server.get('/convert?from=Usd&to=gBp&amount=2');
    expect(okBody(mixed), mixed.request).toMatchObject({ from: 'USD', to: 'GBP', result: 1.58 });
  });

  it('a currency converted to itself has the rate 1, even when its table leaves it out', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    const res = await server.get('/convert?from=USD&to=USD&amount=12.34');
    expect(okBody(res), res.request).toEqual({ from: 'USD', to: 'USD', amount: 12.34, rate: 1, result: 12.34, rateDate: '2026-01-15', cached: false });
  });

  it('amounts: decimals are kept, the largest amount (1e12) converts, other parameters are ignored', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=12.30')), 'amount=12.30').toMatchObject({ amount: 12.3, result: 11.32 });
    expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=1000000000000')), 'amount=1000000000000').toMatchObject({ amount: 1e12, result: 920_000_000_000 });
    expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=1000000000000.00')), 'amount=1000000000000.00').toMatchObject({ amount: 1e12 });
    expect(okBody(await server.get('/convert?from=USD&to=GBP&amount=5&base=EUR&rate=2')), 'extra parameters base and rate').toMatchObject({ from: 'USD', rate: 0.79, result: 3.95 });
  });

  it('a target currency that is not in the table is a 404 unknown_currency', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expectApiError(await server.get('/convert?from=USD&to=XYZ&amount=1'), 404, 'unknown_currency');
    expectApiError(await server.get('/convert?from=EUR&to=JPY&amount=1'), 404, 'unknown_currency');
  });
});

describe('Task 2: Validate every input', () => {
  it('missing parameters are a 400 validation_failed listing each of them', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expectInvalid(await server.get('/convert'), 'from', 'to', 'amount');
    expectInvalid(await server.get('/convert?from=USD&to=EUR'), 'amount');
    expectInvalid(await server.get('/convert?to=EUR&amount=1'), 'from');
    expectInvalid(await server.get('/convert?from=USD&amount=1'), 'to');
  });

  it('a currency code must be three letters', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    for (const code of ['', 'US', 'USDT', 'U5D', 'US D', 'ÜSD', '$$$', '<script>', "US'", 'USD;DROP']) {
      expectInvalid(await server.get(convertPath(code, 'EUR', '1')), 'from');
      expectInvalid(await server.get(convertPath('USD', code, '1')), 'to');
    }
  });

  it('an amount must be a positive decimal with at most 2 decimals', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    for (const amount of ['', '0', '0.00', '-5', '+5', '1e3', '12.345', '0.001', '1,5', '.5', '12.', 'abc', 'Infinity', 'NaN', '0x10', ' 12', '12 ', '1 000']) {
      expectInvalid(await server.get(convertPath('USD', 'EUR', amount)), 'amount');
    }
  });

  it('an amount over 1e12 is a 400', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    for (const amount of ['1000000000000.01', '1000000000001', '99999999999999999999', '9'.repeat(400)]) {
      expectInvalid(await server.get(convertPath('USD', 'EUR', amount)), 'amount');
    }
  });

  it('a repeated parameter is a 400 about that parameter', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expectInvalid(await server.get('/convert?from=USD&from=EUR&to=GBP&amount=1'), 'from');
    expectInvalid(await server.get('/convert?from=USD&to=EUR&to=GBP&amount=1'), 'to');
    expectInvalid(await server.get('/convert?from=USD&to=EUR&amount=1&amount=2'), 'amount');
  });

  it('every bad parameter is listed at once', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expectInvalid(await server.get('/convert?from=US&to=EUR&amount=-1'), 'from', 'amount');
    expectInvalid(await server.get('/convert?from=USD&to=E1R&amount=0'), 'to', 'amount');
  });

  it('bad input costs no request to the rates service', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expectInvalid(await server.get('/convert?from=USD&to=EUR&amount=0'), 'amount');
    expectInvalid(await server.get('/convert?from=USD&to=EU&amount=1'), 'to');
    expectInvalid(await server.get('/rates/US'), 'base');
    expect(upstream.requests.length, 'requests to the rates service after three bad requests').toBe(0);
  });

  it('unknown paths are a 404 not_found', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    for (const path of ['/', '/convert/USD', '/rates', '/rates/USD/EUR', '/rate/USD', '/favicon.ico']) {
      expectApiError(await server.get(path), 404, 'not_found');
    }
  });

  it('a wrong method is a 405 with Allow: GET, HEAD', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    for (const [method, path] of [['POST', '/convert?from=USD&to=EUR&amount=1'], ['DELETE', '/convert'], ['PUT', '/rates/USD'], ['PATCH', '/rates/USD']] as const) {
      const res = await server.request(method, path, { json: { from: 'USD' } });
      expectApiError(res, 405, 'method_not_allowed');
      const allow = (res.headers.get('allow') ?? '').split(',').map((m) => m.trim().toUpperCase()).filter(Boolean).sort();
      expect(allow, `${res.request}: the Allow header`).toEqual(['GET', 'HEAD']);
    }
    expect(upstream.requests.length, 'requests to the rates service after wrong methods').toBe(0);
  });
});

describe('Task 3: Pass the rates through', () => {
  it('GET /rates/USD answers the table of the rates service', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    const res = await server.get('/rates/USD');
    expect(okBody(res), res.request).toEqual({ ...USD, cached: false });
    expect(fetchesOf(upstream, 'USD'), 'GET /rates?base=USD received by the rates service').toBe(1);
  });

  it('GET /rates/eur accepts lower case and answers the EUR table', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    const res = await server.get('/rates/eur');
    expect(okBody(res), res.request).toEqual({ ...EUR, cached: false });
    expect(fetchesOf(upstream, 'EUR'), 'GET /rates?base=EUR received by the rates service').toBe(1);
  });

  it('fields of the service other than base, date and rates are not passed on', async () => {
    const upstream = await fakeUpstream();
    upstream.json({ ...USD, provider: 'internal-feed', apiKey: 'secret' });
    const server = await start(upstream);
    const res = await server.get('/rates/USD');
    expect(okBody(res), res.request).toEqual({ ...USD, cached: false });
  });

  it('a base the rates service does not know (it answers 404) is a 404 unknown_currency', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expectApiError(await server.get('/rates/XYZ'), 404, 'unknown_currency');
    expectApiError(await server.get('/convert?from=XYZ&to=EUR&amount=1'), 404, 'unknown_currency');
    expect(fetchesOf(upstream, 'XYZ'), 'the rates service was asked about XYZ').toBeGreaterThan(0);
  });

  it('a base that is not three letters is a 400 about base', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    for (const path of ['/rates/US', '/rates/EURO', '/rates/U5D', '/rates/%3Cscript%3E', '/rates/U%20D', '/rates/US%26D', "/rates/'OR'1"]) {
      expectInvalid(await server.get(path), 'base');
    }
    expect(upstream.requests.length, 'requests to the rates service').toBe(0);
  });

  it('a broken percent escape in the path is a 400 about path, not a 500', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    for (const path of ['/rates/%ZZ', '/rates/%E0%A4%A', '/rates/US%']) {
      expectInvalid(await server.get(path), 'path');
    }
    expect(upstream.requests.length, 'requests to the rates service').toBe(0);
  });
});

describe('Task 4: Map upstream failures', () => {
  it('an upstream 5xx is a 502 bad_gateway', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    for (const status of [500, 503]) {
      upstream.fail(status);
      expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 502, 'bad_gateway');
      expectApiError(await server.get('/rates/EUR'), 502, 'bad_gateway');
    }
  });

  it('an upstream error other than 404 is a 502 too, not passed on', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    for (const status of [400, 401, 429, 302]) {
      upstream.fail(status);
      expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 502, 'bad_gateway');
    }
  });

  it('a dropped connection is a 502 bad_gateway', async () => {
    const upstream = await ratesService();
    upstream.hangUp();
    const server = await start(upstream);
    expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 502, 'bad_gateway');
    expectApiError(await server.get('/rates/USD'), 502, 'bad_gateway');
  });

  it('a rates service that is not running is a 502 bad_gateway', async () => {
    const gone = await fakeUpstream();
    const url = gone.url;
    await gone.close();
    const server = await start(url);
    expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 502, 'bad_gateway');
  });

  it('an answer that is not JSON is a 502 bad_gateway', async () => {
    const upstream = await ratesService();
    upstream.malformed();
    const server = await start(upstream);
    expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 502, 'bad_gateway');
    upstream.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Maintenance</body></html>');
    });
    expectApiError(await server.get('/rates/USD'), 502, 'bad_gateway');
  });

  it('JSON of the wrong shape is a 502 bad_gateway', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    const broken: Array<[string, unknown]> = [
      ['an empty object', {}],
      ['null', null],
      ['an array', [USD]],
      ['no rates', { base: 'USD', date: '2026-01-15' }],
      ['rates as an array', { base: 'USD', date: '2026-01-15', rates: [0.92] }],
      ['a rate as a string', { base: 'USD', date: '2026-01-15', rates: { EUR: '0.92' } }],
      ['a rate of null', { base: 'USD', date: '2026-01-15', rates: { EUR: null } }],
      ['a negative rate', { base: 'USD', date: '2026-01-15', rates: { EUR: -0.92 } }],
      ['a rate of 0', { base: 'USD', date: '2026-01-15', rates: { EUR: 0 } }],
      ['a rate for a lower-case code', { base: 'USD', date: '2026-01-15', rates: { eur: 0.92 } }],
      ['a rate for a code of four letters', { base: 'USD', date: '2026-01-15', rates: { EUR: 0.92, EURO: 0.92 } }],
      ['a rate for a code that is not only letters', { base: 'USD', date: '2026-01-15', rates: { EUR: 0.92, '1EUR': 0.92 } }],
      ['no date', { base: 'USD', rates: { EUR: 0.92 } }],
      ['a date that is not YYYY-MM-DD', { base: 'USD', date: 'yesterday', rates: { EUR: 0.92 } }],
      ['a date as a number', { base: 'USD', date: 20260115, rates: { EUR: 0.92 } }],
    ];
    for (const [what, body] of broken) {
      upstream.json(body);
      const res = await server.get('/convert?from=USD&to=EUR&amount=1');
      expectApiError({ ...res, request: `${res.request} (the rates service answered ${what})` }, 502, 'bad_gateway');
    }
  });

  it('rates for another base than the one asked for are a 502 bad_gateway', async () => {
    const upstream = await ratesService();
    upstream.json(EUR);
    const server = await start(upstream);
    expectApiError(await server.get('/convert?from=USD&to=GBP&amount=1'), 502, 'bad_gateway');
    expectApiError(await server.get('/rates/USD'), 502, 'bad_gateway');
  });

  it('a rate too large to be a finite number (1e400) is a 502 bad_gateway', async () => {
    const upstream = await ratesService();
    upstream.handle((_req, res) => {
      res.writeHead(200, JSON_HEADERS).end('{"base": "USD", "date": "2026-01-15", "rates": {"EUR": 1e400}}');
    });
    const server = await start(upstream);
    expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 502, 'bad_gateway');
  });

  it('a rates service slower than timeoutMs is a 504 gateway_timeout', async () => {
    const upstream = await ratesService();
    upstream.hold();
    const server = await start(upstream, { timeoutMs: 50 });
    expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 504, 'gateway_timeout');
    expectApiError(await server.get('/rates/EUR'), 504, 'gateway_timeout');
  });

  it('the timeout covers the body: headers then silence is a 504 too', async () => {
    const upstream = await fakeUpstream();
    upstream.handle((_req, res) => {
      res.writeHead(200, JSON_HEADERS);
      res.write('{"base": "USD", "date": "2026-01-15", "rates": {');
    });
    const server = await start(upstream, { timeoutMs: 50 });
    expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 504, 'gateway_timeout');
  });

  it('after a timeout, the next request asks the rates service again', async () => {
    // The first call never answers (until the app gives up); the second answers at once, from
    // memory, so that even a busy machine answers it within timeoutMs.
    let calls = 0;
    const fetchStub = ((_input: string | URL | Request, init?: RequestInit) => {
      calls += 1;
      if (calls === 1) {
        return new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        });
      }
      return Promise.resolve(new Response(JSON.stringify(USD), { status: 200, headers: JSON_HEADERS }));
    }) as typeof globalThis.fetch;
    const server = await start('http://rates.test', { fetch: fetchStub, timeoutMs: 100 });
    expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 504, 'gateway_timeout');
    const res = await server.get('/convert?from=USD&to=EUR&amount=1');
    expect(okBody(res), res.request).toMatchObject({ result: 0.92, cached: false });
    expect(calls, 'calls of options.fetch: the one that timed out, then a new one').toBe(2);
  });

  it('the rates service is reached through options.fetch', async () => {
    const urls: string[] = [];
    const fetchStub = (async (input: string | URL | Request) => {
      urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return new Response(JSON.stringify(USD), { status: 200, headers: JSON_HEADERS });
    }) as typeof globalThis.fetch;
    const server = await start('http://rates.test', { fetch: fetchStub });
    const res = await server.get('/convert?from=USD&to=EUR&amount=12.34');
    expect(okBody(res), res.request).toMatchObject({ rate: 0.92, result: 11.35 });
    expect(urls.length, 'calls of options.fetch').toBe(1);
    const url = new URL(urls[0] ?? '');
    expect(`${url.origin}${url.pathname}?base=${url.searchParams.get('base')}`, 'the URL given to options.fetch').toBe('http://rates.test/rates?base=USD');
  });

  it('ratesUrl may have a path and trailing slashes: /rates is added to it', async () => {
    const urls: string[] = [];
    const fetchStub = (async (input: string | URL | Request) => {
      urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return new Response(JSON.stringify(EUR), { status: 200, headers: JSON_HEADERS });
    }) as typeof globalThis.fetch;
    for (const ratesUrl of ['http://rates.test/v1', 'http://rates.test/v1/', 'http://rates.test/v1//']) {
      const server = await start(ratesUrl, { fetch: fetchStub });
      okBody(await server.get('/rates/EUR'));
    }
    const asked = urls.map((href) => {
      const url = new URL(href);
      return `${url.origin}${url.pathname}?base=${url.searchParams.get('base')}`;
    });
    expect(asked, 'the URLs given to options.fetch for ratesUrl http://rates.test/v1, then with one and two trailing slashes').toEqual(Array(3).fill('http://rates.test/v1/rates?base=EUR'));
  });

  it('a fetch that throws is a 502, never a 500', async () => {
    const fetchStub = (async () => {
      throw new Error('socket exploded');
    }) as typeof globalThis.fetch;
    const server = await start('http://rates.test', { fetch: fetchStub });
    expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 502, 'bad_gateway');
  });
});

describe('Task 5: Cache rates per base', () => {
  it('a second conversion within the TTL asks the rates service nothing and says cached', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=1')), 'first conversion').toMatchObject({ cached: false });
    const second = await server.get('/convert?from=USD&to=GBP&amount=10');
    expect(okBody(second), second.request).toEqual({ from: 'USD', to: 'GBP', amount: 10, rate: 0.79, result: 7.9, rateDate: '2026-01-15', cached: true });
    expect(fetchesOf(upstream, 'USD'), 'requests for USD after two conversions').toBe(1);
  });

  it('GET /rates/:base and GET /convert share the cache', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    okBody(await server.get('/rates/usd'));
    expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=1')), 'conversion after GET /rates/usd').toMatchObject({ cached: true });
    expect(okBody(await server.get('/rates/USD')), 'GET /rates/USD again').toEqual({ ...USD, cached: true });
    expect(fetchesOf(upstream, 'USD'), 'requests for USD').toBe(1);
  });

  it('usd, USD and Usd are one base: one cache entry, one request to the rates service', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expect(okBody(await server.get('/convert?from=usd&to=EUR&amount=1')), 'GET /convert?from=usd&to=EUR&amount=1 (first)').toMatchObject({ from: 'USD', cached: false });
    expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=1')), 'GET /convert?from=USD&to=EUR&amount=1 after from=usd').toMatchObject({ from: 'USD', cached: true });
    expect(okBody(await server.get('/convert?from=Usd&to=gbp&amount=1')), 'GET /convert?from=Usd&to=gbp&amount=1 after from=usd').toMatchObject({ from: 'USD', to: 'GBP', cached: true });
    expect(okBody(await server.get('/rates/uSD')), 'GET /rates/uSD after from=usd').toEqual({ ...USD, cached: true });
    expect(upstream.requests.length, 'requests to the rates service for usd, USD, Usd and uSD (the SPEC: one entry per base, usd and USD are one base)').toBe(1);
  });

  it('each base has its own entry', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=1')), 'USD to EUR').toMatchObject({ rate: 0.92, cached: false });
    expect(okBody(await server.get('/convert?from=EUR&to=USD&amount=1')), 'EUR to USD').toMatchObject({ rate: 1.087, rateDate: '2026-01-14', cached: false });
    expect(okBody(await server.get('/convert?from=USD&to=GBP&amount=1')), 'USD to GBP').toMatchObject({ cached: true });
    expect([fetchesOf(upstream, 'USD'), fetchesOf(upstream, 'EUR')], 'requests for USD and for EUR').toEqual([1, 1]);
  });

  it('entries expire after the default TTL of 60 000 ms on the injected clock', async () => {
    const upstream = await ratesService();
    const clock = fakeClock(START);
    const server = await start(upstream, { now: clock.now });
    okBody(await server.get('/convert?from=USD&to=EUR&amount=1'));
    clock.advance(59_999);
    expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=1')), '59 999 ms later').toMatchObject({ rate: 0.92, cached: true });
    serveTables(upstream, [{ ...USD, date: '2026-01-16', rates: { EUR: 0.95 } }]);
    clock.advance(1);
    const res = await server.get('/convert?from=USD&to=EUR&amount=1');
    expect(okBody(res), `${res.request} 60 000 ms later: new rates`).toMatchObject({ rate: 0.95, result: 0.95, rateDate: '2026-01-16', cached: false });
    expect(fetchesOf(upstream, 'USD'), 'requests for USD').toBe(2);
  });

  it('cacheTtlMs sets the TTL, and a refreshed entry lives a whole TTL again', async () => {
    const upstream = await ratesService();
    const clock = fakeClock(START);
    const server = await start(upstream, { now: clock.now, cacheTtlMs: 5_000 });
    okBody(await server.get('/rates/USD'));
    clock.advance(4_999);
    expect(okBody(await server.get('/rates/USD')), '4 999 ms later').toMatchObject({ cached: true });
    clock.advance(1);
    expect(okBody(await server.get('/rates/USD')), '5 000 ms later').toMatchObject({ cached: false });
    clock.advance(4_999);
    expect(okBody(await server.get('/rates/USD')), '4 999 ms after the refresh').toMatchObject({ cached: true });
    expect(fetchesOf(upstream, 'USD'), 'requests for USD').toBe(2);
  });

  it('cacheTtlMs: 0 asks the rates service every time', async () => {
    const upstream = await ratesService();
    const server = await start(upstream, { cacheTtlMs: 0 });
    for (let i = 0; i < 3; i++) {
      expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=1')), `conversion ${i + 1}`).toMatchObject({ cached: false });
    }
    expect(fetchesOf(upstream, 'USD'), 'requests for USD').toBe(3);
  });

  it('failed answers are never cached', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    upstream.fail(503);
    expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 502, 'bad_gateway');
    upstream.malformed();
    expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 502, 'bad_gateway');
    serveTables(upstream);
    const res = await server.get('/convert?from=USD&to=EUR&amount=1');
    expect(okBody(res), `${res.request} once the service is back`).toMatchObject({ rate: 0.92, cached: false });
    expect(fetchesOf(upstream, 'USD'), 'requests for USD').toBe(3);
  });

  it('an unknown base is asked again, not remembered', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expectApiError(await server.get('/rates/GBP'), 404, 'unknown_currency');
    serveTables(upstream, [...TABLES, { base: 'GBP', date: '2026-01-15', rates: { USD: 1.27 } }]);
    expect(okBody(await server.get('/rates/GBP')), 'GET /rates/GBP once the service knows GBP').toMatchObject({ base: 'GBP', cached: false });
  });

  it('after the TTL a failing service is a 502: expired rates are not used', async () => {
    const upstream = await ratesService();
    const clock = fakeClock(START);
    const server = await start(upstream, { now: clock.now, cacheTtlMs: 1_000 });
    okBody(await server.get('/convert?from=USD&to=EUR&amount=1'));
    clock.advance(1_000);
    upstream.fail(503);
    expectApiError(await server.get('/convert?from=USD&to=EUR&amount=1'), 502, 'bad_gateway');
  });

  it('a target currency missing from a cached table costs no new request', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    expectApiError(await server.get('/convert?from=USD&to=XYZ&amount=1'), 404, 'unknown_currency');
    expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=1')), 'USD to EUR next').toMatchObject({ cached: true });
    expect(fetchesOf(upstream, 'USD'), 'requests for USD').toBe(1);
  });

  it('without options.now the cache runs on the real clock', async () => {
    const upstream = await ratesService();
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const server = await serve(createApp({ ratesUrl: upstream.url }));
    okBody(await server.get('/convert?from=USD&to=EUR&amount=1'));
    expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=1')), 'the same conversion right after (createApp without now)').toMatchObject({ cached: true });
  });

  it('two apps do not share a cache', async () => {
    const upstream = await ratesService();
    const first = await start(upstream);
    const second = await start(upstream);
    okBody(await first.get('/convert?from=USD&to=EUR&amount=1'));
    expect(okBody(await second.get('/convert?from=USD&to=EUR&amount=1')), 'the same conversion on a second app').toMatchObject({ cached: false });
    expect(fetchesOf(upstream, 'USD'), 'requests for USD from two apps').toBe(2);
  });
});

describe('Task 6: Share requests in flight', () => {
  it('two conversions from one base at the same time make one upstream request', async () => {
    const upstream = await ratesService();
    const [a, b] = await concurrently(upstream, 'USD', '/convert?from=USD&to=EUR&amount=1', '/convert?from=usd&to=GBP&amount=10');
    expect(okBody(a), a.request).toMatchObject({ from: 'USD', to: 'EUR', result: 0.92 });
    expect(okBody(b), b.request).toMatchObject({ from: 'USD', to: 'GBP', result: 7.9 });
    expect(fetchesOf(upstream, 'USD'), 'requests for USD').toBe(1);
  });

  it('GET /rates/:base and a conversion at the same time share one upstream request', async () => {
    const upstream = await ratesService();
    const [a, b] = await concurrently(upstream, 'EUR', '/rates/EUR', '/convert?from=EUR&to=USD&amount=2');
    expect(okBody(a), a.request).toEqual({ ...EUR, cached: false });
    expect(okBody(b), b.request).toMatchObject({ rate: 1.087, result: 2.17 });
    expect(fetchesOf(upstream, 'EUR'), 'requests for EUR').toBe(1);
  });

  it('a shared request that fails fails both requests', async () => {
    const upstream = await ratesService();
    const [a, b] = await concurrently(upstream, 'USD', '/convert?from=USD&to=EUR&amount=1', '/rates/USD', {}, () => upstream.fail(503));
    expectApiError(a, 502, 'bad_gateway');
    expectApiError(b, 502, 'bad_gateway');
    expect(fetchesOf(upstream, 'USD'), 'requests for USD while both waited').toBe(1);
  });

  it('after a shared failure, the same app fetches again', async () => {
    const upstream = await ratesService();
    const app = await buildApp(upstream);
    const server = await serve(app);
    const gate = upstream.hold();
    const first = server.get('/convert?from=USD&to=EUR&amount=1');
    await until(() => fetchesOf(upstream, 'USD') === 1, 'the rates service received the request for USD');
    upstream.fail(503);
    gate.release();
    expectApiError(await first, 502, 'bad_gateway');
    serveTables(upstream);
    const res = await server.get('/convert?from=USD&to=EUR&amount=1');
    expect(okBody(res), `${res.request} after the failure`).toMatchObject({ rate: 0.92, cached: false });
    expect(fetchesOf(upstream, 'USD'), 'requests for USD').toBe(2);
  });

  it('requests for different bases are not merged', async () => {
    const upstream = await ratesService();
    const [a, b] = await concurrently(upstream, 'USD', '/convert?from=USD&to=EUR&amount=1', '/convert?from=EUR&to=USD&amount=1');
    expect(okBody(a), a.request).toMatchObject({ from: 'USD', rate: 0.92 });
    expect(okBody(b), b.request).toMatchObject({ from: 'EUR', rate: 1.087 });
    expect([fetchesOf(upstream, 'USD'), fetchesOf(upstream, 'EUR')], 'requests for USD and for EUR').toEqual([1, 1]);
  });

  it('once the shared request is answered, the next request is served from the cache', async () => {
    const upstream = await ratesService();
    const app = await buildApp(upstream);
    const server = await serve(app);
    const gate = upstream.hold();
    const first = server.get('/convert?from=USD&to=EUR&amount=1');
    await until(() => fetchesOf(upstream, 'USD') === 1, 'the rates service received the request for USD');
    gate.release();
    okBody(await first);
    expect(okBody(await server.get('/convert?from=USD&to=EUR&amount=1')), 'the next conversion').toMatchObject({ cached: true });
    expect(fetchesOf(upstream, 'USD'), 'requests for USD').toBe(1);
  });

  it('hostile input (broken encodings, repeated parameters, odd bases, wrong methods) is a 4xx JSON error on every route', async () => {
    const upstream = await ratesService();
    const server = await start(upstream);
    await expectHostileInputRefused(server, [
      { method: 'GET', path: '/convert', query: ['from', 'to', 'amount'] },
      { method: 'GET', path: '/rates/:base' },
    ], { params: { base: 'USD' } });
  });
});
