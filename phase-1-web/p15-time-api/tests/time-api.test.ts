// Hidden suite for p15 Time API. It drives the app over real HTTP on a loopback port and uses only
// what SPEC.md's Interface section promises: createApp(options) in src/app.ts, the routes, status
// codes, body shapes and error codes. Wording of messages is never checked. The grader runs with
// TZ=UTC; the SPEC promises answers that never depend on the machine's zone, so the checks marked
// "on a server in <zone>" run again with the process in each of OTHER_ZONES.
import { describe, expect, it } from 'vitest';
import { expectError, expectHostileInputRefused, expectInvalid, expectJson, expectStatus, fakeClock, load, OTHER_ZONES, serve, withTimeZone, type AppLike, type FakeClock, type HttpResponse, type TestServer } from '#testkit';

interface AppOptions {
  now?: () => Date;
}

interface AppModule {
  createApp: (options?: AppOptions) => AppLike;
}

/** Far from the real date, so an app that reads the system clock is caught. */
const START = '2031-05-04T03:02:01.250Z';

async function start(clock: FakeClock = fakeClock(START)): Promise<TestServer> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  return serve(createApp({ now: clock.now }));
}

/** Asserts a 200 JSON answer and returns its body. */
function ok(res: HttpResponse): Record<string, unknown> {
  expectStatus(res, 200);
  expectJson(res);
  return res.json as Record<string, unknown>;
}

/** `?name=value&...` with each value percent-encoded: a `+` must travel as %2B. */
function qs(params: Record<string, string>): string {
  return `?${Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&')}`;
}

async function parse(server: TestServer, input: string): Promise<HttpResponse> {
  return server.get(`/parse${qs({ input })}`);
}

async function expectParsed(server: TestServer, input: string, expected: Record<string, unknown>): Promise<void> {
  const res = await parse(server, input);
  expect(ok(res), res.request).toMatchObject(expected);
}

async function convert(server: TestServer, at: string, to: string): Promise<HttpResponse> {
  return server.get(`/convert${qs({ at, to })}`);
}

async function expectZoned(server: TestServer, at: string, to: string, expected: { zone?: string; local: string; offset: string }): Promise<Record<string, unknown>> {
  const res = await convert(server, at, to);
  const body = ok(res);
  expect({ local: body.local, offset: body.offset, ...(expected.zone ? { zone: body.zone } : {}) }, res.request).toEqual(expected);
  return body;
}

async function diffValue(server: TestServer, from: string, to: string, unit: string): Promise<unknown> {
  const res = await server.get(`/diff${qs({ from, to, unit })}`);
  return ok(res).value;
}

async function businessDays(server: TestServer, params: Record<string, string>): Promise<unknown> {
  const res = await server.get(`/business-days${qs(params)}`);
  return ok(res).businessDays;
}

const ROUTES = ['/now', '/parse', '/convert', '/diff', '/business-days'];

describe('Task 1: The clock and the routes', () => {
  it('GET /now describes the injected clock time', async () => {
    const server = await start();
    const body = ok(await server.get('/now'));
    expect(body, 'GET /now').toMatchObject({ iso: START, epochMs: Date.parse(START), weekday: 'Sunday', isLeapYear: false, dayOfYear: 124 });
  });

  it('GET /now follows the clock as it moves, per app', async () => {
    const clock = fakeClock('2028-12-31T23:59:59.999Z');
    const server = await start(clock);
    expect(ok(await server.get('/now')), 'GET /now at 2028-12-31T23:59:59.999Z').toMatchObject({ weekday: 'Sunday', isLeapYear: true, dayOfYear: 366 });
    clock.advance(1);
    expect(ok(await server.get('/now')), 'GET /now one ms later').toMatchObject({ iso: '2029-01-01T00:00:00.000Z', epochMs: Date.parse('2029-01-01T00:00:00.000Z'), weekday: 'Monday', isLeapYear: false, dayOfYear: 1 });
    const other = await start(fakeClock('2000-02-29T12:00:00.000Z'));
    expect(ok(await other.get('/now')), 'GET /now on a second app with its own clock').toMatchObject({ iso: '2000-02-29T12:00:00.000Z', weekday: 'Tuesday', isLeapYear: true, dayOfYear: 60 });
  });

  it('createApp() without options uses the system clock', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const server = await serve(createApp());
    const body = ok(await server.get('/now'));
    expect(typeof body.iso === 'string' && Date.parse(body.iso) === body.epochMs, `GET /now on createApp(): iso and epochMs should agree, got ${JSON.stringify(body)}`).toBe(true);
  });

  it('an unknown path is a JSON 404 not_found', async () => {
    const server = await start();
    for (const path of ['/nope', '/', '/time/now', '/parse/2026-01-01']) {
      const res = await server.get(path);
      expectError(res, 404, 'not_found');
      expectJson(res);
    }
  });

  it('another method than GET is a 405 with Allow: GET, HEAD', async () => {
    const server = await start();
    for (const path of ROUTES) {
      const res = await server.post(path, { json: { input: '2026-01-01' } });
      expectError(res, 405, 'method_not_allowed');
      const allow = (res.headers.get('allow') ?? '')
        .split(',')
        .map((method) => method.trim().toUpperCase())
        .filter(Boolean)
        .sort();
      expect(allow, `${res.request}: the Allow header`).toEqual(['GET', 'HEAD']);
    }
    expectError(await server.delete('/now'), 405, 'method_not_allowed');
  });

  for (const zone of OTHER_ZONES) {
    it(`GET /now describes the UTC day even on a server in ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        // 23:30Z is already the next day in Kolkata and Sydney; 02:00Z on January 1st is still
        // the last day of the previous year in New York.
        const late = await start(fakeClock('2031-05-04T23:30:00.000Z'));
        expect(ok(await late.get('/now')), `GET /now at 2031-05-04T23:30:00.000Z on a server in ${zone}`).toMatchObject({ iso: '2031-05-04T23:30:00.000Z', weekday: 'Sunday', isLeapYear: false, dayOfYear: 124 });
        const newYear = await start(fakeClock('2029-01-01T02:00:00.000Z'));
        expect(ok(await newYear.get('/now')), `GET /now at 2029-01-01T02:00:00.000Z on a server in ${zone}`).toMatchObject({ iso: '2029-01-01T02:00:00.000Z', weekday: 'Monday', isLeapYear: false, dayOfYear: 1 });
        const leapEnd = await start(fakeClock('2028-12-31T23:00:00.000Z'));
        expect(ok(await leapEnd.get('/now')), `GET /now at 2028-12-31T23:00:00.000Z on a server in ${zone}`).toMatchObject({ weekday: 'Sunday', isLeapYear: true, dayOfYear: 366 });
      });
    });
  }
});

describe('Task 2: Parse a timestamp', () => {
  it('a date is read as UTC midnight', async () => {
    const server = await start();
    await expectParsed(server, '2026-03-29', { iso: '2026-03-29T00:00:00.000Z', epochMs: 1774742400000, weekday: 'Sunday', isLeapYear: false, dayOfYear: 88 });
  });

  it('a date-time with Z keeps its milliseconds', async () => {
    const server = await start();
    await expectParsed(server, '2026-07-14T09:30:15.123Z', { iso: '2026-07-14T09:30:15.123Z', epochMs: Date.UTC(2026, 6, 14, 9, 30, 15, 123), weekday: 'Tuesday' });
    await expectParsed(server, '2026-07-14T09:30Z', { iso: '2026-07-14T09:30:00.000Z' });
    await expectParsed(server, '2026-07-14T09:30:15.5Z', { iso: '2026-07-14T09:30:15.500Z' });
  });

  it('an offset is applied: the answer is in UTC', async () => {
    const server = await start();
    await expectParsed(server, '2026-03-29T10:00:00+02:00', { iso: '2026-03-29T08:00:00.000Z' });
    await expectParsed(server, '2026-12-31T22:30:00-05:30', { iso: '2027-01-01T04:00:00.000Z', dayOfYear: 1, weekday: 'Friday' });
    await expectParsed(server, '2026-01-01T00:00:00+00:00', { iso: '2026-01-01T00:00:00.000Z' });
  });

  it('epoch milliseconds as digits', async () => {
    const server = await start();
    await expectParsed(server, '0', { iso: '1970-01-01T00:00:00.000Z', epochMs: 0, weekday: 'Thursday', dayOfYear: 1 });
    await expectParsed(server, '1774742400000', { iso: '2026-03-29T00:00:00.000Z', epochMs: 1774742400000 });
    await expectParsed(server, '951782400000', { iso: '2000-02-29T00:00:00.000Z', isLeapYear: true, dayOfYear: 60 });
  });

  it('dayOfYear and isLeapYear at the end of a year', async () => {
    const server = await start();
    await expectParsed(server, '2024-12-31', { dayOfYear: 366, isLeapYear: true, weekday: 'Tuesday' });
    await expectParsed(server, '2023-12-31T23:59:59.999Z', { dayOfYear: 365, isLeapYear: false, weekday: 'Sunday' });
    await expectParsed(server, '2023-03-01', { dayOfYear: 60, isLeapYear: false, weekday: 'Wednesday' });
    await expectParsed(server, '2024-03-01', { dayOfYear: 61, isLeapYear: true, weekday: 'Friday' });
  });

  it('a missing or empty input is a 400 naming input', async () => {
    const server = await start();
    expectInvalid(await server.get('/parse'), 'input');
    expectInvalid(await server.get('/parse?input='), 'input');
    expectInvalid(await server.get('/parse?date=2026-01-01'), 'input');
  });

  it('text that is not a timestamp is a 400 naming input', async () => {
    const server = await start();
    for (const input of ['tomorrow', 'now', '2026/03/29', '29-03-2026', '2026-3-9', '-1', '1e3', '12.5', '0x10', 'March 29, 2026', 'Sun, 29 Mar 2026 10:00:00 GMT', '2026-03-29T10:00:00', '2026-03-29 10:00:00Z', '2026-03-29T10Z', 'null', "2026-01-01' OR '1'='1", '<script>alert(1)</script>']) {
      expectInvalid(await parse(server, input), 'input');
    }
  });

  it('a + that was not encoded arrives as a space and is refused', async () => {
    const server = await start();
    expectInvalid(await server.get('/parse?input=2026-03-29T10:00:00+02:00'), 'input');
  });

  for (const zone of OTHER_ZONES) {
    it(`dates are UTC midnight and offsets are the ones sent, even on a server in ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const server = await start();
        await expectParsed(server, '2026-03-29', { iso: '2026-03-29T00:00:00.000Z', epochMs: 1774742400000, weekday: 'Sunday', dayOfYear: 88 });
        await expectParsed(server, '2026-03-08', { iso: '2026-03-08T00:00:00.000Z', weekday: 'Sunday', dayOfYear: 67 });
        await expectParsed(server, '2026-11-01T01:30:00-04:00', { iso: '2026-11-01T05:30:00.000Z', weekday: 'Sunday' });
        await expectParsed(server, '2026-10-04T02:30:00+10:00', { iso: '2026-10-03T16:30:00.000Z', weekday: 'Saturday', dayOfYear: 276 });
        await expectParsed(server, '2026-12-31T22:30:00-05:30', { iso: '2027-01-01T04:00:00.000Z', dayOfYear: 1, weekday: 'Friday' });
        await expectParsed(server, '2026-01-01T00:00:00Z', { iso: '2026-01-01T00:00:00.000Z', dayOfYear: 1, weekday: 'Thursday' });
      });
    });
  }
});

describe('Task 3: Refuse impossible dates', () => {
  it('February 29th exists only in leap years', async () => {
    const server = await start();
    await expectParsed(server, '2024-02-29', { iso: '2024-02-29T00:00:00.000Z', isLeapYear: true, weekday: 'Thursday', dayOfYear: 60 });
    await expectParsed(server, '2000-02-29', { iso: '2000-02-29T00:00:00.000Z', isLeapYear: true, weekday: 'Tuesday' });
    await expectParsed(server, '1600-02-29T12:00:00Z', { isLeapYear: true });
    expectInvalid(await parse(server, '2023-02-29'), 'input');
    expectInvalid(await parse(server, '2100-02-29'), 'input');
    expectInvalid(await parse(server, '1900-02-29T00:00:00Z'), 'input');
    expectInvalid(await parse(server, '2024-02-30'), 'input');
  });

  it('isLeapYear follows the Gregorian rules (4, 100, 400)', async () => {
    const server = await start();
    for (const [year, leap] of [['2024', true], ['2023', false], ['2100', false], ['2000', true], ['1900', false], ['2400', true], ['0004', true]] as const) {
      await expectParsed(server, `${year}-06-01`, { isLeapYear: leap });
    }
  });

  it('months and days out of range are refused, not rolled over', async () => {
    const server = await start();
    for (const input of ['2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32', '2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31', '2026-02-29T00:00:00Z']) {
      expectInvalid(await parse(server, input), 'input');
    }
    for (const input of ['2026-01-31', '2026-03-31', '2026-04-30', '2026-05-31', '2026-07-31', '2026-08-31', '2026-10-31', '2026-02-28']) {
      await expectParsed(server, input, { iso: `${input}T00:00:00.000Z` });
    }
    await expectParsed(server, '2026-12-31', { iso: '2026-12-31T00:00:00.000Z', dayOfYear: 365 });
  });

  it('times out of range are refused', async () => {
    const server = await start();
    for (const input of ['2026-01-01T24:00:00Z', '2026-01-01T23:60:00Z', '2026-01-01T24:61Z', '2026-01-01T12:00:60Z', '2026-01-01T12:00:00+24:00', '2026-01-01T12:00:00+05:60']) {
      expectInvalid(await parse(server, input), 'input');
    }
    await expectParsed(server, '2026-01-01T23:59:59.999Z', { iso: '2026-01-01T23:59:59.999Z' });
    await expectParsed(server, '2026-01-01T12:00:00+23:59', { iso: '2025-12-31T12:01:00.000Z' });
  });

  it('the far past: year 0001 and early years are not mistaken for 19xx', async () => {
    const server = await start();
    await expectParsed(server, '0001-01-01', { iso: '0001-01-01T00:00:00.000Z', epochMs: -62135596800000, weekday: 'Monday', isLeapYear: false, dayOfYear: 1 });
    await expectParsed(server, '0050-06-15T12:00:00Z', { iso: '0050-06-15T12:00:00.000Z', epochMs: -60574996800000 });
    await expectParsed(server, '1969-12-31T23:59:59.999Z', { epochMs: -1 });
    expectInvalid(await parse(server, '0000-12-31'), 'input');
    expectInvalid(await parse(server, '0001-01-01T00:00:00+01:00'), 'input');
  });

  it('the far future: up to 9999-12-31T23:59:59.999Z and no further', async () => {
    const server = await start();
    await expectParsed(server, '9999-12-31T23:59:59.999Z', { iso: '9999-12-31T23:59:59.999Z', epochMs: 253402300799999, weekday: 'Friday', isLeapYear: false, dayOfYear: 365 });
    await expectParsed(server, '253402300799999', { iso: '9999-12-31T23:59:59.999Z' });
    await expectParsed(server, '9999-12-31T22:59:59.999-01:00', { iso: '9999-12-31T23:59:59.999Z' });
    expectInvalid(await parse(server, '10000-01-01'), 'input');
    expectInvalid(await parse(server, '+010000-01-01T00:00:00Z'), 'input');
    expectInvalid(await parse(server, '253402300800000'), 'input');
    expectInvalid(await parse(server, '9999-12-31T23:00:00-01:00'), 'input');
    expectInvalid(await parse(server, '99999999999999999999'), 'input');
  });

  it('a repeated parameter is a 400, not a 500', async () => {
    const server = await start();
    expectInvalid(await server.get('/parse?input=2026-01-01&input=2026-01-02'), 'input');
    expectInvalid(await server.get('/convert?at=2026-01-01&at=2026-01-02&to=UTC'), 'at');
    expectInvalid(await server.get('/convert?at=2026-01-01&to=UTC&to=Europe/Paris'), 'to');
    expectInvalid(await server.get('/diff?from=2026-01-01&to=2026-01-02&unit=ms&unit=days'), 'unit');
    expectInvalid(await server.get('/business-days?from=2026-01-01&to=2026-01-09&holidays=2026-01-02&holidays=2026-01-05'), 'holidays');
  });
});

describe('Task 4: Convert to a time zone', () => {
  it('an instant in Europe/Paris, winter and summer', async () => {
    const server = await start();
    await expectZoned(server, '2026-01-15T12:00:00Z', 'Europe/Paris', { zone: 'Europe/Paris', local: '2026-01-15T13:00:00', offset: '+01:00' });
    await expectZoned(server, '2026-07-15T12:00:00.999Z', 'Europe/Paris', { zone: 'Europe/Paris', local: '2026-07-15T14:00:00', offset: '+02:00' });
  });

  it('Paris springs forward at 2026-03-29T01:00:00Z', async () => {
    const server = await start();
    await expectZoned(server, '2026-03-29T00:59:59Z', 'Europe/Paris', { local: '2026-03-29T01:59:59', offset: '+01:00' });
    await expectZoned(server, '2026-03-29T01:00:00Z', 'Europe/Paris', { local: '2026-03-29T03:00:00', offset: '+02:00' });
  });

  it('New York falls back: the same local hour twice, with two offsets', async () => {
    const server = await start();
    const before = await expectZoned(server, '2026-11-01T05:30:00Z', 'America/New_York', { zone: 'America/New_York', local: '2026-11-01T01:30:00', offset: '-04:00' });
    const after = await expectZoned(server, '2026-11-01T06:30:00Z', 'America/New_York', { zone: 'America/New_York', local: '2026-11-01T01:30:00', offset: '-05:00' });
    for (const [body, expected] of [[before, 'EDT'], [after, 'EST']] as const) {
      if (body.abbreviation !== undefined) expect(body.abbreviation, `abbreviation in America/New_York, ${String(body.local)}`).toBe(expected);
    }
    await expectZoned(server, '2026-03-08T06:59:59Z', 'America/New_York', { local: '2026-03-08T01:59:59', offset: '-05:00' });
    await expectZoned(server, '2026-03-08T07:00:00Z', 'America/New_York', { local: '2026-03-08T03:00:00', offset: '-04:00' });
  });

  it('offsets with minutes, east and west, and a date change', async () => {
    const server = await start();
    await expectZoned(server, '2026-01-15T12:00:00Z', 'Asia/Kathmandu', { local: '2026-01-15T17:45:00', offset: '+05:45' });
    await expectZoned(server, '2026-01-15T02:00:00Z', 'America/St_Johns', { local: '2026-01-14T22:30:00', offset: '-03:30' });
    await expectZoned(server, '2026-01-15T12:00:00Z', 'Europe/London', { zone: 'Europe/London', local: '2026-01-15T12:00:00', offset: '+00:00' });
    await expectZoned(server, '2026-12-31T23:30:00Z', 'Asia/Tokyo', { local: '2027-01-01T08:30:00', offset: '+09:00' });
    await expectZoned(server, '2026-01-15T12:00:00Z', 'Australia/Sydney', { local: '2026-01-15T23:00:00', offset: '+11:00' });
  });

  it('UTC is a zone, with the offset +00:00', async () => {
    const server = await start();
    await expectZoned(server, '2026-03-29T10:00:00+02:00', 'UTC', { zone: 'UTC', local: '2026-03-29T08:00:00', offset: '+00:00' });
    await expectZoned(server, '1774742400000', 'UTC', { local: '2026-03-29T00:00:00', offset: '+00:00' });
  });

  it('the far past and future convert too', async () => {
    const server = await start();
    await expectZoned(server, '0001-01-01T00:00:00Z', 'UTC', { local: '0001-01-01T00:00:00', offset: '+00:00' });
    await expectZoned(server, '9999-12-31T23:59:59.999Z', 'UTC', { local: '9999-12-31T23:59:59', offset: '+00:00' });
    await expectZoned(server, '1800-01-01T00:00:00Z', 'America/New_York', { local: '1799-12-31T19:03:58', offset: '-04:56:02' });
  });

  it('an unknown or injection-looking zone is a 400 naming to', async () => {
    const server = await start();
    for (const to of ['Mars/Olympus_Mons', 'Europe/Pariss', 'Europe', '../../etc/passwd', "Europe/Paris' OR '1'='1", '<script>alert(1)</script>', 'Europe/Paris\u0000', ' Europe/Paris', 'x'.repeat(5000)]) {
      expectInvalid(await convert(server, '2026-01-15T12:00:00Z', to), 'to');
    }
  });

  it('missing or bad parameters are 400s naming them', async () => {
    const server = await start();
    expectInvalid(await server.get('/convert?to=Europe/Paris'), 'at');
    expectInvalid(await server.get('/convert?at=2026-01-15T12:00:00Z'), 'to');
    expectInvalid(await server.get('/convert?at=2026-01-15T12:00:00Z&to='), 'to');
    expectInvalid(await convert(server, '2023-02-29T12:00:00Z', 'Europe/Paris'), 'at');
    expectInvalid(await convert(server, '2026-01-15T12:00:00', 'Europe/Paris'), 'at');
  });

  for (const zone of OTHER_ZONES) {
    it(`conversions, DST gaps and repeats included, do not depend on the server's own zone (${zone})`, async () => {
      await withTimeZone(zone, async () => {
        const server = await start();
        await expectZoned(server, '2026-03-29T00:59:59Z', 'Europe/Paris', { zone: 'Europe/Paris', local: '2026-03-29T01:59:59', offset: '+01:00' });
        await expectZoned(server, '2026-03-29T01:00:00Z', 'Europe/Paris', { local: '2026-03-29T03:00:00', offset: '+02:00' });
        await expectZoned(server, '2026-11-01T05:30:00Z', 'America/New_York', { local: '2026-11-01T01:30:00', offset: '-04:00' });
        await expectZoned(server, '2026-11-01T06:30:00Z', 'America/New_York', { local: '2026-11-01T01:30:00', offset: '-05:00' });
        await expectZoned(server, '2026-03-08T07:00:00Z', 'America/New_York', { local: '2026-03-08T03:00:00', offset: '-04:00' });
        await expectZoned(server, '2026-04-04T15:30:00Z', 'Australia/Sydney', { local: '2026-04-05T02:30:00', offset: '+11:00' });
        await expectZoned(server, '2026-04-04T16:30:00Z', 'Australia/Sydney', { local: '2026-04-05T02:30:00', offset: '+10:00' });
        await expectZoned(server, '2026-01-15T12:00:00Z', 'UTC', { zone: 'UTC', local: '2026-01-15T12:00:00', offset: '+00:00' });
        await expectZoned(server, '2026-01-15T20:00:00Z', 'Asia/Kolkata', { local: '2026-01-16T01:30:00', offset: '+05:30' });
      });
    });
  }
});

describe('Task 5: Differences between instants', () => {
  it('the answer names both instants in UTC, the unit and the value', async () => {
    const server = await start();
    const res = await server.get(`/diff${qs({ from: '2026-01-01', to: '2026-01-02T06:00:00+02:00', unit: 'hours' })}`);
    expect(ok(res), res.request).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T04:00:00.000Z', unit: 'hours', value: 28 });
  });

  it('every unit, truncated to whole units', async () => {
    const server = await start();
    const from = '2026-01-01T00:00:00Z';
    const to = '2026-01-02T01:02:03.456Z';
    const expected = { ms: 90123456, seconds: 90123, minutes: 1502, hours: 25, days: 1 };
    for (const [unit, value] of Object.entries(expected)) {
      expect(await diffValue(server, from, to, unit), `GET /diff from ${from} to ${to} in ${unit}`).toBe(value);
    }
  });

  it('just under a whole unit is 0 of it, exactly one is 1', async () => {
    const server = await start();
    expect(await diffValue(server, '2026-01-01T00:00:00Z', '2026-01-01T23:59:59.999Z', 'days'), 'days, 1 ms short of a day').toBe(0);
    expect(await diffValue(server, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', 'days'), 'days, exactly one day').toBe(1);
    expect(await diffValue(server, '2026-01-01T00:00:00Z', '2026-01-01T00:00:59.999Z', 'minutes'), 'minutes, 1 ms short of a minute').toBe(0);
    expect(await diffValue(server, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'ms'), 'ms, the same instant').toBe(0);
  });

  it('negative when to is before from, truncated toward zero', async () => {
    const server = await start();
    expect(await diffValue(server, '2026-01-02T12:00:00Z', '2026-01-01T00:00:00Z', 'days'), 'days, 1.5 days back').toBe(-1);
    expect(await diffValue(server, '2026-01-02T12:00:00Z', '2026-01-01T00:00:00Z', 'hours'), 'hours, 36 hours back').toBe(-36);
    expect(await diffValue(server, '2026-01-01T00:00:01Z', '2026-01-01T00:00:00Z', 'ms'), 'ms, one second back').toBe(-1000);
    expect(await diffValue(server, '2026-01-01T00:00:00.500Z', '2026-01-01T00:00:00Z', 'seconds'), 'seconds, half a second back').toBe(0);
  });

  it('days are 24 hours of UTC: daylight saving and leap days do not shift them', async () => {
    const server = await start();
    expect(await diffValue(server, '2026-03-28T12:00:00+01:00', '2026-03-29T12:00:00+02:00', 'hours'), 'hours across the Paris spring change').toBe(23);
    expect(await diffValue(server, '2024-02-28', '2024-03-01', 'days'), 'days across February 29th, 2024').toBe(2);
    expect(await diffValue(server, '2023-02-28', '2023-03-01', 'days'), 'days from 2023-02-28 to 2023-03-01').toBe(1);
    expect(await diffValue(server, '0001-01-01', '9999-12-31T23:59:59.999Z', 'ms'), 'ms from 0001 to 9999').toBe(315537897599999);
    expect(await diffValue(server, '0001-01-01', '9999-12-31', 'days'), 'days from 0001-01-01 to 9999-12-31').toBe(3652058);
  });

  it('a bad or missing unit is a 400 naming unit', async () => {
    const server = await start();
    for (const unit of ['weeks', 'Days', 'day', 'milliseconds', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expectInvalid(await server.get(`/diff${qs({ from: '2026-01-01', to: '2026-01-02', unit })}`), 'unit');
    }
    expectInvalid(await server.get('/diff?from=2026-01-01&to=2026-01-02'), 'unit');
  });

  it('bad or missing instants are 400s naming them', async () => {
    const server = await start();
    expectInvalid(await server.get('/diff?to=2026-01-02&unit=days'), 'from');
    expectInvalid(await server.get('/diff?from=2026-01-02&unit=days'), 'to');
    expectInvalid(await server.get(`/diff${qs({ from: '2100-02-29', to: '2026-01-02', unit: 'days' })}`), 'from');
    expectInvalid(await server.get(`/diff${qs({ from: '2026-01-01', to: '10000-01-01', unit: 'days' })}`), 'to');
  });

  for (const zone of OTHER_ZONES) {
    it(`differences are in instants, even across a DST change of the server's own zone (${zone})`, async () => {
      await withTimeZone(zone, async () => {
        const server = await start();
        expect(await diffValue(server, '2026-03-08', '2026-03-09', 'hours'), `hours from 2026-03-08 to 2026-03-09 on a server in ${zone}`).toBe(24);
        expect(await diffValue(server, '2026-11-01', '2026-11-02', 'days'), `days from 2026-11-01 to 2026-11-02 on a server in ${zone}`).toBe(1);
        expect(await diffValue(server, '2026-04-04T12:00:00Z', '2026-04-05T11:00:00Z', 'days'), `days from 2026-04-04T12:00Z to 2026-04-05T11:00Z on a server in ${zone}`).toBe(0);
        expect(await diffValue(server, '2026-10-03T12:00:00Z', '2026-10-04T12:00:00Z', 'hours'), `hours over Sydney's spring change on a server in ${zone}`).toBe(24);
      });
    });
  }
});

describe('Task 6: Business days', () => {
  it('a week from Monday to Monday has 5 business days; to is not counted', async () => {
    const server = await start();
    const res = await server.get(`/business-days${qs({ from: '2026-01-05', to: '2026-01-12' })}`);
    expect(ok(res), res.request).toEqual({ from: '2026-01-05', to: '2026-01-12', businessDays: 5 });
    expect(await businessDays(server, { from: '2026-01-05', to: '2026-01-09' }), 'Monday to Friday, Friday not counted').toBe(4);
    expect(await businessDays(server, { from: '2026-01-05', to: '2026-01-10' }), 'Monday to Saturday').toBe(5);
  });

  it('the same day is 0, a weekend is 0, one weekday is 1', async () => {
    const server = await start();
    expect(await businessDays(server, { from: '2026-01-07', to: '2026-01-07' }), 'from == to').toBe(0);
    expect(await businessDays(server, { from: '2026-01-10', to: '2026-01-12' }), 'Saturday to Monday').toBe(0);
    expect(await businessDays(server, { from: '2026-01-09', to: '2026-01-10' }), 'Friday to Saturday').toBe(1);
    expect(await businessDays(server, { from: '2026-01-11', to: '2026-01-13' }), 'Sunday to Tuesday').toBe(1);
  });

  it('holidays on weekdays in the range are skipped', async () => {
    const server = await start();
    expect(await businessDays(server, { from: '2026-12-21', to: '2027-01-04' }), 'two weeks, no holidays').toBe(10);
    expect(await businessDays(server, { from: '2026-12-21', to: '2027-01-04', holidays: '2026-12-25,2026-12-26' }), 'with a Friday and a Saturday holiday').toBe(9);
    expect(await businessDays(server, { from: '2026-12-21', to: '2027-01-04', holidays: '2026-12-25,2026-12-25,2027-01-01' }), 'a repeated holiday counts once').toBe(8);
    expect(await businessDays(server, { from: '2026-12-21', to: '2027-01-04', holidays: '2026-12-21' }), 'a holiday on from').toBe(9);
    expect(await businessDays(server, { from: '2026-12-21', to: '2027-01-04', holidays: '2027-01-04,2026-12-18,2027-12-24' }), 'holidays on to and outside the range').toBe(10);
    expect(await businessDays(server, { from: '2026-12-21', to: '2027-01-04', holidays: '' }), 'holidays= empty').toBe(10);
  });

  it('leap years: February 29th is a day like the others', async () => {
    const server = await start();
    expect(await businessDays(server, { from: '2024-02-28', to: '2024-03-01' }), '2024-02-28 (Wed) to 2024-03-01').toBe(2);
    expect(await businessDays(server, { from: '2023-02-28', to: '2023-03-01' }), '2023-02-28 (Tue) to 2023-03-01').toBe(1);
    expect(await businessDays(server, { from: '2024-01-01', to: '2025-01-01' }), 'the whole of 2024').toBe(262);
    expect(await businessDays(server, { from: '2026-01-01', to: '2027-01-01' }), 'the whole of 2026').toBe(261);
  });

  it('ranges up to 3660 days are counted; longer ones are a 400 naming to', async () => {
    const server = await start();
    expect(await businessDays(server, { from: '2026-01-01', to: '2036-01-09' }), 'exactly 3660 days').toBe(2614);
    expectInvalid(await server.get(`/business-days${qs({ from: '2026-01-01', to: '2036-01-10' })}`), 'to');
    expectInvalid(await server.get(`/business-days${qs({ from: '0001-01-01', to: '9999-12-31' })}`), 'to');
  });

  it('from after to is a 400 naming to', async () => {
    const server = await start();
    expectInvalid(await server.get(`/business-days${qs({ from: '2026-01-12', to: '2026-01-05' })}`), 'to');
    expectInvalid(await server.get(`/business-days${qs({ from: '2026-01-06', to: '2026-01-05' })}`), 'to');
  });

  it('dates must be YYYY-MM-DD and exist', async () => {
    const server = await start();
    expectInvalid(await server.get('/business-days?to=2026-01-05'), 'from');
    expectInvalid(await server.get('/business-days?from=2026-01-05'), 'to');
    for (const from of ['2026-02-29', '2026-1-5', '2026-01-05T00:00:00Z', '1767571200000', 'monday']) {
      expectInvalid(await server.get(`/business-days${qs({ from, to: '2026-12-31' })}`), 'from');
    }
    expectInvalid(await server.get(`/business-days${qs({ from: '2026-01-05', to: '2026-13-01' })}`), 'to');
    expectInvalid(await server.get(`/business-days${qs({ from: '0000-12-31', to: '0001-01-02' })}`), 'from');
    expect(await businessDays(server, { from: '0001-01-01', to: '0001-01-08' }), 'the first week of year 1').toBe(5);
    expectInvalid(await server.get(`/business-days${qs({ from: '2023-02-01', to: '2023-02-29' })}`), 'to');
  });

  it('every holiday must be a real YYYY-MM-DD date', async () => {
    const server = await start();
    for (const holidays of ['2026-12-25,', '2026-12-25,,2026-12-26', '2026-12-32', '2026-12-25, 2026-12-26', 'christmas', "2026-12-25');DROP TABLE holidays;--", '2100-02-29']) {
      expectInvalid(await server.get(`/business-days${qs({ from: '2026-12-21', to: '2027-01-04', holidays })}`), 'holidays');
    }
  });

  for (const zone of OTHER_ZONES) {
    it(`business days are counted on UTC days, even on a server in ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const server = await start();
        expect(await businessDays(server, { from: '2026-01-05', to: '2026-01-12' }), `Monday 2026-01-05 to Monday 2026-01-12 on a server in ${zone}`).toBe(5);
        expect(await businessDays(server, { from: '2026-01-09', to: '2026-01-10' }), `Friday to Saturday on a server in ${zone}`).toBe(1);
        expect(await businessDays(server, { from: '2026-01-10', to: '2026-01-12' }), `Saturday to Monday on a server in ${zone}`).toBe(0);
        expect(await businessDays(server, { from: '2026-01-11', to: '2026-01-13' }), `Sunday to Tuesday on a server in ${zone}`).toBe(1);
        expect(await businessDays(server, { from: '2026-03-06', to: '2026-03-10', holidays: '2026-03-09' }), `Friday 2026-03-06 to Tuesday 2026-03-10 (New York's DST change), Monday a holiday, on a server in ${zone}`).toBe(1);
        expect(await businessDays(server, { from: '2026-10-02', to: '2026-10-06' }), `Friday 2026-10-02 to Tuesday 2026-10-06 (Sydney's DST change) on a server in ${zone}`).toBe(2);
        expect(await businessDays(server, { from: '2026-01-01', to: '2027-01-01' }), `the whole of 2026 on a server in ${zone}`).toBe(261);
      });
    });
  }

  it('hostile input (broken encodings, repeated parameters, wrong methods) is a 4xx JSON error on every route', async () => {
    const server = await start();
    await expectHostileInputRefused(server, [
      { method: 'GET', path: '/now' },
      { method: 'GET', path: '/parse', query: ['input'] },
      { method: 'GET', path: '/convert', query: ['at', 'to'] },
      { method: 'GET', path: '/diff', query: ['from', 'to', 'unit'] },
      { method: 'GET', path: '/business-days', query: ['from', 'to', 'holidays'] },
    ]);
  });
});
