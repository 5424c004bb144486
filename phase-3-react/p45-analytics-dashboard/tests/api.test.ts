// p45's API checks: events in, KPIs and events per day out, over local days in the zone the client
// names. The statistics checks run again with the process in OTHER_ZONES (project.json
// "localTime": true): the zone is a parameter, so the server's own zone must change nothing.
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, findRow, hasText, OTHER_ZONES, withRawDb, withTimeZone, type TestServer } from '#testkit';
import { DST, MARCH, MARCH_1_2, MARCH_DAYS, START, dayRows, daily, expectEvent, kpis, range, seed, start, summary, toBody } from './helpers.js';

const ZONES_OF_MARCH = Object.keys(MARCH_DAYS);

async function checkMarch(api: TestServer, where: string): Promise<void> {
  for (const tz of ZONES_OF_MARCH) {
    expect(await kpis(api, range('2026-03-01', '2026-03-02', tz)), `GET /api/stats/summary?${range('2026-03-01', '2026-03-02', tz)}${where}: [totalEvents, uniqueUsers, revenueCents]`).toEqual(MARCH_1_2[tz]);
  }
}

async function checkMarchDays(api: TestServer, where: string): Promise<void> {
  for (const tz of ZONES_OF_MARCH) {
    expect(await dayRows(api, range('2026-02-28', '2026-03-04', tz)), `GET /api/stats/daily?${range('2026-02-28', '2026-03-04', tz)}${where}: [date, events, users, revenueCents] per day`).toEqual(MARCH_DAYS[tz]);
  }
}

describe('Task 1: Record events', () => {
  it('POST /api/events records one event: 201 with the event, occurredAt as a UTC instant, userId and valueCents null when left out', async () => {
    const { api, dbFile } = await start();
    const res = await api.post('/api/events', { json: { name: 'checkout.completed', occurredAt: '2026-03-08T00:30:00-05:00', userId: 'ann', valueCents: 1250 } });
    const event = expectEvent(res);
    expect(event, `${res.request}`).toEqual({ id: event.id, name: 'checkout.completed', occurredAt: '2026-03-08T05:30:00.000Z', userId: 'ann', valueCents: 1250 });
    expect(Number.isInteger(event.id) && event.id > 0, `${res.request}: id is a positive integer`).toBe(true);
    const bare = expectEvent(await api.post('/api/events', { json: { name: 'page.view', occurredAt: '2026-03-01T23:59:59.5+05:30' } }));
    expect(bare, 'POST { name: "page.view", occurredAt: "2026-03-01T23:59:59.5+05:30" }').toEqual({ id: bare.id, name: 'page.view', occurredAt: '2026-03-01T18:29:59.500Z', userId: null, valueCents: null });
    expect(bare.id, 'a second event gets another id').not.toBe(event.id);
    const nulls = expectEvent(await api.post('/api/events', { json: { name: 'signup', occurredAt: '2026-03-01T00:00:00Z', userId: null, valueCents: null } }));
    expect([nulls.userId, nulls.valueCents], 'POST with userId: null and valueCents: null').toEqual([null, null]);
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('an event sent without occurredAt happened now: the app\'s clock', async () => {
    const { api, clock } = await start();
    const first = expectEvent(await api.post('/api/events', { json: { name: 'signup', userId: 'ann' } }));
    expect(first.occurredAt, 'POST { name: "signup" } (no occurredAt) with the clock at ' + START).toBe(START);
    clock.advance(90_000);
    const batch = await api.post('/api/events', { json: { events: [{ name: 'a' }, { name: 'b', occurredAt: '2026-01-01T00:00:00Z' }] } });
    const items = (batch.json as { items: Array<{ occurredAt: string }> }).items;
    expect(items.map((e) => e.occurredAt), `${batch.request} 90 s later`).toEqual(['2026-03-05T09:01:30.000Z', '2026-01-01T00:00:00.000Z']);
  });

  it('a batch { events: [...] } records every event in the order sent and answers 201 { count, items }', async () => {
    const { api } = await start();
    const res = await api.post('/api/events', { json: { events: MARCH.slice(0, 3).map(toBody) } });
    expect(res.status, `${res.request}`).toBe(201);
    const body = res.json as { count: number; items: Array<Record<string, unknown>> };
    expect(Object.keys(body).sort(), `${res.request}: the body has exactly count and items`).toEqual(['count', 'items']);
    expect(body.count, `${res.request}: count`).toBe(3);
    expect(body.items.map((e) => [e.name, e.occurredAt, e.userId, e.valueCents]), `${res.request}: items in the order sent`).toEqual([
      ['page.view', '2026-02-28T23:59:59.999Z', 'eve', 70],
      ['page.view', '2026-03-01T10:59:59.999Z', 'ann', 100],
      ['page.view', '2026-03-01T11:00:00.000Z', 'ben', null],
    ]);
    expect(new Set(body.items.map((e) => e.id)).size, `${res.request}: distinct ids`).toBe(3);
    const max = await api.post('/api/events', { json: { events: Array.from({ length: 500 }, (_, i) => ({ name: 'bulk', occurredAt: '2026-03-01T12:00:00Z', userId: `u${i}` })) } });
    expect([max.status, (max.json as { count?: number }).count], 'POST a batch of 500 events').toEqual([201, 500]);
  });

  it('refuses bad names, instants, user ids and values with 400 validation_failed naming the field', async () => {
    const { api } = await start();
    const ok = { name: 'signup', occurredAt: '2026-03-01T12:00:00Z' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ occurredAt: ok.occurredAt }, 'name'],
      ...['', 'Signup', '1st.visit', 'page view', 'a'.repeat(65), 'café'].map((name): [Record<string, unknown>, string] => [{ ...ok, name }, 'name']),
      [{ ...ok, name: 42 }, 'name'],
      ...['2026-03-01', '2026-03-01T12:00:00', '2026-02-30T12:00:00Z', '2026-03-01T24:00:00Z', '2026-03-01T12:00Z', '1999-12-31T23:59:59.999Z', '2100-01-01T00:00:00Z', 'yesterday'].map((occurredAt): [Record<string, unknown>, string] => [{ ...ok, occurredAt }, 'occurredAt']),
      [{ ...ok, occurredAt: 1772366400000 }, 'occurredAt'],
      [{ ...ok, occurredAt: null }, 'occurredAt'],
      ...['', '   ', 'x'.repeat(101)].map((userId): [Record<string, unknown>, string] => [{ ...ok, userId }, 'userId']),
      [{ ...ok, userId: 7 }, 'userId'],
      ...[-1, 1.5, '100', 100_000_001, true].map((valueCents): [Record<string, unknown>, string] => [{ ...ok, valueCents }, 'valueCents']),
      [{ ...ok, revenue: 5 }, 'revenue'],
    ];
    for (const [body, field] of cases) expectInvalid(await api.post('/api/events', { json: body }), field);
    expectApiError(await api.post('/api/events', { json: ['signup'] }), 400, 'validation_failed');
    expectApiError(await api.post('/api/events', { body: 'name=signup', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    const edges = { name: 'a'.repeat(64), occurredAt: '2000-01-01T00:00:00Z', userId: 'u'.repeat(100), valueCents: 100_000_000 };
    const edge = expectEvent(await api.post('/api/events', { json: edges }));
    expect(edge, 'the longest name and user id, the first instant, the largest value').toEqual({ id: edge.id, ...edges, occurredAt: '2000-01-01T00:00:00.000Z' });
    const low = expectEvent(await api.post('/api/events', { json: { name: 'z', occurredAt: '2099-12-31T23:59:59.999Z', valueCents: 0 } }));
    expect([low.occurredAt, low.valueCents], 'the last instant, valueCents 0').toEqual(['2099-12-31T23:59:59.999Z', 0]);
  });

  it('a batch is all or nothing: one bad event refuses it whole, its details naming events.<index>.<field>, and nothing is stored', async () => {
    const { api, dbFile } = await start();
    const res = await api.post('/api/events', { json: { events: [{ name: 'ok', userId: 'never-stored' }, { name: 'ok', valueCents: -5 }, { name: 'ok', note: 'x' }] } });
    expectInvalid(res, 'events.1.valueCents', 'events.2.note');
    for (const events of [[], Array.from({ length: 501 }, () => ({ name: 'bulk' })), 'many', null]) {
      expectInvalid(await api.post('/api/events', { json: { events } }), 'events');
    }
    expectInvalid(await api.post('/api/events', { json: { events: [{ name: 'ok' }], extra: 1 } }), 'extra');
    withRawDb(dbFile, (db) => expect(findRow(db, hasText('never-stored')), 'a row of the refused batch in the database').toBeUndefined());
  });
});

describe('Task 2: Key figures over a range of local days', () => {
  it('GET /api/stats/summary counts events, distinct users (anonymous events are none) and revenue from `from` to `to`, both included', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const s = await summary(api, range('2026-03-01', '2026-03-02', 'UTC'));
    expect(s, `GET /api/stats/summary?${range('2026-03-01', '2026-03-02', 'UTC')}`).toEqual({ from: '2026-03-01', to: '2026-03-02', tz: 'UTC', totalEvents: 8, uniqueUsers: 4, revenueCents: 4355 });
    const noTz = await summary(api, range('2026-03-01', '2026-03-02'));
    expect(noTz, 'GET /api/stats/summary without tz: UTC').toEqual(s);
    expect(await kpis(api, range('2026-03-02', '2026-03-02', 'UTC')), 'from = to = 2026-03-02: that one day, included').toEqual([4, 4, 4005]);
    expect(await kpis(api, range('2026-03-03', '2026-03-03', 'UTC')), 'from = to = 2026-03-03: an event at 2026-03-03T00:00:00Z exactly').toEqual([1, 1, 40]);
    expect(await kpis(api, range('2026-02-28', '2026-02-28', 'UTC')), 'from = to = 2026-02-28: an event at 23:59:59.999').toEqual([1, 1, 70]);
    expect(await kpis(api, range('2026-02-28', '2026-03-04', 'UTC')), 'the whole week').toEqual([11, 7, 4474]);
    expect(await kpis(api, range('2026-03-05', '2026-03-31', 'UTC')), 'a range with no events').toEqual([0, 0, 0]);
  });

  it('the days are local days of tz: the same events give other figures in Auckland, New York and Kolkata', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    await checkMarch(api, '');
    const s = await summary(api, range('2026-03-01', '2026-03-02', 'Asia/Kolkata'));
    expect([s.from, s.to, s.tz], 'the answer echoes from, to and tz').toEqual(['2026-03-01', '2026-03-02', 'Asia/Kolkata']);
  });

  it('days of 23 and 25 hours: a daylight saving day counts all of its hours and nothing of its neighbours', async () => {
    const { api } = await start();
    await seed(api, DST);
    const cases: Array<[string, string, [number, number, number]]> = [
      ['America/New_York', '2026-03-08', [2, 2, 2 + 4]],
      ['America/New_York', '2026-03-09', [2, 2, 8 + 16]],
      ['America/New_York', '2026-11-01', [2, 2, 64 + 128]],
      ['America/New_York', '2026-10-31', [1, 1, 32]],
      ['Australia/Sydney', '2026-04-05', [2, 2, 1024 + 2048]],
      ['Australia/Sydney', '2026-10-04', [2, 2, 16384 + 32768]],
      ['Australia/Sydney', '2026-10-05', [1, 1, 65536]],
    ];
    for (const [tz, day, expected] of cases) {
      expect(await kpis(api, range(day, day, tz)), `GET /api/stats/summary?${range(day, day, tz)}: [totalEvents, uniqueUsers, revenueCents]`).toEqual(expected);
    }
    expect(await kpis(api, range('2026-03-07', '2026-03-09', 'America/New_York')), 'New York, 7 to 9 March: a user on two days counts once').toEqual([5, 5, 31]);
    expect(await kpis(api, range('2026-11-01', '2026-11-02', 'America/New_York')), 'New York, 1 to 2 November (user c and d once each)').toEqual([3, 3, 64 + 128 + 256]);
  });

  it('refuses missing, malformed and impossible dates, inverted and too long ranges, unknown zones and parameters with 400 naming each', async () => {
    const { api } = await start();
    const cases: Array<[string, string[]]> = [
      ['to=2026-03-02', ['from']],
      ['from=2026-03-01', ['to']],
      ['', ['from', 'to']],
      ['from=2026-3-1&to=2026-03-02', ['from']],
      ['from=2026-02-30&to=2026-03-02', ['from']],
      ['from=2026-03-01&to=2026-03-02T00:00:00Z', ['to']],
      ['from=yesterday&to=today', ['from', 'to']],
      ['from=1999-12-31&to=2000-01-01', ['from']],
      ['from=2099-12-31&to=2100-01-01', ['to']],
      ['from=2026-03-02&to=2026-03-01', ['to']],
      ['from=2026-01-01&to=2027-01-02', ['to']],
      ['from=2024-01-01&to=2025-01-01', ['to']],
      ['from=2026-03-01&to=2026-03-02&tz=Mars/Olympus', ['tz']],
      ['from=2026-03-01&to=2026-03-02&tz=', ['tz']],
      ['from=2026-03-01&to=2026-03-02&groupBy=day', ['groupBy']],
      ['from=2026-03-01&from=2026-03-02&to=2026-03-02', ['from']],
      ['from=2026-03-01&to=2026-03-02&tz=UTC&tz=Asia/Kolkata', ['tz']],
      ['from=2026-02-30&to=2026-03-02&name=x', ['from', 'name']],
    ];
    for (const [query, fields] of cases) expectInvalid(await api.get(`/api/stats/summary?${query}`), ...fields);
    expect((await summary(api, range('2026-01-01', '2026-12-31', 'UTC'))).to, 'a range of 365 days').toBe('2026-12-31');
    expect((await summary(api, range('2024-01-01', '2024-12-31', 'UTC'))).to, 'a range of 366 days (2024 is a leap year)').toBe('2024-12-31');
    expect((await summary(api, range('2026-01-01', '2027-01-01', 'UTC'))).to, 'a range of 366 days across two years').toBe('2027-01-01');
    expect((await summary(api, range('2000-01-01', '2000-01-01', 'UTC'))).from, 'the first date allowed').toBe('2000-01-01');
    expect((await summary(api, range('2099-12-31', '2099-12-31', 'Pacific/Auckland'))).to, 'the last date allowed').toBe('2099-12-31');
  });

  it('a restart on the same file keeps every event', async () => {
    const first = await start();
    await seed(first.api, MARCH);
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await kpis(second.api, range('2026-03-01', '2026-03-02', 'UTC')), 'GET /api/stats/summary after a restart').toEqual(MARCH_1_2.UTC);
  });

  for (const zone of OTHER_ZONES) {
    it(`the zone is the request's, never the server's: the same figures on a server in ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const { api } = await start();
        await seed(api, [...MARCH, ...DST]);
        await checkMarch(api, ` on a server in ${zone}`);
        expect(await kpis(api, range('2026-03-08', '2026-03-08', 'America/New_York')), `New York's 23-hour 8 March, on a server in ${zone}`).toEqual([2, 2, 6]);
        expect(await kpis(api, range('2026-04-05', '2026-04-05', 'Australia/Sydney')), `Sydney's 25-hour 5 April, on a server in ${zone}`).toEqual([2, 2, 3072]);
      });
    });
  }
});

describe('Task 3: Events per day, empty days included', () => {
  it('GET /api/stats/daily answers one row per local day from `from` to `to`, both included, days without events as zeros', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const body = await daily(api, range('2026-02-27', '2026-03-06', 'UTC'));
    expect([body.from, body.to, body.tz], 'the answer echoes from, to and tz').toEqual(['2026-02-27', '2026-03-06', 'UTC']);
    expect(body.days.map((d) => [d.date, d.events, d.users, d.revenueCents]), `GET /api/stats/daily?${range('2026-02-27', '2026-03-06', 'UTC')}`).toEqual([
      ['2026-02-27', 0, 0, 0],
      ...MARCH_DAYS.UTC!,
      ['2026-03-05', 0, 0, 0],
      ['2026-03-06', 0, 0, 0],
    ]);
    expect(await dayRows(api, range('2026-03-02', '2026-03-02')), 'from = to = 2026-03-02 without tz: one day, in UTC').toEqual([['2026-03-02', 4, 4, 4005]]);
    expect(await dayRows(api, range('2026-03-10', '2026-03-12', 'UTC')), 'a range with no events: every day, as zeros').toEqual([
      ['2026-03-10', 0, 0, 0],
      ['2026-03-11', 0, 0, 0],
      ['2026-03-12', 0, 0, 0],
    ]);
  });

  it('a user counts once per day, on every day they were active; the days add up to the summary\'s events and revenue', async () => {
    const { api } = await start();
    await seed(api, [
      ['2026-03-01T08:00:00Z', 'ann', 100],
      ['2026-03-01T09:00:00Z', 'ann', 200],
      ['2026-03-01T10:00:00Z', null, 300],
      ['2026-03-01T11:00:00Z', null, null],
      ['2026-03-02T08:00:00Z', 'ann', null],
      ['2026-03-02T09:00:00Z', 'Ann', null],
    ]);
    expect(await dayRows(api, range('2026-03-01', '2026-03-02')), 'ann twice on 1 March, two anonymous events; ann and Ann on 2 March').toEqual([
      ['2026-03-01', 4, 1, 600],
      ['2026-03-02', 2, 2, 0],
    ]);
    expect(await kpis(api, range('2026-03-01', '2026-03-02')), 'the summary of the same range: ann counts once, Ann is another user').toEqual([6, 2, 600]);
  });

  it('the days are local days of tz: the same events per day in Auckland, New York and Kolkata', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    await checkMarchDays(api, '');
  });

  it('days of 23 and 25 hours: each day ends where the next begins, across daylight saving changes', async () => {
    const { api } = await start();
    await seed(api, DST);
    const cases: Array<[string, string, string, Array<[string, number, number, number]>]> = [
      ['America/New_York', '2026-03-07', '2026-03-10', [['2026-03-07', 1, 1, 1], ['2026-03-08', 2, 2, 6], ['2026-03-09', 2, 2, 24], ['2026-03-10', 0, 0, 0]]],
      ['America/New_York', '2026-10-31', '2026-11-02', [['2026-10-31', 1, 1, 32], ['2026-11-01', 2, 2, 192], ['2026-11-02', 1, 1, 256]]],
      ['Australia/Sydney', '2026-04-04', '2026-04-06', [['2026-04-04', 1, 1, 512], ['2026-04-05', 2, 2, 3072], ['2026-04-06', 1, 1, 4096]]],
      ['Australia/Sydney', '2026-10-03', '2026-10-05', [['2026-10-03', 1, 1, 8192], ['2026-10-04', 2, 2, 49152], ['2026-10-05', 1, 1, 65536]]],
      ['UTC', '2026-03-08', '2026-03-09', [['2026-03-08', 2, 2, 3], ['2026-03-09', 3, 3, 28]]],
    ];
    for (const [tz, from, to, expected] of cases) {
      expect(await dayRows(api, range(from, to, tz)), `GET /api/stats/daily?${range(from, to, tz)}: [date, events, users, revenueCents]`).toEqual(expected);
    }
  });

  it('a range of 366 days has 366 rows, leap day included; a longer or inverted range and a bad zone are refused like the summary\'s', async () => {
    const { api } = await start();
    await seed(api, [['2028-02-29T12:00:00Z', 'leap', 29], ['2028-12-31T23:00:00Z', 'last', 31]]);
    const year = await daily(api, range('2028-01-01', '2028-12-31', 'UTC'));
    expect(year.days.length, 'GET /api/stats/daily for 2028 (a leap year): 366 rows').toBe(366);
    expect([year.days[0]?.date, year.days[59]?.date, year.days[365]?.date], 'the first, the 60th and the last date').toEqual(['2028-01-01', '2028-02-29', '2028-12-31']);
    expect([year.days[59]?.events, year.days[365]?.events], 'the leap day\'s and the last day\'s events').toEqual([1, 1]);
    expect(new Set(year.days.map((d) => d.date)).size, 'every date once').toBe(366);
    expect(year.days.map((d) => d.date), 'in date order').toEqual([...year.days.map((d) => d.date)].sort());
    const inAuckland = await dayRows(api, range('2028-12-31', '2029-01-01', 'Pacific/Auckland'));
    expect(inAuckland, '2028-12-31T23:00:00Z is 1 January 2029 in Auckland').toEqual([['2028-12-31', 0, 0, 0], ['2029-01-01', 1, 1, 31]]);
    const cases: Array<[string, string[]]> = [
      ['from=2028-01-01&to=2029-01-01', ['to']],
      ['from=2026-03-02&to=2026-03-01', ['to']],
      ['from=2026-03-01&to=2026-03-02&tz=Europe/Atlantis', ['tz']],
      ['from=2026-13-01&to=2026-03-02', ['from']],
      ['from=2026-03-01', ['to']],
      ['from=2026-03-01&to=2026-03-02&limit=5', ['limit']],
    ];
    for (const [query, fields] of cases) expectInvalid(await api.get(`/api/stats/daily?${query}`), ...fields);
  });

  for (const zone of OTHER_ZONES) {
    it(`the days are the request zone's, never the server's: the same rows on a server in ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const { api } = await start();
        await seed(api, [...MARCH, ...DST]);
        await checkMarchDays(api, ` on a server in ${zone}`);
        expect(await dayRows(api, range('2026-03-07', '2026-03-09', 'America/New_York')), `New York 7 to 9 March, on a server in ${zone}`).toEqual([
          ['2026-03-07', 1, 1, 1],
          ['2026-03-08', 2, 2, 6],
          ['2026-03-09', 2, 2, 24],
        ]);
      });
    });
  }

  it('wrong methods answer 405 with Allow, unknown paths 404 JSON, and hostile input on every route never gets a 5xx', async () => {
    const { api } = await start();
    await seed(api, MARCH.slice(0, 2));
    expectAllow(await api.get('/api/events'), ['POST']);
    expectAllow(await api.post('/api/stats/summary', { json: {} }), ['GET', 'HEAD']);
    expectAllow(await api.delete('/api/stats/daily'), ['GET', 'HEAD']);
    expectApiError(await api.get('/api/stats'), 404, 'not_found');
    expectApiError(await api.get('/api/stats/weekly?from=2026-03-01&to=2026-03-02'), 404, 'not_found');
    await expectHostileInputRefused(api, [
      { method: 'POST', path: '/api/events', body: { name: 'probe', occurredAt: '2026-03-01T12:00:00Z', userId: 'p', valueCents: 1 } },
      { method: 'GET', path: '/api/stats/summary', query: ['from', 'to', 'tz'] },
      { method: 'GET', path: '/api/stats/daily', query: ['from', 'to', 'tz'] },
    ]);
  });
});
