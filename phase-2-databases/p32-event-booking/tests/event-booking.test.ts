// The hidden suite of p32 event-booking. It reaches the app only through what SPEC.md's Interface
// promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), the drizzle/
// migrations, and the tables seats (id, event_id, label) and hold_seats (hold_id, seat_id,
// active), which the checks of the database's own rules use.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectNo5xx, expectStatus, fakeClock, load, startAppProcesses, tempDbFile, type HttpResponse, type TestServer } from '#testkit';
import {
  MINUTE,
  START,
  at,
  codeOf,
  createEvent,
  detailsOf,
  expectEvent,
  expectHold,
  getEvent,
  getHold,
  getSeats,
  hold,
  postTogether,
  rawValue,
  rawWrite,
  row,
  seatId,
  seatMap,
  start,
  type AppModule,
  type HoldJson,
} from './helpers.js';

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next.
beforeEach(() => {
  vi.resetModules();
});

/** createApp({ dbFile, now }) (which applies the migrations), then app.locals.close(). */
async function openAndClose(dbFile: string): Promise<void> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  const app = createApp({ dbFile, now: () => new Date(START) });
  expect(typeof app.locals?.close, 'typeof app.locals.close (the given app.ts sets it)').toBe('function');
  await app.locals?.close?.();
}

/** Asserts a 409 seat_unavailable whose details name exactly these seats with their status. */
function expectUnavailable(res: HttpResponse, expected: Array<{ index: number; seat: string; status: 'held' | 'booked' }>): void {
  expectApiError(res, 409, 'seat_unavailable');
  const got = detailsOf(res)
    .map((d) => ({ field: d.field, seat: d.seat, status: d.status }))
    .sort((a, b) => String(a.field).localeCompare(String(b.field)));
  const want = expected.map((e) => ({ field: `seats.${e.index}`, seat: e.seat, status: e.status })).sort((a, b) => a.field.localeCompare(b.field));
  expect(got, `${res.request}: error.details should list every unavailable seat as { field: "seats.<i>", seat, status } (and no other)`).toEqual(want);
  for (const d of detailsOf(res)) expect(typeof d.message === 'string' && d.message.trim() !== '', `${res.request}: each entry of details has a message`).toBe(true);
}

/** Asserts a 404 not_found whose details name exactly these positions of `seats`. */
function expectUnknownSeats(res: HttpResponse, fields: string[]): void {
  expectApiError(res, 404, 'not_found');
  expect(
    detailsOf(res)
      .map((d) => d.field)
      .sort(),
    `${res.request}: error.details should name every label the event does not have`,
  ).toEqual([...fields].sort());
  for (const d of detailsOf(res)) expect(typeof d.message === 'string' && d.message.trim() !== '', `${res.request}: each entry of details has a message`).toBe(true);
}

describe('Task 1: Create events and their seats', () => {
  it('POST /events answers 201 with the event, its capacity and counts, and a Location; GET /events/:id answers the same', async () => {
    const { api } = await start();
    const res = await api.post('/events', { json: { name: 'Spring show', seats: ['A1', 'A2', 'A3', 'B1', 'B2'] } });
    expectStatus(res, 201);
    const event = expectEvent(res);
    expect(event, res.request).toEqual({ id: event.id, name: 'Spring show', capacity: 5, available: 5, held: 0, booked: 0, createdAt: START });
    expect(Number.isInteger(event.id) && event.id > 0, `${res.request}: id should be a positive integer`).toBe(true);
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/events/${event.id}`);
    expect(await getEvent(api, event.id), `GET /events/${event.id}`).toEqual(event);
    const other = await createEvent(api, ['C1'], 'Matinee');
    expect(other.id, 'the id of a second event').not.toBe(event.id);
    expect(await getEvent(api, other.id), `GET /events/${other.id}`).toEqual({ ...other, capacity: 1, available: 1 });
  });

  it('GET /events/:id/seats lists every seat as available, in the order the event listed them', async () => {
    const { api } = await start();
    const labels = ['B2', 'A10', 'A1', 'AA100', 'A2', 'Z999'];
    const event = await createEvent(api, labels);
    const seats = await getSeats(api, event.id);
    expect(seats, `GET /events/${event.id}/seats after POST /events with seats ${labels.join(', ')}: the seats in that order, each { label, status: "available" }`).toEqual(
      labels.map((label) => ({ label, status: 'available' })),
    );
    const big = await createEvent(api, row('A', 500), 'Arena');
    expect(big.capacity, 'capacity of an event of 500 seats (the most allowed)').toBe(500);
    expect((await getSeats(api, big.id)).length, 'seats listed for an event of 500 seats').toBe(500);
  });

  it('the migrations create the table seats, and the database itself refuses a second seat with the same label in one event', async () => {
    const { api, dbFile } = await start();
    const first = await createEvent(api, ['A1', 'A2']);
    const second = await createEvent(api, ['A1']);
    await api.close();
    expectMigrationsApplied(dbFile);
    expect(rawValue(dbFile, 'SELECT count(*) FROM seats WHERE event_id = ?', first.id), `rows of seats with event_id ${first.id} (one per seat)`).toBe(2);
    expect(rawWrite(dbFile, 'INSERT INTO seats (event_id, label) VALUES (?, ?)', first.id, 'A1'), `INSERT INTO seats (event_id, label) VALUES (${first.id}, 'A1'): A1 is taken in that event (a unique index on event_id, label)`).toBe(
      'SQLITE_CONSTRAINT_UNIQUE',
    );
    expect(rawWrite(dbFile, 'INSERT INTO seats (event_id, label) VALUES (?, ?)', second.id, 'A2'), `INSERT INTO seats (event_id, label) VALUES (${second.id}, 'A2'): a new label is fine`).toBe('accepted');
    await openAndClose(dbFile);
    expectMigrationsApplied(dbFile);
    const { api: again } = await start({ dbFile });
    expect(await getEvent(again, first.id), `GET /events/${first.id} after a restart on the same file`).toEqual(first);
    expect((await getSeats(again, second.id)).map((seat) => seat.label), `seats of event ${second.id} after the restart (one added with plain SQL)`).toEqual(['A1', 'A2']);
  });

  it('an event body with a missing, blank or too long name, or missing, empty, duplicate or malformed seats, is 400 naming the field, and creates nothing', async () => {
    const { api } = await start();
    const cases: Array<[unknown, string]> = [
      [{ seats: ['A1'] }, 'name'],
      [{ name: '', seats: ['A1'] }, 'name'],
      [{ name: '   ', seats: ['A1'] }, 'name'],
      [{ name: 'x'.repeat(101), seats: ['A1'] }, 'name'],
      [{ name: 42, seats: ['A1'] }, 'name'],
      [{ name: 'Show' }, 'seats'],
      [{ name: 'Show', seats: [] }, 'seats'],
      [{ name: 'Show', seats: 'A1' }, 'seats'],
      [{ name: 'Show', seats: row('A', 501) }, 'seats'],
      [{ name: 'Show', seats: ['A1', 'A2', 'A3', 'A2'] }, 'seats.3'],
      [{ name: 'Show', seats: ['a1'] }, 'seats.0'],
      [{ name: 'Show', seats: ['A1', 'AAA1'] }, 'seats.1'],
      [{ name: 'Show', seats: ['A1000'] }, 'seats.0'],
      [{ name: 'Show', seats: ['A'] }, 'seats.0'],
      [{ name: 'Show', seats: ['1A'] }, 'seats.0'],
      [{ name: 'Show', seats: ['A1', '1A1'] }, 'seats.1'],
      [{ name: 'Show', seats: ['A1 '] }, 'seats.0'],
      [{ name: 'Show', seats: [1] }, 'seats.0'],
      [{ name: 'Show', seats: ['A1'], capacity: 3 }, 'capacity'],
    ];
    for (const [body, field] of cases) expectInvalid(await api.post('/events', { json: body }), field);
    expectApiError(await api.post('/events', { body: '{"name": "Show", "seats": [', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.post('/events', { body: 'name=Show', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.get('/events/1'), 404, 'not_found');
    const ok = await createEvent(api, ['A1'], 'x'.repeat(100));
    expect(ok.name, 'a name of exactly 100 characters is allowed').toHaveLength(100);
  });

  it('bodies: broken JSON or gzip is 400 invalid_json, another type, charset or encoding 415, over 16 KiB 413, a broken URL 400 bad_request', async () => {
    const { api } = await start();
    const json = JSON.stringify({ name: 'Show', seats: ['A1'] });
    expectApiError(await api.post('/events', { body: json, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }), 400, 'invalid_json');
    expectApiError(await api.post('/events', { body: json, headers: { 'content-type': 'application/json', 'content-encoding': 'deflate' } }), 400, 'invalid_json');
    expectApiError(await api.post('/events', { body: json, headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/events', { body: json, headers: { 'content-type': 'application/json; charset=latin1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/events', { body: json, headers: { 'content-type': 'application/json', 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/events', { json: { name: 'Big', seats: ['A1'], note: 'y'.repeat(17_000) } }), 413, 'payload_too_large');
    expectApiError(await api.get('/events/%ZZ'), 400, 'bad_request');
    expectApiError(await api.get('/events/1'), 404, 'not_found');
  });

  it('unknown or malformed event ids are 404, other methods 405 with Allow, other paths 404', async () => {
    const { api } = await start();
    const event = await createEvent(api, ['A1']);
    for (const path of ['/events/999', '/events/abc', '/events/0', '/events/1.5', '/events/-1', '/events/999/seats', '/events/abc/seats']) {
      expectApiError(await api.get(path), 404, 'not_found');
    }
    let res = await api.get('/events');
    expectApiError(res, 405, 'method_not_allowed');
    expectAllow(res, ['POST']);
    res = await api.delete(`/events/${event.id}`);
    expectApiError(res, 405, 'method_not_allowed');
    expectAllow(res, ['GET', 'HEAD']);
    res = await api.post(`/events/${event.id}/seats`, { json: {} });
    expectApiError(res, 405, 'method_not_allowed');
    expectAllow(res, ['GET', 'HEAD']);
    expectApiError(await api.get('/venues'), 404, 'not_found');
    expect(await getEvent(api, event.id), 'the event after the refused requests').toEqual(event);
  });
});

describe('Task 2: Hold seats', () => {
  it('POST /events/:id/holds answers 201 with the hold, its seats in the event order and expiresAt = createdAt + minutes', async () => {
    const { api } = await start();
    const event = await createEvent(api, ['A1', 'A2', 'A3', 'B1', 'B2']);
    const res = await api.post(`/events/${event.id}/holds`, { json: { customer: 'Ann', seats: ['B1', 'A2'], minutes: 5 } });
    expectStatus(res, 201);
    const held = expectHold(res);
    expect(held, res.request).toEqual({
      id: held.id,
      eventId: event.id,
      customer: 'Ann',
      seats: ['A2', 'B1'],
      status: 'held',
      createdAt: START,
      expiresAt: at(5 * MINUTE),
      confirmedAt: null,
      releasedAt: null,
    });
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/holds/${held.id}`);
    expect(await getHold(api, held.id), `GET /holds/${held.id}`).toEqual(held);
    expect(await seatMap(api, event.id), `GET /events/${event.id}/seats while the hold lasts`).toEqual({ A1: 'available', A2: 'held', A3: 'available', B1: 'held', B2: 'available' });
    expect(await getEvent(api, event.id), `GET /events/${event.id}: the counts`).toEqual({ ...event, available: 3, held: 2, booked: 0 });
  });

  it('minutes defaults to 10 and may be 1 to 60; the customer is stored as sent', async () => {
    const { api } = await start();
    const event = await createEvent(api, ['A1', 'A2', 'A3']);
    const name = "  Robert'); DROP TABLE seats;-- ";
    const byDefault = await hold(api, event.id, ['A1'], { customer: name });
    expect(byDefault.expiresAt, 'expiresAt of a hold without minutes: 10 minutes after createdAt').toBe(at(10 * MINUTE));
    expect(byDefault.customer, 'the customer, stored as sent (spaces and quotes kept)').toBe(name);
    expect((await hold(api, event.id, ['A2'], { minutes: 1 })).expiresAt, 'expiresAt of a hold of 1 minute').toBe(at(MINUTE));
    expect((await hold(api, event.id, ['A3'], { minutes: 60 })).expiresAt, 'expiresAt of a hold of 60 minutes').toBe(at(60 * MINUTE));
    expect((await getEvent(api, event.id)).held, 'held seats after three holds').toBe(3);
  });

  it('a hold asking for seats already held is 409 seat_unavailable listing every such seat, and holds none of the others', async () => {
    const { api } = await start();
    const event = await createEvent(api, ['A1', 'A2', 'A3', 'B1', 'B2']);
    await hold(api, event.id, ['A1', 'A2']);
    const res = await api.post(`/events/${event.id}/holds`, { json: { customer: 'Bob', seats: ['B1', 'A2', 'B2', 'A1'] } });
    expectUnavailable(res, [
      { index: 1, seat: 'A2', status: 'held' },
      { index: 3, seat: 'A1', status: 'held' },
    ]);
    expect(await seatMap(api, event.id), 'seats after the refused hold: B1 and B2 are not held (all or nothing)').toEqual({ A1: 'held', A2: 'held', A3: 'available', B1: 'available', B2: 'available' });
    expectUnavailable(await api.post(`/events/${event.id}/holds`, { json: { customer: 'Cy', seats: ['A1'] } }), [{ index: 0, seat: 'A1', status: 'held' }]);
    const bob = await hold(api, event.id, ['B1', 'B2'], { customer: 'Bob' });
    expect(bob.seats, 'a hold of the two seats the refused hold did not get').toEqual(['B1', 'B2']);
  });

  it('labels the event does not have are 404 naming each one, before any taken seat; an unknown event is 404; nothing is held', async () => {
    const { api } = await start();
    const event = await createEvent(api, ['A1', 'A2', 'A3']);
    const other = await createEvent(api, ['A1', 'Z9']);
    await hold(api, event.id, ['A1']);
    expectUnknownSeats(await api.post(`/events/${event.id}/holds`, { json: { customer: 'Bob', seats: ['A2', 'Z9', 'A1', 'B7'] } }), ['seats.1', 'seats.3']);
    expectApiError(await api.post('/events/999/holds', { json: { customer: 'Bob', seats: ['A1'] } }), 404, 'not_found');
    expectApiError(await api.post('/events/abc/holds', { json: { customer: 'Bob', seats: ['A1'] } }), 404, 'not_found');
    expect(await seatMap(api, event.id), 'seats after the refused holds: A2 is not held').toEqual({ A1: 'held', A2: 'available', A3: 'available' });
    const elsewhere = await hold(api, other.id, ['A1', 'Z9']);
    expect(elsewhere.seats, `A1 of event ${other.id} is another seat than A1 of event ${event.id}`).toEqual(['A1', 'Z9']);
    expect(await seatMap(api, event.id), `seats of event ${event.id} after a hold in event ${other.id}`).toEqual({ A1: 'held', A2: 'available', A3: 'available' });
  });

  it('a hold body with a bad customer, seats or minutes, or an unknown field, is 400 naming the field, and holds nothing', async () => {
    const { api } = await start();
    const event = await createEvent(api, row('A', 12));
    const cases: Array<[unknown, string]> = [
      [{ seats: ['A1'] }, 'customer'],
      [{ customer: '', seats: ['A1'] }, 'customer'],
      [{ customer: '  ', seats: ['A1'] }, 'customer'],
      [{ customer: 'x'.repeat(101), seats: ['A1'] }, 'customer'],
      [{ customer: 7, seats: ['A1'] }, 'customer'],
      [{ customer: 'Ann' }, 'seats'],
      [{ customer: 'Ann', seats: [] }, 'seats'],
      [{ customer: 'Ann', seats: 'A1' }, 'seats'],
      [{ customer: 'Ann', seats: row('A', 11) }, 'seats'],
      [{ customer: 'Ann', seats: ['A1', 'A2', 'A1'] }, 'seats.2'],
      [{ customer: 'Ann', seats: ['a1'] }, 'seats.0'],
      [{ customer: 'Ann', seats: ['A1', null] }, 'seats.1'],
      [{ customer: 'Ann', seats: ['A1'], minutes: 0 }, 'minutes'],
      [{ customer: 'Ann', seats: ['A1'], minutes: 61 }, 'minutes'],
      [{ customer: 'Ann', seats: ['A1'], minutes: 1.5 }, 'minutes'],
      [{ customer: 'Ann', seats: ['A1'], minutes: '5' }, 'minutes'],
      [{ customer: 'Ann', seats: ['A1'], minutes: -5 }, 'minutes'],
      [{ customer: 'Ann', seats: ['A1'], expiresAt: at(MINUTE) }, 'expiresAt'],
    ];
    for (const [body, field] of cases) expectInvalid(await api.post(`/events/${event.id}/holds`, { json: body }), field);
    expectApiError(await api.post(`/events/${event.id}/holds`, { body: '{"customer": ', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.post(`/events/${event.id}/holds`, { body: 'A1', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expect((await getEvent(api, event.id)).available, 'available seats after only refused holds').toBe(12);
    expect((await hold(api, event.id, row('A', 10), { customer: 'x'.repeat(100) })).seats, 'a hold of 10 seats by a customer of 100 characters (the most allowed)').toHaveLength(10);
  });

  it('every seat of a hold is a row of hold_seats with active = 1, and the database itself refuses a second active row for a seat', async () => {
    const { api, dbFile } = await start();
    const event = await createEvent(api, ['A1', 'A2', 'A3']);
    const ann = await hold(api, event.id, ['A1', 'A2']);
    const bob = await hold(api, event.id, ['A3'], { customer: 'Bob' });
    await api.close();
    const [a1, a3] = [seatId(dbFile, event.id, 'A1'), seatId(dbFile, event.id, 'A3')];
    expect(rawValue(dbFile, 'SELECT count(*) FROM hold_seats WHERE hold_id = ? AND active = 1', ann.id), `rows of hold_seats with hold_id ${ann.id} and active = 1 (one per seat of the hold)`).toBe(2);
    expect(rawValue(dbFile, 'SELECT seat_id FROM hold_seats WHERE hold_id = ?', bob.id), `seat_id of the row of hold ${bob.id} in hold_seats`).toBe(a3);
    expect(
      rawWrite(dbFile, 'INSERT INTO hold_seats (hold_id, seat_id, active) VALUES (?, ?, 1)', bob.id, a1),
      `INSERT INTO hold_seats (hold_id, seat_id, active) VALUES (${bob.id}, ${a1}, 1): seat A1 already has an active row (a partial unique index on seat_id WHERE active = 1)`,
    ).toMatch(/^SQLITE_CONSTRAINT_(UNIQUE|TRIGGER)$/);
    expect(rawWrite(dbFile, 'INSERT INTO hold_seats (hold_id, seat_id, active) VALUES (?, ?, 0)', bob.id, a1), `INSERT of the same row with active = 0 (a past claim never conflicts)`).toBe('accepted');
    expect(rawWrite(dbFile, 'UPDATE hold_seats SET active = 1 WHERE hold_id = ? AND seat_id = ?', bob.id, a1), 'UPDATE that row to active = 1 while A1 has another active row').toMatch(/^SQLITE_CONSTRAINT_(UNIQUE|TRIGGER)$/);
    expect(rawWrite(dbFile, 'UPDATE hold_seats SET active = 0 WHERE hold_id = ?', ann.id), `UPDATE hold_seats SET active = 0 for hold ${ann.id}`).toBe('accepted');
    expect(rawWrite(dbFile, 'UPDATE hold_seats SET active = 1 WHERE hold_id = ? AND seat_id = ?', bob.id, a1), 'UPDATE to active = 1 once no other active row claims A1').toBe('accepted');
  });
});

describe('Task 3: Let holds expire', () => {
  it('a hold is live until the millisecond before expiresAt and expired at expiresAt exactly: its status, the seats and the counts follow the clock', async () => {
    const { api, clock } = await start();
    const event = await createEvent(api, ['A1', 'A2', 'A3']);
    const held = await hold(api, event.id, ['A1', 'A2'], { minutes: 5 });
    clock.advance(5 * MINUTE - 1);
    expect((await getHold(api, held.id)).status, `GET /holds/${held.id} at ${at(5 * MINUTE - 1)}, 1 ms before expiresAt`).toBe('held');
    expect(await seatMap(api, event.id), `seats at ${at(5 * MINUTE - 1)}`).toEqual({ A1: 'held', A2: 'held', A3: 'available' });
    expect((await getEvent(api, event.id)).held, `held seats at ${at(5 * MINUTE - 1)}`).toBe(2);
    clock.advance(1);
    expect(await getHold(api, held.id), `GET /holds/${held.id} at ${at(5 * MINUTE)}, its expiresAt exactly (now >= expiresAt is expired)`).toEqual({ ...held, status: 'expired' });
    expect(await seatMap(api, event.id), `seats at ${at(5 * MINUTE)}: the expired hold's seats are free`).toEqual({ A1: 'available', A2: 'available', A3: 'available' });
    expect(await getEvent(api, event.id), `GET /events/${event.id} at ${at(5 * MINUTE)}`).toEqual({ ...event, available: 3, held: 0, booked: 0 });
    clock.advance(3 * 60 * MINUTE);
    expect((await getHold(api, held.id)).status, 'the status three hours later').toBe('expired');
  });

  it('a seat of an expired hold can be held again from expiresAt on, and the expired hold still lists its seats', async () => {
    const { api, clock } = await start();
    const event = await createEvent(api, ['A1', 'A2', 'A3']);
    const ann = await hold(api, event.id, ['A1', 'A2'], { minutes: 10 });
    clock.advance(10 * MINUTE - 1);
    expectUnavailable(await api.post(`/events/${event.id}/holds`, { json: { customer: 'Bob', seats: ['A2', 'A3'] } }), [{ index: 0, seat: 'A2', status: 'held' }]);
    clock.advance(1);
    const bob = await hold(api, event.id, ['A2', 'A3'], { customer: 'Bob', minutes: 2 });
    expect(bob.createdAt, 'createdAt of a hold made at the edge').toBe(at(10 * MINUTE));
    expect(await seatMap(api, event.id), 'seats after Bob held A2 and A3 at the edge').toEqual({ A1: 'available', A2: 'held', A3: 'held' });
    expect(await getHold(api, ann.id), `GET /holds/${ann.id}: expired, and still listing A1 and A2`).toEqual({ ...ann, status: 'expired' });
    const cy = await hold(api, event.id, ['A1'], { customer: 'Cy' });
    expect(cy.seats, 'a hold of A1, the other seat of the expired hold').toEqual(['A1']);
    clock.advance(2 * MINUTE);
    const dee = await hold(api, event.id, ['A3', 'A2'], { customer: 'Dee' });
    expect(dee.seats, "a hold of A2 and A3 when Bob's hold of 2 minutes expired").toEqual(['A2', 'A3']);
    expect(await getEvent(api, event.id), 'the counts: Cy holds A1, Dee A2 and A3').toEqual({ ...event, available: 0, held: 3, booked: 0 });
  });

  it('only the seats of live holds are unavailable: an expired one among them is not listed in the 409', async () => {
    const { api, clock } = await start();
    const event = await createEvent(api, ['A1', 'A2', 'A3', 'A4']);
    await hold(api, event.id, ['A1'], { minutes: 5 });
    await hold(api, event.id, ['A3'], { minutes: 30 });
    clock.advance(20 * MINUTE);
    expectUnavailable(await api.post(`/events/${event.id}/holds`, { json: { customer: 'Bob', seats: ['A1', 'A2', 'A3'] } }), [{ index: 2, seat: 'A3', status: 'held' }]);
    expect(await seatMap(api, event.id), 'seats after the refused hold').toEqual({ A1: 'available', A2: 'available', A3: 'held', A4: 'available' });
    const bob = await hold(api, event.id, ['A1', 'A2'], { customer: 'Bob' });
    expect(bob.expiresAt, 'expiresAt of a hold made 20 minutes in: by the clock of createApp, not the wall clock').toBe(at(30 * MINUTE));
  });

  it("when a new hold takes a seat of an expired hold, the old row of hold_seats is set to active = 0 in that transaction", async () => {
    const { api, clock, dbFile } = await start();
    const event = await createEvent(api, ['A1', 'A2']);
    const ann = await hold(api, event.id, ['A1', 'A2'], { minutes: 1 });
    clock.advance(MINUTE);
    const bob = await hold(api, event.id, ['A2'], { customer: 'Bob' });
    await api.close();
    const a2 = seatId(dbFile, event.id, 'A2');
    expect(rawValue(dbFile, 'SELECT active FROM hold_seats WHERE hold_id = ? AND seat_id = ?', ann.id, a2), `active of the row (hold ${ann.id}, seat A2): 0 once Bob's hold took A2`).toBe(0);
    expect(rawValue(dbFile, 'SELECT active FROM hold_seats WHERE hold_id = ? AND seat_id = ?', bob.id, a2), `active of the row (hold ${bob.id}, seat A2)`).toBe(1);
    expect(rawValue(dbFile, 'SELECT count(*) FROM hold_seats WHERE hold_id = ?', ann.id), `rows of hold_seats of the expired hold ${ann.id}: they stay`).toBe(2);
  });
});

describe('Task 4: Confirm and release holds', () => {
  it('POST /holds/:id/confirm books the seats for good: status confirmed, confirmedAt, seats booked even long after expiresAt', async () => {
    const { api, clock } = await start();
    const event = await createEvent(api, ['A1', 'A2', 'A3']);
    const ann = await hold(api, event.id, ['A1', 'A2'], { minutes: 5 });
    clock.advance(3 * MINUTE);
    const res = await api.post(`/holds/${ann.id}/confirm`);
    expectStatus(res, 200);
    const confirmed = expectHold(res);
    expect(confirmed, res.request).toEqual({ ...ann, status: 'confirmed', confirmedAt: at(3 * MINUTE) });
    expect(await seatMap(api, event.id), 'seats after the confirm').toEqual({ A1: 'booked', A2: 'booked', A3: 'available' });
    clock.advance(60 * MINUTE);
    expect(await getHold(api, ann.id), `GET /holds/${ann.id} an hour after its expiresAt: a booking never expires`).toEqual(confirmed);
    expect(await getEvent(api, event.id), 'the counts an hour later').toEqual({ ...event, available: 1, held: 0, booked: 2 });
    expectUnavailable(await api.post(`/events/${event.id}/holds`, { json: { customer: 'Bob', seats: ['A3', 'A2'] } }), [{ index: 1, seat: 'A2', status: 'booked' }]);
  });

  it('a confirm at expiresAt exactly, or later, is 410 hold_expired and books nothing; 1 ms before, it succeeds', async () => {
    const { api, clock } = await start();
    const event = await createEvent(api, ['A1', 'A2']);
    const early = await hold(api, event.id, ['A1'], { minutes: 5 });
    const late = await hold(api, event.id, ['A2'], { minutes: 5, customer: 'Bob' });
    clock.advance(5 * MINUTE - 1);
    expectStatus(await api.post(`/holds/${early.id}/confirm`), 200);
    clock.advance(1);
    const res = await api.post(`/holds/${late.id}/confirm`);
    expectApiError(res, 410, 'hold_expired');
    expect(await getHold(api, late.id), `GET /holds/${late.id} after the refused confirm`).toEqual({ ...late, status: 'expired' });
    expect(await seatMap(api, event.id), 'seats: A1 booked 1 ms before the edge, A2 free at the edge').toEqual({ A1: 'booked', A2: 'available' });
    clock.advance(MINUTE);
    expectApiError(await api.post(`/holds/${late.id}/confirm`), 410, 'hold_expired');
  });

  it('a confirm of an expired hold whose seats someone else now holds is 410, and the new hold keeps them', async () => {
    const { api, clock } = await start();
    const event = await createEvent(api, ['A1', 'A2']);
    const ann = await hold(api, event.id, ['A1', 'A2'], { minutes: 2 });
    clock.advance(2 * MINUTE);
    const bob = await hold(api, event.id, ['A1'], { customer: 'Bob' });
    expectApiError(await api.post(`/holds/${ann.id}/confirm`), 410, 'hold_expired');
    expectApiError(await api.post(`/holds/${ann.id}/release`), 410, 'hold_expired');
    expect(await getHold(api, bob.id), `GET /holds/${bob.id}: Bob still holds A1`).toEqual(bob);
    expect(await seatMap(api, event.id), 'seats after the refused confirm and release').toEqual({ A1: 'held', A2: 'available' });
    const confirmed = await api.post(`/holds/${bob.id}/confirm`);
    expectStatus(confirmed, 200);
    expect(await seatMap(api, event.id), 'seats after Bob confirmed').toEqual({ A1: 'booked', A2: 'available' });
  });

  it('POST /holds/:id/release frees the seats at once: status released, releasedAt, and another customer can hold them', async () => {
    const { api, clock, dbFile } = await start();
    const event = await createEvent(api, ['A1', 'A2', 'A3', 'A4']);
    const ann = await hold(api, event.id, ['A1', 'A3']);
    const cy = await hold(api, event.id, ['A2'], { customer: 'Cy' });
    clock.advance(MINUTE);
    const res = await api.post(`/holds/${ann.id}/release`);
    expectStatus(res, 200);
    expect(expectHold(res), res.request).toEqual({ ...ann, status: 'released', releasedAt: at(MINUTE) });
    expect(await seatMap(api, event.id), "seats right after Ann's release: Cy still holds A2").toEqual({ A1: 'available', A2: 'held', A3: 'available', A4: 'available' });
    expect(await getEvent(api, event.id), 'the counts after the release').toEqual({ ...event, available: 3, held: 1, booked: 0 });
    expect(await getHold(api, cy.id), `hold ${cy.id} of another customer after the release`).toEqual(cy);
    const bob = await hold(api, event.id, ['A3', 'A1'], { customer: 'Bob' });
    expect(bob.seats, 'Bob holds the seats Ann released').toEqual(['A1', 'A3']);
    clock.advance(60 * MINUTE);
    expect((await getHold(api, ann.id)).status, 'a released hold stays released (it never shows expired)').toBe('released');
    await api.close();
    expect(rawValue(dbFile, 'SELECT count(*) FROM hold_seats WHERE hold_id = ? AND active = 0', ann.id), `rows of hold_seats of the released hold ${ann.id} with active = 0`).toBe(2);
  });

  it('a hold already confirmed or released cannot change again: 409 conflict naming status', async () => {
    const { api } = await start();
    const event = await createEvent(api, ['A1', 'A2']);
    const ann = await hold(api, event.id, ['A1']);
    const bob = await hold(api, event.id, ['A2'], { customer: 'Bob' });
    expectStatus(await api.post(`/holds/${ann.id}/confirm`), 200);
    expectStatus(await api.post(`/holds/${bob.id}/release`), 200);
    for (const [id, action] of [
      [ann.id, 'confirm'],
      [ann.id, 'release'],
      [bob.id, 'release'],
      [bob.id, 'confirm'],
    ] as const) {
      const res = await api.post(`/holds/${id}/${action}`);
      expectApiError(res, 409, 'conflict');
      expect(
        detailsOf(res).map((d) => d.field),
        `${res.request}: error.details names the field status`,
      ).toContain('status');
      for (const d of detailsOf(res)) expect(typeof d.message === 'string' && d.message.trim() !== '', `${res.request}: each entry of details has a message`).toBe(true);
    }
    expect(await seatMap(api, event.id), 'seats: A1 still booked, A2 still free').toEqual({ A1: 'booked', A2: 'available' });
    expect((await getHold(api, bob.id)).status, `hold ${bob.id} after a confirm was refused`).toBe('released');
  });

  it('unknown or malformed hold ids are 404; other methods 405 with Allow; a body sent to confirm is ignored', async () => {
    const { api } = await start();
    const event = await createEvent(api, ['A1']);
    const ann = await hold(api, event.id, ['A1']);
    for (const path of ['/holds/999', '/holds/abc', '/holds/0', '/holds/1e3']) expectApiError(await api.get(path), 404, 'not_found');
    for (const path of ['/holds/999/confirm', '/holds/999/release', '/holds/x/confirm', '/holds/0/release']) expectApiError(await api.post(path), 404, 'not_found');
    let res = await api.post(`/holds/${ann.id}`, { json: {} });
    expectApiError(res, 405, 'method_not_allowed');
    expectAllow(res, ['GET', 'HEAD']);
    for (const action of ['confirm', 'release']) {
      res = await api.get(`/holds/${ann.id}/${action}`);
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['POST']);
    }
    res = await api.get(`/events/${event.id}/holds`);
    expectApiError(res, 405, 'method_not_allowed');
    expectAllow(res, ['POST']);
    res = await api.post(`/holds/${ann.id}/confirm`, { json: { status: 'released' } });
    expectStatus(res, 200);
    expect(expectHold(res).status, `${res.request}: the body is ignored`).toBe('confirmed');
  });
});

/** For the rushes: 25 pairs of seats (A<k>, B<k>), an event of 50 seats. */
const PAIRS = 25;
const RUSH_SEATS = [...row('A', PAIRS), ...row('B', PAIRS)];
/**
 * Rounds of the four-process race for one pair. Even with postTogether making the four handlers
 * start at the same moment, a check-then-insert outside a transaction is caught in about one
 * round in ten (its window is a few statements long); 50 rounds make it fail every run.
 */
const ROUNDS = 50;
const RACE_SEATS = [...row('A', ROUNDS), ...row('B', ROUNDS)];

/** Checks the outcome of one pair's holds in a rush, and returns the problems found. */
function judgePair(k: number, answers: HttpResponse[]): { problems: string[]; winner?: HoldJson } {
  const problems: string[] = [];
  for (const res of answers) {
    if (res.status === 201) continue;
    if (res.status === 409 && codeOf(res) === 'seat_unavailable') continue;
    problems.push(`${res.request}: ${res.status} ${res.text.slice(0, 140)}`);
  }
  const won = answers.filter((res) => res.status === 201);
  if (won.length !== 1) problems.push(`seats A${k} and B${k}: ${won.length} of ${answers.length} holds answered 201 (exactly one should)`);
  const winner = won[0]?.json as HoldJson | undefined;
  if (winner && JSON.stringify(winner.seats) !== JSON.stringify([`A${k}`, `B${k}`])) problems.push(`the winning hold of pair ${k} lists seats ${JSON.stringify(winner.seats)}`);
  return { problems, winner };
}

describe('Task 5: Survive a rush and bad input', () => {
  it('holds for the same pair of seats sent to four app processes at once, round after round: exactly one wins each pair, the others are 409 seat_unavailable, none a 5xx', async () => {
    const { api, dbFile } = await start();
    const event = await createEvent(api, RACE_SEATS, 'Sale day');
    await api.close();
    const { apps, stderr } = await startAppProcesses(4, { options: { dbFile }, start: START });
    // Each round, the four processes get a hold of the same pair at the same moment. Two of them
    // list the pair the other way round, so that code without one transaction writes one seat
    // each and fails on the other.
    const problems: string[] = [];
    for (let k = 1; k <= ROUNDS; k += 1) {
      const answers = await postTogether(
        apps.map((app, i) => ({ app, path: `/events/${event.id}/holds`, json: { customer: `client ${k}-${i}`, seats: i % 2 === 0 ? [`A${k}`, `B${k}`] : [`B${k}`, `A${k}`], minutes: 10 } })),
      );
      problems.push(...judgePair(k, answers).problems);
    }
    expect(
      problems.slice(0, 6),
      `${problems.length} problems in ${ROUNDS} rounds of 4 holds of one pair of seats, one per app process, sent at once: one 201 per pair and 409 seat_unavailable for the rest, never a 5xx (one transaction with { behavior: 'immediate' } around the check and the inserts). Server stderr:\n${stderr().slice(-600)}`,
    ).toEqual([]);
    expect(await getEvent(apps[2]!, event.id), `the event after the rush: all ${2 * ROUNDS} seats held`).toEqual({ ...event, available: 0, held: 2 * ROUNDS, booked: 0 });
    expect(rawValue(dbFile, 'SELECT count(*) FROM hold_seats'), 'rows in hold_seats after the rush: two per winning hold, nothing left by a refused one').toBe(2 * ROUNDS);
  }, 30_000);

  it('after the first holds expire, their confirms (410) race new holds for the same seats across four processes: one new hold wins each pair', async () => {
    const { api, dbFile } = await start();
    const event = await createEvent(api, RUSH_SEATS, 'Second wave');
    const first: HoldJson[] = [];
    for (let k = 1; k <= PAIRS; k += 1) first.push(await hold(api, event.id, [`A${k}`, `B${k}`], { customer: `early ${k}`, minutes: 5 }));
    await api.close();
    const { apps, advance, stderr } = await startAppProcesses(4, { options: { dbFile }, start: START });
    await advance(5 * MINUTE);
    const answers = await Promise.all(
      Array.from({ length: 4 * PAIRS }, (_, j) => {
        const [k, i] = [Math.floor(j / 4) + 1, j % 4];
        if (i === 0) return apps[0]!.post(`/holds/${first[k - 1]!.id}/confirm`);
        const seats = i % 2 === 0 ? [`A${k}`, `B${k}`] : [`B${k}`, `A${k}`];
        return apps[i]!.post(`/events/${event.id}/holds`, { json: { customer: `late ${j}`, seats } });
      }),
    );
    const problems: string[] = [];
    for (let k = 1; k <= PAIRS; k += 1) {
      const [confirm, ...holds] = answers.slice(4 * (k - 1), 4 * k);
      if (confirm!.status !== 410 || codeOf(confirm!) !== 'hold_expired') problems.push(`${confirm!.request} at expiresAt: ${confirm!.status} ${confirm!.text.slice(0, 120)} (expected 410 hold_expired)`);
      problems.push(...judgePair(k, holds).problems);
    }
    expect(
      problems.slice(0, 6),
      `at the first holds' expiresAt, for each of 25 pairs: the old hold's confirm (410 hold_expired) and three new holds sent to four processes at once; exactly one new hold per pair is 201. Server stderr:\n${stderr().slice(-600)}`,
    ).toEqual([]);
    expect(await getEvent(apps[1]!, event.id), 'the event after the second wave: all 50 seats held by the new holds').toEqual({ ...event, available: 0, held: 50, booked: 0 });
    expect((await getHold(apps[3]!, first[0]!.id)).status, `hold ${first[0]!.id} of the first wave`).toBe('expired');
  }, 30_000);

  it('a restart on the same file keeps events and holds, and holds keep expiring by the clock of the new app', async () => {
    const { api, dbFile } = await start();
    const event = await createEvent(api, ['A1', 'A2', 'A3']);
    const ann = await hold(api, event.id, ['A1'], { minutes: 5 });
    const bob = await hold(api, event.id, ['A2'], { minutes: 30, customer: 'Bob' });
    expectStatus(await api.post(`/holds/${bob.id}/confirm`), 200);
    await api.close();
    const clock = fakeClock(at(4 * MINUTE));
    const { api: again } = await start({ dbFile, clock });
    expect((await getHold(again, ann.id)).status, `hold ${ann.id} after the restart, 4 minutes in`).toBe('held');
    expect(await seatMap(again, event.id), 'seats after the restart').toEqual({ A1: 'held', A2: 'booked', A3: 'available' });
    clock.advance(MINUTE);
    expect(await getHold(again, ann.id), `hold ${ann.id} at its expiresAt, after the restart`).toEqual({ ...ann, status: 'expired' });
    expect(await getEvent(again, event.id), 'the event at that time').toEqual({ ...event, available: 2, held: 0, booked: 1 });
  });

  it('every route refuses hostile input with a 4xx JSON error, never a 5xx', async () => {
    const { api } = await start();
    const event = await createEvent(api, row('A', 10));
    const ann = await hold(api, event.id, ['A1']);
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/events', body: { name: 'Probe', seats: ['H1', 'H2'] } },
        { method: 'GET', path: '/events/:id' },
        { method: 'GET', path: '/events/:id/seats' },
        { method: 'POST', path: '/events/:id/holds', body: { customer: 'Probe', seats: ['A9'], minutes: 1 } },
        { method: 'GET', path: '/holds/:holdId' },
        { method: 'POST', path: '/holds/:holdId/confirm' },
        { method: 'POST', path: '/holds/:holdId/release' },
      ],
      { params: { id: String(event.id), holdId: String(ann.id) } },
    );
    // Several hundred probes: on a busy machine they take longer than the default 10 s.
  }, 30_000);

  it('no bad request gets a 5xx or leaks a stack trace, and injection strings are plain text', async () => {
    const { api } = await start();
    const name = "Robert'); DROP TABLE seats;--";
    const event = await createEvent(api, ['A1', 'A2'], name);
    expect(event.name, 'an event name with quotes and SQL, stored as sent').toBe(name);
    const answers: HttpResponse[] = [
      await api.post(`/events/${event.id}/holds`, { json: { customer: 'x', seats: ["A1' OR '1'='1"] } }),
      await api.post(`/events/${event.id}/holds`, { json: { customer: 'x', seats: ['A1'], minutes: 1e300 } }),
      await api.post(`/events/${event.id}/holds`, { json: { customer: 'x', seats: ['A1'], minutes: Number.MAX_SAFE_INTEGER } }),
      await api.post(`/events/${event.id}/holds`, { json: { customer: null, seats: null } }),
      await api.post(`/events/${event.id}/holds`, { json: [] }),
      await api.post('/events/99999999999999999999999/holds', { json: { customer: 'x', seats: ['A1'] } }),
      await api.post('/holds/99999999999999999999999/confirm'),
      await api.get('/events/1%20OR%201=1/seats'),
      await api.post('/events', { json: { name: 'x', seats: [{ label: 'A1' }] } }),
    ];
    for (const res of answers) {
      expectNo5xx(res);
      expect(res.status, `${res.request}: a refused request is a 4xx`).toBeGreaterThanOrEqual(400);
      expect(res.text, `${res.request}: the body should not show a stack trace or SQL`).not.toMatch(/at .+\.(ts|js):\d+|SQLITE_|\bSELECT\b|\bINSERT INTO\b/);
    }
    const ann = await hold(api, event.id, ['A2'], { customer: "'; DELETE FROM hold_seats;--" });
    expect(await getHold(api, ann.id), 'a hold by a customer named with SQL').toEqual(ann);
    expect(await seatMap(api, event.id), 'seats after the bad requests').toEqual({ A1: 'available', A2: 'held' });
  });
});
