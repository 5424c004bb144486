// p50's API checks: rooms, messages, history pages and the event stream of the Interface, over HTTP.
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectStatus, openEventStream, STREAM_WAIT_MS } from '#testkit';
import {
  START,
  createRoom,
  eventMessage,
  expectMessage,
  expectRoom,
  getRoom,
  ids,
  nextMessages,
  page,
  post,
  postMany,
  start,
  streamHead,
  waitForListeners,
} from './helpers.js';

const events = (roomId: number | string) => `/api/rooms/${roomId}/events`;

describe('Task 1: Rooms and messages', () => {
  it('POST /api/rooms answers 201 with Location and the room (name trimmed, 0 listeners); GET /api/rooms/:id answers it', async () => {
    const { api, dbFile } = await start();
    const res = await api.post('/api/rooms', { json: { name: '  General ' } });
    const room = expectRoom(res, 201);
    expect(room, `${res.request}`).toEqual({ id: room.id, name: 'General', listeners: 0 });
    expect(res.headers.get('location'), `${res.request}: Location`).toBe(`/api/rooms/${room.id}`);
    expect(await getRoom(api, room.id), `GET /api/rooms/${room.id}`).toEqual(room);
    const other = await createRoom(api, '<b>Makers</b> & "friends"');
    expect(other.name, 'a name is stored as sent (trimmed), markup and all').toBe('<b>Makers</b> & "friends"');
    expect(other.id, 'a second room gets another id').not.toBe(room.id);
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('POST /api/rooms/:id/messages answers 201 with the message: trimmed, createdAt from the clock, ids increasing across rooms', async () => {
    const { api, clock } = await start();
    const general = await createRoom(api, 'General');
    const tools = await createRoom(api, 'Tools');
    const res = await api.post(`/api/rooms/${general.id}/messages`, { json: { author: ' Ann ', text: '  Who has the <b>laser</b> key? ' } });
    const first = expectMessage(res, 201);
    expect(first, `${res.request}`).toEqual({ id: first.id, roomId: general.id, author: 'Ann', text: 'Who has the <b>laser</b> key?', createdAt: START });
    clock.advance(90_000);
    const second = await post(api, tools.id, 'Drill bits are back', 'Bo');
    expect(second.createdAt, 'createdAt of a message posted 90 s later').toBe('2026-10-05T18:01:30.000Z');
    expect(second.roomId, 'roomId').toBe(tools.id);
    const third = await post(api, general.id, 'Found it');
    expect(second.id > first.id && third.id > second.id, `ids increase in the order messages are stored, across rooms: ${first.id}, ${second.id}, ${third.id}`).toBe(true);
    expect([Number.isInteger(first.id), first.id >= 1], 'a message id is a positive whole number').toEqual([true, true]);
  });

  it('refuses bad rooms and messages with 400 validation_failed naming each field (blank, too long, missing, wrong type, unknown)', async () => {
    const { api } = await start();
    for (const body of [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(61) }, { name: 42 }, { name: null }]) expectInvalid(await api.post('/api/rooms', { json: body }), 'name');
    expectInvalid(await api.post('/api/rooms', { json: { name: 'ok', listeners: 3 } }), 'listeners');
    expect((await createRoom(api, 'y'.repeat(60))).name.length, 'a 60-character name').toBe(60);
    const room = await createRoom(api);
    const path = `/api/rooms/${room.id}/messages`;
    for (const author of ['', '  ', 'a'.repeat(41), 7, null, undefined]) expectInvalid(await api.post(path, { json: { author, text: 'Hello' } }), 'author');
    for (const text of ['', ' \n ', 't'.repeat(2001), ['Hello'], false, undefined]) expectInvalid(await api.post(path, { json: { author: 'Ann', text } }), 'text');
    expectInvalid(await api.post(path, { json: {} }), 'author', 'text');
    expectInvalid(await api.post(path, { json: { author: 'Ann', text: 'Hi', roomId: 9 } }), 'roomId');
    expectInvalid(await api.post(path, { json: ['Ann', 'Hi'] }), 'body');
    expectInvalid(await api.post('/api/rooms', { json: ['General'] }), 'body');
    for (const [body, fields] of [
      [{ author: ' ', text: 'Hi' }, ['author']],
      [{ author: 'Ann', text: 't'.repeat(2001) }, ['text']],
      [{ author: 7, text: '' }, ['author', 'text']],
      [{ author: 'Ann', text: 'Hi', mood: 'happy' }, ['mood']],
    ] as const) {
      const res = await api.post(path, { json: body });
      expectInvalid(res, ...fields);
      const error = (res.json as { error: { message: string; details: Array<{ field: string; message: unknown }> } }).error;
      for (const field of fields) expect(error.message, `${res.request}: the error's message names the field ${field}`).toContain(field);
      for (const detail of error.details) expect(typeof detail.message === 'string' && detail.message.trim() !== '', `${res.request}: the message of the detail for ${detail.field} is a sentence`).toBe(true);
    }
    for (const body of [{ name: '' }, { name: 'x'.repeat(61) }]) {
      const res = await api.post('/api/rooms', { json: body });
      const error = (res.json as { error: { message: string; details: Array<{ field: string; message: unknown }> } }).error;
      expect(error.message, `${res.request}: the error's message names the field name`).toContain('name');
      for (const detail of error.details) expect(typeof detail.message === 'string' && detail.message.trim() !== '', `${res.request}: the message of the detail for ${detail.field} is a sentence`).toBe(true);
    }
    expectApiError(await api.post(path, { body: 'author=Ann&text=Hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post(path, { body: '{"author": "Ann",', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    const longest = await post(api, room.id, 't'.repeat(2000), 'a'.repeat(40));
    expect([longest.author.length, longest.text.length], 'a 40-character author and a 2000-character text').toEqual([40, 2000]);
  });

  it('an unknown room or an id that is not a positive whole number in plain digits answers 404; the body is read before the room is looked up, the fields after', async () => {
    const { api } = await start();
    let room = await createRoom(api);
    while (room.id < 10) room = await createRoom(api, `Room ${room.id + 1}`);
    expect(await getRoom(api, room.id), `GET /api/rooms/${room.id} (a two-digit id)`).toMatchObject({ id: room.id });
    expect((await post(api, room.id, 'Hello ten')).roomId, `POST /api/rooms/${room.id}/messages`).toBe(room.id);
    for (const id of ['999', 'abc', '0', '-1', '1.5', `${room.id}x`, `0${room.id}`, `${room.id}.0`, `+${room.id}`, `${room.id / 10}e1`]) {
      expectApiError(await api.get(`/api/rooms/${id}`), 404, 'not_found');
      expectApiError(await api.post(`/api/rooms/${id}/messages`, { json: { author: 'Ann', text: 'Hi' } }), 404, 'not_found');
    }
    expectApiError(await api.post('/api/rooms/999/messages', { json: { author: '', text: 5 } }), 404, 'not_found');
    expectApiError(await api.post('/api/rooms/999/messages', { body: 'text', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/api/rooms/999/messages', { body: '{', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
  });

  it('a restart on the same file keeps the rooms, and message ids go on increasing', async () => {
    const first = await start();
    const room = await createRoom(first.api, 'Workshop');
    const before = await post(first.api, room.id, 'Before the restart');
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await getRoom(second.api, room.id), `GET /api/rooms/${room.id} after a restart`).toEqual({ id: room.id, name: 'Workshop', listeners: 0 });
    const after = await post(second.api, room.id, 'After the restart');
    expect(after.id, 'the id of the first message after a restart is greater than every id before it').toBeGreaterThan(before.id);
  });

  it('wrong methods answer 405 with Allow, and unknown API paths a JSON 404', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    expectAllow(await api.get('/api/rooms'), ['POST']);
    expectAllow(await api.delete(`/api/rooms/${room.id}`), ['GET']);
    const put = await api.put(`/api/rooms/${room.id}/messages`, { json: {} });
    expectApiError(put, 405, 'method_not_allowed');
    expect(put.headers.get('allow') ?? '', `${put.request}: Allow lists POST`).toMatch(/\bPOST\b/);
    expectApiError(await api.get('/api/nothing'), 404, 'not_found');
    expectApiError(await api.get(`/api/rooms/${room.id}/messages/1`), 404, 'not_found');
  });
});

describe('Task 2: History pages', () => {
  it('pages go from the newest to the oldest, ascending id within a page, nextBefore pointing at the next older page (the SPEC\'s example)', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    const m = await postMany(api, room.id, 5);
    const first = await page(api, room.id, '?limit=2');
    expect(first, 'GET ?limit=2 with messages 1..5: messages 4 and 5, nextBefore 4').toEqual({ items: [m[3], m[4]], nextBefore: m[3]!.id });
    const second = await page(api, room.id, `?limit=2&before=${first.nextBefore}`);
    expect(second, `GET ?limit=2&before=${first.nextBefore}: messages 2 and 3, nextBefore 2`).toEqual({ items: [m[1], m[2]], nextBefore: m[1]!.id });
    const last = await page(api, room.id, `?limit=2&before=${second.nextBefore}`);
    expect(last, `GET ?limit=2&before=${second.nextBefore}: message 1 alone, nextBefore null`).toEqual({ items: [m[0]], nextBefore: null });
    expect(await page(api, room.id, ''), 'GET without parameters: all five (default limit 50), nextBefore null').toEqual({ items: m, nextBefore: null });
  });

  it('nextBefore is null when exactly limit messages were left, and the default limit is 50', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    const m = await postMany(api, room.id, 51);
    const exact = await page(api, room.id, `?limit=4&before=${m[4]!.id}`);
    expect(exact, `GET ?limit=4&before=<id of message 5>: messages 1..4 and nextBefore null (no older message left)`).toEqual({ items: m.slice(0, 4), nextBefore: null });
    const all = await page(api, room.id, '?limit=51');
    expect([all.items.length, all.nextBefore], 'GET ?limit=51 with 51 messages: all of them, nextBefore null').toEqual([51, null]);
    const byDefault = await page(api, room.id, '');
    expect(ids(byDefault.items), 'GET without limit: the newest 50, ascending').toEqual(ids(m.slice(1)));
    expect(byDefault.nextBefore, 'GET without limit on 51 messages: nextBefore is the oldest id on the page').toBe(m[1]!.id);
    const hundred = await page(api, room.id, '?limit=100');
    expect(hundred.items.length, 'GET ?limit=100 is allowed').toBe(51);
    expect(await page(api, room.id, `?before=${m[0]!.id}`), 'GET ?before=<the oldest id>: an empty page').toEqual({ items: [], nextBefore: null });
  });

  it('walking the pages yields every message of the room exactly once, only this room\'s, even with messages posted during the walk', async () => {
    const { api } = await start();
    const room = await createRoom(api, 'General');
    const other = await createRoom(api, 'Other');
    const mine: number[] = [];
    for (let i = 1; i <= 12; i++) {
      mine.push((await post(api, room.id, `Mine ${i}`)).id);
      if (i % 3 === 0) await post(api, other.id, `Not mine ${i}`);
    }
    const seen: number[] = [];
    let before: number | null | undefined;
    for (let round = 0; round < 20 && before !== null; round++) {
      const p = await page(api, room.id, `?limit=5${before === undefined ? '' : `&before=${before}`}`);
      expect(p.items.every((item) => item.roomId === room.id), `page ${round + 1}: only messages of room ${room.id}`).toBe(true);
      expect(ids(p.items), `page ${round + 1}: ascending id`).toEqual([...ids(p.items)].sort((a, b) => a - b));
      seen.unshift(...ids(p.items));
      before = p.nextBefore;
      // Newer messages arrive while the client walks back: the cursor pages must not shift.
      await post(api, room.id, `Posted during the walk ${round}`);
    }
    expect(seen, 'every message posted before the walk, each once, in order (pages of 5, newest first)').toEqual(mine);
    expect(await page(api, other.id, '?limit=10'), 'the other room\'s page holds its 4 messages').toMatchObject({ nextBefore: null });
    expect((await page(api, other.id, '?limit=10')).items.map((m) => m.text), 'the other room\'s messages').toEqual(['Not mine 3', 'Not mine 6', 'Not mine 9', 'Not mine 12']);
  });

  it('an empty room has an empty page; a restart keeps every message', async () => {
    const first = await start();
    const room = await createRoom(first.api);
    expect(await page(first.api, room.id, ''), 'GET on an empty room').toEqual({ items: [], nextBefore: null });
    const m = await postMany(first.api, room.id, 3);
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await page(second.api, room.id, ''), 'GET after a restart').toEqual({ items: m, nextBefore: null });
  });

  it('refuses a bad limit or before with 400 validation_failed naming it; an unknown room answers 404; other parameters are ignored', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    const m = await postMany(api, room.id, 3);
    const path = `/api/rooms/${room.id}/messages`;
    for (const limit of ['0', '101', 'abc', '1.5', '-1', '', '2&limit=3', '1e2', ' 5']) expectInvalid(await api.get(`${path}?limit=${limit}`), 'limit');
    for (const before of ['0', '-1', 'abc', '2.5', '', '3&before=2']) expectInvalid(await api.get(`${path}?before=${before}`), 'before');
    expectAllow(await api.delete(path), ['GET', 'POST']);
    expectApiError(await api.get('/api/rooms/999/messages'), 404, 'not_found');
    expectApiError(await api.get('/api/rooms/abc/messages?limit=2'), 404, 'not_found');
    expect(await page(api, room.id, '?limit=1&sort=oldest&before=99999'), 'GET ?limit=1&sort=oldest&before=99999: sort is ignored, before need not be a message of the room').toEqual({ items: [m[2]], nextBefore: m[2]!.id });
  });
});

describe('Task 3: Live events', () => {
  it('GET /api/rooms/:id/events answers 200 text/event-stream, not cached, starting with a retry: of at most 1000 ms', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    const head = await streamHead(api, events(room.id));
    expect(head.status, `GET ${events(room.id)}: status`).toBe(200);
    expect(head.contentType, `GET ${events(room.id)}: Content-Type`).toMatch(/^text\/event-stream\b/);
    expect(head.cacheControl, `GET ${events(room.id)}: Cache-Control`).toMatch(/\bno-(cache|store)\b/);
    const retry = /^retry:\s?(\d+)\s*$/m.exec(head.text);
    expect(retry, `GET ${events(room.id)}: a "retry: <ms>" line at the start of the stream; received ${JSON.stringify(head.text.slice(0, 200))}`).not.toBeNull();
    expect(Number(retry![1]), 'the retry delay in milliseconds').toBeLessThanOrEqual(1000);
  });

  it('each message posted to the room arrives as an event (id, event: message, data: the message), in order, and no other room\'s', async () => {
    const { api, clock } = await start();
    const room = await createRoom(api, 'General');
    const other = await createRoom(api, 'Other');
    const old = await post(api, room.id, 'Posted before the stream opened');
    const stream = await openEventStream(api, events(room.id));
    const a = await post(api, room.id, 'First live', 'Ann');
    await post(api, other.id, 'In another room', 'Eve');
    clock.advance(5_000);
    const b = await post(api, room.id, '<img src=x> second "live"', 'Bo');
    const got = await nextMessages(stream, 2, `GET ${events(room.id)} after two POSTs to the room and one to another room`);
    expect(got, 'the events: exactly the POST answers, in order (nothing from before the stream opened, nothing from another room)').toEqual([a, b]);
    expect(old.id, 'the message posted before').toBeLessThan(a.id);
    expect(stream.events.length, 'events received in all').toBe(2);
  });

  it('every open stream counts in listeners; closed streams are forgotten and posting to the room still works', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    const other = await createRoom(api, 'Other');
    const streams = [await openEventStream(api, events(room.id)), await openEventStream(api, events(room.id)), await openEventStream(api, events(room.id))];
    await waitForListeners(api, room.id, 3, 'three streams open on the room');
    expect((await getRoom(api, other.id)).listeners, 'listeners of another room').toBe(0);
    streams[0]!.close();
    streams[1]!.close();
    await waitForListeners(api, room.id, 1, 'three streams opened, two closed by the client');
    const message = await post(api, room.id, 'Still here?');
    expect(eventMessage(await streams[2]!.next('the message on the stream still open'), 'the stream still open'), 'the open stream gets the message').toEqual(message);
    for (let round = 0; round < 5; round++) (await openEventStream(api, events(room.id))).close();
    await waitForListeners(api, room.id, 1, 'five more streams opened and closed');
    streams[2]!.close();
    await waitForListeners(api, room.id, 0, 'every stream closed');
    await post(api, room.id, 'Nobody listens');
    expect((await getRoom(api, room.id)).listeners, 'listeners after posting to a room nobody listens to').toBe(0);
  });

  it('app.locals.close() ends the open streams', async () => {
    const { api, app } = await start();
    const room = await createRoom(api);
    const streams = [await openEventStream(api, events(room.id)), await openEventStream(api, events(room.id))];
    await waitForListeners(api, room.id, 2, 'two streams open');
    await app.locals?.close?.();
    let timer: NodeJS.Timeout | undefined;
    const ended = await Promise.race([Promise.all(streams.map((s) => s.ended)).then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), STREAM_WAIT_MS)))]);
    clearTimeout(timer);
    expect(ended, 'after app.locals.close(), both open streams have ended (the server must end them, or it never finishes closing)').toBe(true);
  });

  it('two apps never share streams: a message posted to one never reaches the other\'s clients', async () => {
    const one = await start();
    const two = await start();
    const roomOne = await createRoom(one.api, 'Same id');
    const roomTwo = await createRoom(two.api, 'Same id');
    expect(roomOne.id, 'both apps start with the same room id').toBe(roomTwo.id);
    const stream = await openEventStream(two.api, events(roomTwo.id));
    await post(one.api, roomOne.id, 'Posted to app one');
    const mine = await post(two.api, roomTwo.id, 'Posted to app two');
    expect(eventMessage(await stream.next('the first event on app two\'s stream'), 'app two\'s stream'), 'app two\'s stream: its own message, not app one\'s').toEqual(mine);
  });

  it('an unknown room answers 404 JSON instead of a stream; other methods 405', async () => {
    const { api } = await start();
    for (const id of ['999', 'abc', '0']) expectApiError(await api.get(events(id), { headers: { accept: 'text/event-stream' } }), 404, 'not_found');
    const room = await createRoom(api);
    expectAllow(await api.post(events(room.id), { json: {} }), ['GET']);
  });
});

describe('Task 4: Reconnect without missing anything', () => {
  it('with Last-Event-ID the stream replays every later message of the room, in order, then goes on live', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    const m = await postMany(api, room.id, 8);
    const stream = await openEventStream(api, events(room.id), { lastEventId: String(m[4]!.id) });
    expect(ids(await nextMessages(stream, 3, `GET ${events(room.id)} with Last-Event-ID: <id of message 5>`)), 'the replay: messages 6, 7 and 8, in order (not message 5: the client has it)').toEqual(ids(m.slice(5)));
    const live = await post(api, room.id, 'Live after the replay');
    expect(eventMessage(await stream.next('the live message after the replay'), 'after the replay'), 'then the live message').toEqual(live);
    expect(stream.events.length, 'events received in all').toBe(4);
  });

  it('a client that drops and reconnects with the last id it saw gets what was posted meanwhile, once each', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    const first = await openEventStream(api, events(room.id));
    const seen = [];
    for (const text of ['Before the drop 1', 'Before the drop 2']) {
      const message = await post(api, room.id, text);
      seen.push(eventMessage(await first.next(`"${text}" live`), 'before the drop'));
      expect(seen.at(-1), `"${text}" arrives live`).toEqual(message);
    }
    first.close();
    await waitForListeners(api, room.id, 0, 'the dropped stream');
    const missed = [await post(api, room.id, 'While away 1'), await post(api, room.id, 'While away 2')];
    const again = await openEventStream(api, events(room.id), { lastEventId: String(seen[1]!.id) });
    const live = await post(api, room.id, 'After the reconnect');
    expect(await nextMessages(again, 3, 'the reconnected stream'), 'after reconnecting with Last-Event-ID: the two missed messages, then the live one').toEqual([...missed, live]);
  });

  it('?lastEventId= replays the same way; 0 replays the whole room; an id beyond the newest replays nothing', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    const m = await postMany(api, room.id, 4);
    const fromQuery = await openEventStream(api, `${events(room.id)}?lastEventId=${m[1]!.id}`);
    expect(ids(await nextMessages(fromQuery, 2, `GET ${events(room.id)}?lastEventId=<id of message 2>`)), 'replayed: messages 3 and 4').toEqual(ids(m.slice(2)));
    const fromZero = await openEventStream(api, events(room.id), { lastEventId: '0' });
    expect(ids(await nextMessages(fromZero, 4, 'Last-Event-ID: 0')), 'Last-Event-ID: 0 replays the whole room').toEqual(ids(m));
    const beyond = await openEventStream(api, `${events(room.id)}?lastEventId=${m[3]!.id + 1000}`);
    const live = await post(api, room.id, 'Live');
    expect(eventMessage(await beyond.next('the first event with an id beyond the newest'), 'beyond'), '?lastEventId= beyond the newest id: nothing replayed, the live message first').toEqual(live);
    const fresh = await openEventStream(api, events(room.id), { lastEventId: '' });
    const live2 = await post(api, room.id, 'Live again');
    expect(eventMessage(await fresh.next('the first event with an empty Last-Event-ID'), 'empty header'), 'an empty Last-Event-ID counts as absent: live messages only').toEqual(live2);
  });

  it('the Last-Event-ID header wins over ?lastEventId= (a reconnecting EventSource repeats its first URL)', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    const m = await postMany(api, room.id, 6);
    const stream = await openEventStream(api, `${events(room.id)}?lastEventId=${m[1]!.id}`, { lastEventId: String(m[3]!.id) });
    expect(ids(await nextMessages(stream, 2, 'Last-Event-ID: <id of message 4> with ?lastEventId=<id of message 2>')), 'the replay starts after the header\'s id: messages 5 and 6 only').toEqual(ids(m.slice(4)));
    const live = await post(api, room.id, 'Live');
    expect(eventMessage(await stream.next('the live event'), 'header wins'), 'then the live message (nothing replayed twice)').toEqual(live);
  });

  it('the replay holds only this room\'s messages, although ids are shared by all rooms', async () => {
    const { api } = await start();
    const room = await createRoom(api, 'General');
    const other = await createRoom(api, 'Other');
    const mine: number[] = [];
    for (let i = 1; i <= 4; i++) {
      mine.push((await post(api, room.id, `Mine ${i}`)).id);
      await post(api, other.id, `Not mine ${i}`);
    }
    const stream = await openEventStream(api, events(room.id), { lastEventId: String(mine[0]) });
    const live = await post(api, room.id, 'Live');
    expect(ids(await nextMessages(stream, 4, 'the replay of a room whose ids interleave with another room\'s')), 'messages 2, 3, 4 of this room, then the live one').toEqual([...mine.slice(1), live.id]);
  });

  it('messages posted while a long replay is being written arrive exactly once, in ascending id: no gap, no duplicate', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    // 150 long messages: about 300 KB of replay, more than a socket takes at once.
    const seeded: number[] = [];
    for (let i = 1; i <= 150; i++) seeded.push((await post(api, room.id, `Seed ${i} ${'x'.repeat(1990)}`)).id);
    const opening = openEventStream(api, events(room.id), { lastEventId: '0' });
    const before = await Promise.all([1, 2].map((i) => post(api, room.id, `While opening ${i}`)));
    const stream = await opening;
    // The head has arrived: the replay may still be on its way.
    const during = await Promise.all([1, 2, 3].map((i) => post(api, room.id, `During the replay ${i}`)));
    const after = await post(api, room.id, 'After');
    const expected = [...seeded, ...ids(before), ...ids(during)].sort((a, b) => a - b).concat(after.id);
    const got = ids(await nextMessages(stream, expected.length, 'the replay of 150 messages with 5 posted meanwhile, then one more'));
    expect(got, 'every message exactly once, in ascending id').toEqual(expected);
  });

  it('refuses a Last-Event-ID or ?lastEventId= that is not a whole number with 400 validation_failed naming lastEventId', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    for (const value of ['abc', '-1', '1.5', '12abc', '0x10']) {
      expectInvalid(await api.get(events(room.id), { headers: { accept: 'text/event-stream', 'last-event-id': value } }), 'lastEventId');
    }
    for (const value of ['abc', '-1', '1.5', '1&lastEventId=2']) {
      expectInvalid(await api.get(`${events(room.id)}?lastEventId=${value}`, { headers: { accept: 'text/event-stream' } }), 'lastEventId');
    }
    expectApiError(await api.get(events(999), { headers: { 'last-event-id': '1' } }), 404, 'not_found');
  });

  it('hostile input never gets a 5xx, a hang or a crash, on any route', async () => {
    const { api } = await start();
    const room = await createRoom(api);
    await post(api, room.id, 'Probe me');
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/api/rooms', body: { name: 'Probe' } },
        { method: 'GET', path: '/api/rooms/:id' },
        { method: 'GET', path: '/api/rooms/:id/messages', query: ['before', 'limit'] },
        { method: 'POST', path: '/api/rooms/:id/messages', body: { author: 'Probe', text: 'Probe' } },
      ],
      { params: { id: String(room.id) } },
    );
    // A stream that opens stays open, which the battery would count as a hang: the events route
    // is probed on a room that does not exist, where every probe must be refused.
    await expectHostileInputRefused(api, [{ method: 'GET', path: '/api/rooms/:id/events', query: ['lastEventId'] }], { params: { id: '424242' } });
    expectStatus(await api.get(`/api/rooms/${room.id}`), 200);
  });
});
