// p42's API checks: habits, check-ins on local dates and streaks, over HTTP. "Today" is always the
// local date of the injected clock in the zone the request names; the checks use instants near
// midnight UTC, so counting in UTC (or in the server's own zone) where the user's zone is meant fails.
import { describe, expect, it } from 'vitest';
import { OTHER_ZONES, expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectStatus, withTimeZone } from '#testkit';
import { START, addHabit, type HabitJson, checkIn, checkInAll, datesFrom, expectHabit, getHabit, listHabits, monthDates, q, start, streaks } from './helpers.js';

describe('Task 1: Keep habits', () => {
  it('POST /api/habits answers 201 with Location and the habit (name trimmed, streaks 0); GET /api/habits lists habits by id; GET /api/habits/:id answers one', async () => {
    const { api, clock, dbFile } = await start();
    expect(await listHabits(api), 'GET /api/habits?tz=UTC on a fresh database').toEqual({ tz: 'UTC', today: '2026-03-03', items: [] });
    const res = await api.post('/api/habits', { json: { name: '  Read 20 pages ' } });
    const read = expectHabit(res, 201);
    expect(read, `${res.request}`).toEqual({ id: read.id, name: 'Read 20 pages', createdAt: START, currentStreak: 0, longestStreak: 0, totalCheckins: 0 });
    expect(res.headers.get('location'), `${res.request}: Location`).toBe(`/api/habits/${read.id}`);
    clock.advance(60_000);
    const run = await addHabit(api, '<b>Run</b> & "stretch"');
    expect(run.name, 'a name is stored as sent (trimmed), markup and all').toBe('<b>Run</b> & "stretch"');
    expect(run.createdAt, 'createdAt comes from the injected clock').toBe('2026-03-03T10:01:00.000Z');
    expect((await listHabits(api)).items, 'GET /api/habits?tz=UTC: ascending id').toEqual([read, run]);
    expect(await getHabit(api, run.id), `GET /api/habits/${run.id}?tz=UTC`).toEqual(run);
    expect((await addHabit(api, 'n'.repeat(60))).name.length, 'a 60-character name').toBe(60);
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('refuses blank, too long, missing and wrongly typed names and unknown fields with 400 validation_failed', async () => {
    const { api } = await start();
    for (const body of [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(61) }, { name: 42 }, { name: null }, { name: ['Read'] }]) {
      expectInvalid(await api.post('/api/habits', { json: body }), 'name');
    }
    expectInvalid(await api.post('/api/habits', { json: { name: 'Read', currentStreak: 99 } }), 'currentStreak');
    expectApiError(await api.post('/api/habits', { json: ['Read'] }), 400, 'validation_failed');
    expectApiError(await api.post('/api/habits', { body: 'name=Read', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/api/habits', { body: '{"name": "Re', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expect((await listHabits(api)).items, 'GET /api/habits after the refused creates').toEqual([]);
  });

  it('?tz= is required where today matters and must be a zone Intl knows: 400 validation_failed naming tz; an unknown habit is a 404 first', async () => {
    const { api } = await start();
    const read = await addHabit(api, 'Read');
    for (const query of ['', '?tz=', '?tz=Mars%2FOlympus', '?tz=Not%20a%20zone', '?tz=UTC&tz=UTC', '?zone=UTC']) {
      expectInvalid(await api.get(`/api/habits${query}`), 'tz');
      expectInvalid(await api.get(`/api/habits/${read.id}${query}`), 'tz');
    }
    expectApiError(await api.get(`/api/habits/999?tz=Mars%2FOlympus`), 404, 'not_found');
    for (const tz of ['Europe/Paris', 'America/Argentina/Buenos_Aires', 'Etc/GMT-14']) {
      expect((await listHabits(api, tz)).tz, `GET /api/habits?tz=${tz}: the zone as sent`).toBe(tz);
    }
  });

  it('today is the local date of now() in the zone named: near midnight UTC, zones ahead and behind disagree with UTC', async () => {
    const { api, clock } = await start({ at: '2026-02-28T20:00:00.000Z' });
    const expected: Array<[string, string]> = [
      ['UTC', '2026-02-28'],
      ['Asia/Kolkata', '2026-03-01'], // 01:30
      ['Pacific/Auckland', '2026-03-01'], // 09:00, daylight saving time
      ['Australia/Sydney', '2026-03-01'], // 07:00
      ['America/New_York', '2026-02-28'], // 15:00
    ];
    for (const [tz, today] of expected) expect((await listHabits(api, tz)).today, `GET /api/habits?tz=${tz} at 2026-02-28T20:00Z`).toBe(today);
    clock.set(new Date('2026-03-01T03:00:00.000Z'));
    for (const [tz, today] of [['UTC', '2026-03-01'], ['America/New_York', '2026-02-28'], ['Pacific/Honolulu', '2026-02-28'], ['Asia/Kolkata', '2026-03-01']] as const) {
      expect((await listHabits(api, tz)).today, `GET /api/habits?tz=${tz} at 2026-03-01T03:00Z`).toBe(today);
    }
    clock.set(new Date('2025-12-31T23:30:00.000Z'));
    for (const [tz, today] of [['UTC', '2025-12-31'], ['Europe/Paris', '2026-01-01'], ['America/Los_Angeles', '2025-12-31']] as const) {
      expect((await listHabits(api, tz)).today, `GET /api/habits?tz=${tz} at 2025-12-31T23:30Z`).toBe(today);
    }
  });

  for (const zone of OTHER_ZONES) {
    it(`today does not depend on the server's own zone (server in ${zone})`, async () => {
      await withTimeZone(zone, async () => {
        const { api, clock } = await start({ at: '2026-03-01T02:30:00.000Z' });
        for (const [tz, today] of [['UTC', '2026-03-01'], ['Asia/Kolkata', '2026-03-01'], ['America/New_York', '2026-02-28']] as const) {
          expect((await listHabits(api, tz)).today, `GET /api/habits?tz=${tz} at 2026-03-01T02:30Z, server in ${zone}`).toBe(today);
        }
        clock.set(new Date('2026-02-28T20:00:00.000Z'));
        expect((await listHabits(api, 'UTC')).today, `GET /api/habits?tz=UTC at 2026-02-28T20:00Z, server in ${zone}`).toBe('2026-02-28');
      });
    });
  }

  it('DELETE /api/habits/:id answers 204; unknown and malformed ids answer 404 on every habit route', async () => {
    const { api } = await start();
    const read = await addHabit(api, 'Read');
    const run = await addHabit(api, 'Run');
    expectStatus(await api.delete(`/api/habits/${read.id}`), 204);
    expect((await listHabits(api)).items.map((h) => h.name), 'GET /api/habits after deleting "Read"').toEqual(['Run']);
    for (const id of [String(read.id), '999', 'abc', '0', '-1', '1.5', `0${run.id}`, `${run.id}.0`, `${run.id}e0`, `0x${run.id}`, `${run.id}abc`]) {
      expectApiError(await api.get(`/api/habits/${id}?tz=UTC`), 404, 'not_found');
      expectApiError(await api.delete(`/api/habits/${id}`), 404, 'not_found');
      expectApiError(await api.get(`/api/habits/${id}/checkins?month=2026-03`), 404, 'not_found');
      expectApiError(await api.put(`/api/habits/${id}/checkins/2026-03-02?tz=UTC`), 404, 'not_found');
      expectApiError(await api.delete(`/api/habits/${id}/checkins/2026-03-02?tz=UTC`), 404, 'not_found');
    }
    expect((await getHabit(api, run.id)).name, 'the other habit is still there').toBe('Run');
  });

  it('a restart on the same file keeps every habit', async () => {
    const first = await start();
    const made = [];
    for (let i = 1; i <= 12; i += 1) made.push(await addHabit(first.api, `Habit ${i}`));
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect((await listHabits(second.api)).items, 'GET /api/habits after a restart').toEqual(made);
    expect(await getHabit(second.api, made[11]!.id), `GET /api/habits/${made[11]!.id} after a restart`).toEqual(made[11]);
  });

  it('wrong methods answer 405 with Allow, and unknown API paths a JSON 404', async () => {
    const { api } = await start();
    const read = await addHabit(api, 'Read');
    expectAllow(await api.put('/api/habits', { json: {} }), ['GET', 'POST']);
    expectAllow(await api.patch(`/api/habits/${read.id}`, { json: {} }), ['GET', 'DELETE']);
    expectAllow(await api.post(`/api/habits/${read.id}/checkins`, { json: {} }), ['GET']);
    expectAllow(await api.post(`/api/habits/${read.id}/checkins/2026-03-02`, { json: {} }), ['PUT', 'DELETE']);
    expectApiError(await api.get('/api/nothing'), 404, 'not_found');
  });
});

describe('Task 2: Check in on a local date', () => {
  it('PUT /api/habits/:id/checkins/:date answers 201 with the habit for a new check-in, 200 when it is already there: twice is still one', async () => {
    const { api } = await start();
    const read = await addHabit(api, 'Read');
    const first = await checkIn(api, read.id, '2026-03-02', 'UTC', 201);
    expect([first.id, first.name, first.totalCheckins], 'PUT .../checkins/2026-03-02?tz=UTC: the habit, with 1 check-in').toEqual([read.id, 'Read', 1]);
    const again = await checkIn(api, read.id, '2026-03-02', 'UTC', 200);
    expect(again.totalCheckins, 'the same PUT again: still 1 check-in, never a second').toBe(1);
    expect(await monthDates(api, read.id, '2026-03'), 'GET .../checkins?month=2026-03 after PUT twice').toEqual(['2026-03-02']);
    expect((await getHabit(api, read.id)).totalCheckins, `GET /api/habits/${read.id}: totalCheckins`).toBe(1);
    await checkIn(api, read.id, '2026-03-03', 'UTC', 201);
    expect((await getHabit(api, read.id)).totalCheckins, 'after checking in today too').toBe(2);
  });

  it('DELETE /api/habits/:id/checkins/:date removes it and answers 200 with the habit, also when there was none: toggling twice leaves no check-in', async () => {
    const { api } = await start();
    const read = await addHabit(api, 'Read');
    await checkIn(api, read.id, '2026-03-01', 'UTC', 201);
    await checkIn(api, read.id, '2026-03-02', 'UTC', 201);
    const removed = expectHabit(await api.delete(`/api/habits/${read.id}/checkins/2026-03-02?tz=UTC`));
    expect(removed.totalCheckins, 'DELETE .../checkins/2026-03-02: 1 check-in left').toBe(1);
    expect(await monthDates(api, read.id, '2026-03'), 'GET .../checkins?month=2026-03 after the DELETE').toEqual(['2026-03-01']);
    const none = expectHabit(await api.delete(`/api/habits/${read.id}/checkins/2026-03-02?tz=UTC`));
    expect(none.totalCheckins, 'the same DELETE again: 200, nothing changes').toBe(1);
    expect(expectHabit(await api.delete(`/api/habits/${read.id}/checkins/2026-03-25?tz=UTC`)).totalCheckins, 'DELETE of a day in the future that has no check-in: 200').toBe(1);
    await checkIn(api, read.id, '2026-03-02', 'UTC', 201);
    expect(await monthDates(api, read.id, '2026-03'), 'PUT after DELETE: checked again').toEqual(['2026-03-01', '2026-03-02']);
  });

  it('GET /api/habits/:id/checkins?month= lists the dates of that month and that habit only, ascending', async () => {
    const { api } = await start();
    const read = await addHabit(api, 'Read');
    const run = await addHabit(api, 'Run');
    for (const date of ['2026-01-31', '2025-12-31', '2026-01-01', '2026-02-01', '2026-01-15', '2024-02-29', '2000-01-01']) await checkIn(api, read.id, date, 'UTC', 201);
    await checkIn(api, run.id, '2026-01-20', 'UTC', 201);
    expect(await monthDates(api, read.id, '2026-01'), 'GET .../checkins?month=2026-01 of "Read"').toEqual(['2026-01-01', '2026-01-15', '2026-01-31']);
    expect(await monthDates(api, read.id, '2025-12'), 'month=2025-12').toEqual(['2025-12-31']);
    expect(await monthDates(api, read.id, '2026-02'), 'month=2026-02').toEqual(['2026-02-01']);
    expect(await monthDates(api, read.id, '2024-02'), 'month=2024-02 (a leap year)').toEqual(['2024-02-29']);
    expect(await monthDates(api, read.id, '2000-01'), 'month=2000-01').toEqual(['2000-01-01']);
    expect(await monthDates(api, read.id, '2026-04'), 'month=2026-04 (nothing yet)').toEqual([]);
    expect(await monthDates(api, run.id, '2026-01'), 'GET .../checkins?month=2026-01 of "Run"').toEqual(['2026-01-20']);
  });

  it('refuses impossible and malformed dates with 400 validation_failed naming date, on PUT and DELETE', async () => {
    const { api } = await start();
    const read = await addHabit(api, 'Read');
    for (const date of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-2-3', '20260303', 'yesterday', '1999-12-31', '2026-03-02T00:00', 'x2026-03-02', '02026-03-02']) {
      expectInvalid(await api.put(`/api/habits/${read.id}/checkins/${date}?tz=UTC`), 'date');
      expectInvalid(await api.delete(`/api/habits/${read.id}/checkins/${date}?tz=UTC`), 'date');
    }
    expectInvalid(await api.delete(`/api/habits/${read.id}/checkins/2100-01-01?tz=UTC`), 'date');
    expect(expectHabit(await api.delete(`/api/habits/${read.id}/checkins/2099-12-31?tz=UTC`)).totalCheckins, 'DELETE .../checkins/2099-12-31, the last date of the range').toBe(0);
    expect((await getHabit(api, read.id)).totalCheckins, 'nothing was recorded').toBe(0);
    await checkIn(api, read.id, '2024-02-29', 'UTC', 201);
    await checkIn(api, read.id, '2000-01-01', 'UTC', 201);
  });

  it('refuses a date after today in the zone named (400 naming date) and accepts today: near midnight UTC the zone decides', async () => {
    const { api, clock } = await start({ at: '2026-02-28T20:00:00.000Z' });
    const read = await addHabit(api, 'Read');
    const run = await addHabit(api, 'Run');
    expectInvalid(await api.put(`/api/habits/${read.id}/checkins/2026-03-01?tz=UTC`), 'date');
    expectInvalid(await api.put(`/api/habits/${read.id}/checkins/2026-03-01${q('America/New_York')}`), 'date');
    expectInvalid(await api.put(`/api/habits/${read.id}/checkins/2026-03-02${q('Asia/Kolkata')}`), 'date');
    await checkIn(api, read.id, '2026-03-01', 'Asia/Kolkata', 201); // 01:30 on 1 March in Kolkata
    await checkIn(api, read.id, '2026-02-28', 'America/New_York', 201);
    clock.set(new Date('2026-03-01T03:00:00.000Z'));
    expectInvalid(await api.put(`/api/habits/${run.id}/checkins/2026-03-01${q('America/New_York')}`), 'date'); // 22:00 on 28 February
    expectInvalid(await api.put(`/api/habits/${run.id}/checkins/2026-03-02${q('Pacific/Auckland')}`), 'date');
    await checkIn(api, run.id, '2026-03-01', 'UTC', 201);
    expect(await monthDates(api, run.id, '2026-03'), 'the check-ins of "Run"').toEqual(['2026-03-01']);
    expect(await monthDates(api, read.id, '2026-03'), 'the check-ins of "Read"').toEqual(['2026-03-01']);
  });

  for (const zone of OTHER_ZONES) {
    it(`the future is judged in the zone named, whatever the server's own zone (server in ${zone})`, async () => {
      await withTimeZone(zone, async () => {
        const { api, clock } = await start({ at: '2026-02-28T20:00:00.000Z' });
        const read = await addHabit(api, 'Read');
        expectInvalid(await api.put(`/api/habits/${read.id}/checkins/2026-03-01?tz=UTC`), 'date');
        await checkIn(api, read.id, '2026-02-28', 'UTC', 201);
        clock.set(new Date('2026-03-01T02:30:00.000Z'));
        expectInvalid(await api.put(`/api/habits/${read.id}/checkins/2026-03-01${q('America/New_York')}`), 'date');
        await checkIn(api, read.id, '2026-03-01', 'UTC', 201);
      });
    });
  }

  it('tz and month are checked (400 naming each, every problem at once); an unknown habit answers 404 before them', async () => {
    const { api } = await start();
    const read = await addHabit(api, 'Read');
    expectInvalid(await api.put(`/api/habits/${read.id}/checkins/2026-03-02`), 'tz');
    expectInvalid(await api.delete(`/api/habits/${read.id}/checkins/2026-03-02?tz=Mars%2FOlympus`), 'tz');
    expectInvalid(await api.put(`/api/habits/${read.id}/checkins/2026-02-30?tz=Mars%2FOlympus`), 'tz', 'date');
    for (const month of ['', '2026-3', '2026-13', '2026-00', '1999-12', '2100-01', '2026-03-01', 'march', 'x2026-03', '202026-03']) {
      expectInvalid(await api.get(`/api/habits/${read.id}/checkins?month=${month}`), 'month');
    }
    expectInvalid(await api.get(`/api/habits/${read.id}/checkins`), 'month');
    expectInvalid(await api.get(`/api/habits/${read.id}/checkins?month=2026-03&month=2026-04`), 'month');
    expectApiError(await api.put('/api/habits/999/checkins/2026-02-30?tz=Mars%2FOlympus'), 404, 'not_found');
    expectApiError(await api.get('/api/habits/999/checkins?month=nope'), 404, 'not_found');
    expect(await monthDates(api, read.id, '2099-12'), 'month=2099-12, the last month allowed').toEqual([]);
    expect(await monthDates(api, read.id, '2000-01'), 'month=2000-01, the first month allowed').toEqual([]);
  });

  it('a restart keeps the check-ins; a deleted habit\'s check-ins are gone with it', async () => {
    const first = await start();
    const read = await addHabit(first.api, 'Read');
    await checkInAll(first.api, read.id, ['2026-02-27', '2026-03-01']);
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await monthDates(second.api, read.id, '2026-03'), 'GET .../checkins?month=2026-03 after a restart').toEqual(['2026-03-01']);
    expect(await monthDates(second.api, read.id, '2026-02'), 'month=2026-02 after a restart').toEqual(['2026-02-27']);
    expectStatus(await second.api.delete(`/api/habits/${read.id}`), 204);
    expectApiError(await second.api.get(`/api/habits/${read.id}/checkins?month=2026-03`), 404, 'not_found');
  });

  it('hostile input never gets a 5xx on any route', async () => {
    const { api } = await start();
    const read = await addHabit(api, 'Probe');
    await checkIn(api, read.id, '2026-03-01', 'UTC', 201);
    await expectHostileInputRefused(
      api,
      [
        { method: 'GET', path: '/api/habits', query: ['tz'] },
        { method: 'POST', path: '/api/habits', body: { name: 'Probe' } },
        { method: 'GET', path: '/api/habits/:id', query: ['tz'] },
        { method: 'DELETE', path: '/api/habits/:id' },
        { method: 'GET', path: '/api/habits/:id/checkins', query: ['month'] },
        { method: 'PUT', path: '/api/habits/:id/checkins/:date', query: ['tz'] },
        { method: 'DELETE', path: '/api/habits/:id/checkins/:date', query: ['tz'] },
      ],
      { params: { id: String(read.id), date: '2026-03-02' } },
    );
  });
});

describe('Task 3: Count streaks', () => {
  it('a run across a month end counts; today not checked yet does not break the current streak, yesterday not checked does', async () => {
    const { api } = await start(); // today: 2026-03-03
    const read = await addHabit(api, 'Read');
    const last = await checkInAll(api, read.id, ['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(streaks(last), 'PUT 2026-02-26 to 2026-03-02, today 2026-03-03 not checked: [current, longest, total]').toEqual([5, 5, 5]);
    expect(streaks(await checkIn(api, read.id, '2026-03-03', 'UTC', 201)), 'PUT today (2026-03-03) too').toEqual([6, 6, 6]);
    expect(streaks(expectHabit(await api.delete(`/api/habits/${read.id}/checkins/2026-03-03?tz=UTC`))), 'DELETE today again').toEqual([5, 5, 5]);
    expect(streaks(expectHabit(await api.delete(`/api/habits/${read.id}/checkins/2026-03-02?tz=UTC`))), 'DELETE yesterday (2026-03-02): neither today nor yesterday checked').toEqual([0, 4, 4]);
    expect(streaks(await checkIn(api, read.id, '2026-03-03', 'UTC', 201)), 'PUT today, yesterday still missing').toEqual([1, 4, 5]);
    expect(streaks(await getHabit(api, read.id)), `GET /api/habits/${read.id}?tz=UTC`).toEqual([1, 4, 5]);
  });

  it('runs across new year and 29 February are consecutive days; longestStreak is the longest run, whenever it was', async () => {
    const { api } = await start();
    const read = await addHabit(api, 'Read');
    await checkInAll(api, read.id, ['2023-12-30', '2023-12-31', '2024-01-01']);
    await checkInAll(api, read.id, ['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02', '2024-03-03']);
    await checkInAll(api, read.id, ['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
    expect(streaks(await getHabit(api, read.id)), 'runs of 3 (across new year), 6 (across 29 February 2024) and 4 (across 28 February 2025)').toEqual([0, 6, 13]);
    const run = await addHabit(api, 'Run');
    await checkInAll(api, run.id, datesFrom('2025-12-20', '2026-01-05'));
    await checkInAll(api, run.id, datesFrom('2026-01-25', '2026-03-02'));
    expect(streaks(await getHabit(api, run.id)), 'Run: 2025-12-20 to 2026-01-05 (17 days) and 2026-01-25 to 2026-03-02 (37 days, today not checked)').toEqual([37, 37, 54]);
    await checkInAll(api, run.id, datesFrom('2026-01-06', '2026-01-24'));
    expect(streaks(await getHabit(api, run.id)), 'Run: the gap filled, 2025-12-20 to 2026-03-02 in one run').toEqual([73, 73, 73]);
  });

  it('streaks count from today in the zone named, and check-ins after that today are not part of the current streak', async () => {
    const { api } = await start({ at: '2026-03-01T02:30:00.000Z' }); // UTC and Kolkata: 1 March; New York: 28 February
    const read = await addHabit(api, 'Read');
    await checkInAll(api, read.id, ['2026-02-26', '2026-02-27']);
    const seen = async (tz: string) => streaks(await getHabit(api, read.id, tz));
    expect(await seen('America/New_York'), 'checked 26 and 27 February; New York, where today is 28 February (not checked yet)').toEqual([2, 2, 2]);
    expect(await seen('UTC'), 'the same in UTC, where today is 1 March and 28 February was missed').toEqual([0, 2, 2]);
    expect(await seen('Asia/Kolkata'), 'the same in Kolkata (today 1 March)').toEqual([0, 2, 2]);
    await checkIn(api, read.id, '2026-03-01', 'Asia/Kolkata', 201);
    expect(await seen('America/New_York'), 'with 1 March checked (from Kolkata): in New York that is after today').toEqual([2, 2, 3]);
    expect(await seen('UTC'), 'with 1 March checked, in UTC').toEqual([1, 2, 3]);
    await checkIn(api, read.id, '2026-02-28', 'America/New_York', 201);
    expect(await seen('America/New_York'), '26 February to 1 March all checked; New York counts up to its today, 28 February').toEqual([3, 4, 4]);
    expect(await seen('UTC'), '26 February to 1 March all checked, in UTC').toEqual([4, 4, 4]);
    expect((await listHabits(api, 'America/New_York')).items.map(streaks), 'GET /api/habits?tz=America/New_York').toEqual([[3, 4, 4]]);
  });

  for (const zone of OTHER_ZONES) {
    it(`streaks across daylight saving changes and near midnight do not depend on the server's own zone (server in ${zone})`, async () => {
      await withTimeZone(zone, async () => {
        const { api, clock } = await start({ at: '2026-04-07T20:00:00.000Z' }); // UTC: 7 April, 20:00
        // One habit per change, so that each run is its habit's longest.
        const runs: Array<[string, string, string]> = [
          ['Sydney, summer time from 5 October', '2025-10-02', '2025-10-06'],
          ['New York, winter time from 2 November', '2025-10-31', '2025-11-03'],
          ['New York, summer time from 8 March', '2026-03-06', '2026-03-10'],
          ['Sydney, winter time from 5 April', '2026-04-01', '2026-04-06'],
        ];
        let read!: HabitJson;
        for (const [name, from, to] of runs) {
          read = await addHabit(api, name);
          await checkInAll(api, read.id, datesFrom(from, to));
        }
        const at = `, server in ${zone}`;
        expect((await listHabits(api)).items.map((h) => [h.name, ...streaks(h)]), `GET /api/habits?tz=UTC, runs across DST changes, today 2026-04-07 not checked${at}`).toEqual([
          [runs[0]![0], 0, 5, 5],
          [runs[1]![0], 0, 4, 4],
          [runs[2]![0], 0, 5, 5],
          [runs[3]![0], 6, 6, 6],
        ]);
        clock.set(new Date('2026-04-08T02:00:00.000Z')); // UTC: 8 April, 02:00
        await checkInAll(api, read.id, ['2026-04-07', '2026-04-08']);
        expect(streaks(await getHabit(api, read.id)), `2026-04-01 to 2026-04-08 checked, tz=UTC at 2026-04-08T02:00Z${at}`).toEqual([8, 8, 8]);
      });
    });
  }

  it('GET /api/habits gives each habit its own streaks', async () => {
    const { api } = await start();
    const read = await addHabit(api, 'Read');
    const run = await addHabit(api, 'Run');
    const yoga = await addHabit(api, 'Yoga');
    await checkInAll(api, read.id, ['2026-03-01', '2026-03-02', '2026-03-03']);
    await checkInAll(api, run.id, ['2026-02-20', '2026-02-21', '2026-03-02']);
    const list = await listHabits(api);
    expect(list.items.map((h) => [h.name, ...streaks(h)]), 'GET /api/habits?tz=UTC: [name, current, longest, total]').toEqual([
      ['Read', 3, 3, 3],
      ['Run', 1, 2, 3],
      ['Yoga', 0, 0, 0],
    ]);
    expect(streaks(await getHabit(api, yoga.id)), 'Yoga').toEqual([0, 0, 0]);
  });
});
