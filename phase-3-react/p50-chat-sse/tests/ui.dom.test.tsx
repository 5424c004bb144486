// p50's DOM checks: the learner's <App /> in jsdom at /rooms/<id>, its fetch and its EventSource
// (the `eventsource` package: reconnection after `retry:`, Last-Event-ID) reaching the real API
// through a network the check controls. Elements are found only by the roles and accessible names
// of SPEC.md's accessibility contract.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, type HeldRequest, type TestServer } from '#testkit';
import { createRoom, post, postMany, start, waitForListeners, type MessageJson } from './helpers.js';

const EVENTS = { method: 'GET', path: /^\/api\/rooms\/\d+\/events$/ };
const HISTORY = { method: 'GET', path: /^\/api\/rooms\/\d+\/messages$/ };
const SEND = { method: 'POST', path: /^\/api\/rooms\/\d+\/messages$/ };
/** Reconnection waits for the server's retry: (at most 1000 ms), and the machine may be loaded: generous, never a speed check. */
const SLOW = { timeout: 5_000 };

function log(): HTMLElement {
  return screen.getByRole('log', { name: /messages/i });
}

function items(): string[] {
  return within(log())
    .queryAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

/** How many listitems of the log show this text. */
function countOf(text: string): number {
  return items().filter((item) => item.includes(text)).length;
}

/** Waits until the log shows exactly these texts, in this order, each once. */
async function expectLog(texts: string[], what: string, options = SLOW): Promise<void> {
  await waitFor(() => {
    const shown = items();
    const found = shown.map((item) => texts.find((t) => item.includes(t)) ?? `(a listitem "${item.slice(0, 60)}")`);
    expect(found, what).toEqual(texts);
  }, options);
}

function status(): string {
  return screen.getByRole('status').textContent ?? '';
}

async function connected(what = 'the status once the stream is open'): Promise<void> {
  await waitFor(() => expect(status(), what).toMatch(/\bconnected\b/i), SLOW);
}

/** Task 5 knows the page's stream is open from the API (Task 6 adds the status region). */
async function streamOpen(api: TestServer, roomId: number): Promise<void> {
  await waitForListeners(api, roomId, 1, 'the page opened its event stream');
}

async function openRoom(name = 'General', count = 0) {
  const started = await start();
  const room = await createRoom(started.api, name);
  const messages: MessageJson[] = count > 0 ? await postMany(started.api, room.id, count) : [];
  return { ...started, room, messages, path: `/rooms/${room.id}` };
}

describe('Task 5: The chat page', () => {
  it('shows the room\'s name and its messages, oldest first, each with author and text', async () => {
    const { api, room, path } = await openRoom('Makerspace');
    await post(api, room.id, 'Who has the laser cutter key?', 'Ann');
    await post(api, room.id, 'I do', 'Bo');
    await post(api, room.id, 'Bring it tomorrow', 'Ann');
    await renderApp(api, { path });
    expect(await screen.findByRole('heading', { level: 1, name: 'Makerspace' }, SLOW), 'the heading: the room\'s name').toBeTruthy();
    await expectLog(['Who has the laser cutter key?', 'I do', 'Bring it tomorrow'], 'the log "Messages": one listitem per message, oldest first');
    expect(items().map((item) => /Ann|Bo/.exec(item)?.[0]), 'each listitem shows its author').toEqual(['Ann', 'Bo', 'Ann']);
  });

  it('an empty room says "No messages yet" in the log', async () => {
    const { api, path } = await openRoom();
    await renderApp(api, { path });
    await screen.findByRole('heading', { level: 1, name: 'General' }, SLOW);
    await waitFor(() => expect(log().textContent ?? '', 'the log of an empty room').toMatch(/no messages yet/i), SLOW);
    expect(items(), 'listitems in an empty room').toEqual([]);
  });

  it('shows the newest 20 first; "Load older messages" adds the older ones above, then disappears', async () => {
    const { api, path } = await openRoom('General', 25);
    const { user, network } = await renderApp(api, { path });
    const texts = Array.from({ length: 25 }, (_, i) => `Message (${i + 1})`);
    await expectLog(texts.slice(5), 'the log on opening: the newest 20 (messages 6 to 25), oldest first');
    expect(network.sent(HISTORY)[0]?.url ?? '', 'the first history request').toMatch(/[?&]limit=20\b/);
    await user.click(screen.getByRole('button', { name: /load older messages/i }));
    await expectLog(texts, 'after "Load older messages": all 25, each once, oldest first');
    await waitFor(() => expect(screen.queryByRole('button', { name: /load older messages/i }), '"Load older messages" once the oldest message is shown').toBeNull(), SLOW);
  });

  it('"Load older messages" is not shown when the room holds 20 messages or fewer', async () => {
    const { api, room, path } = await openRoom('General', 20);
    await renderApp(api, { path });
    await expectLog(Array.from({ length: 20 }, (_, i) => `Message (${i + 1})`), 'the log of a room with 20 messages');
    await streamOpen(api, room.id);
    expect(screen.queryByRole('button', { name: /load older messages/i }), '"Load older messages" with exactly 20 messages').toBeNull();
  });

  it('a message someone else posts appears without a reload, once', async () => {
    const { api, room, path } = await openRoom('General', 2);
    await renderApp(api, { path });
    await streamOpen(api, room.id);
    await post(api, room.id, 'Hello from the other tab', 'Bo');
    await expectLog(['Message (1)', 'Message (2)', 'Hello from the other tab'], 'the log after another client posted');
  });

  it('a message posted between loading the history and opening the stream is not lost (?lastEventId=)', async () => {
    const { api, room, path } = await openRoom('General', 2);
    let held!: HeldRequest;
    const { network } = await renderApp(api, { path, before: (network) => (held = network.hold(EVENTS)) });
    const opening = await held.arrived;
    await expectLog(['Message (1)', 'Message (2)'], 'the history before the stream is open');
    await post(api, room.id, 'Slipped in between', 'Bo');
    await held.release();
    await expectLog(['Message (1)', 'Message (2)', 'Slipped in between'], 'the log once the stream opened: the message posted before it opened, replayed');
    expect(opening.url, 'the stream\'s first request').toMatch(/[?&]lastEventId=\d+/);
    expect(network.sent(EVENTS).length, 'event stream requests').toBe(1);
  });

  it('sending shows the message once, empties the "Message" textbox and keeps the name; "Send" is disabled meanwhile', async () => {
    const { api, room, path } = await openRoom('General', 1);
    const { user, network } = await renderApp(api, { path });
    await streamOpen(api, room.id);
    await user.type(screen.getByRole('textbox', { name: /your name/i }), 'Ann');
    await user.type(screen.getByRole('textbox', { name: /^message$/i }), 'Anyone at the space?');
    const held = network.hold(SEND);
    await user.click(screen.getByRole('button', { name: /send/i }));
    await held.arrived;
    await waitFor(() => expect((screen.getByRole('button', { name: /send/i }) as HTMLButtonElement).disabled, '"Send" while the POST has not answered').toBe(true), SLOW);
    await held.release();
    await expectLog(['Message (1)', 'Anyone at the space?'], 'the log after sending: the message once (the POST answer and the stream both bring it)');
    expect(JSON.parse(network.sent(SEND)[0]?.body ?? '{}'), 'the body of the POST').toEqual({ author: 'Ann', text: 'Anyone at the space?' });
    await waitFor(() => expect((screen.getByRole('textbox', { name: /^message$/i }) as HTMLInputElement).value, 'the "Message" textbox after sending').toBe(''), SLOW);
    expect((screen.getByRole('textbox', { name: /your name/i }) as HTMLInputElement).value, 'the "Your name" textbox after sending').toBe('Ann');
    await user.type(screen.getByRole('textbox', { name: /^message$/i }), 'Second one{Enter}');
    await expectLog(['Message (1)', 'Anyone at the space?', 'Second one'], 'after Enter in the "Message" textbox');
    expect(countOf('Anyone at the space?'), 'the first message, once').toBe(1);
  });

  it('a blank message sends nothing and shows an alert; a refused one shows the API\'s message and keeps the text', async () => {
    const { api, room, path } = await openRoom();
    const { user, network } = await renderApp(api, { path });
    await streamOpen(api, room.id);
    await user.type(screen.getByRole('textbox', { name: /your name/i }), 'Ann');
    await user.type(screen.getByRole('textbox', { name: /^message$/i }), '   ');
    await user.click(screen.getByRole('button', { name: /send/i }));
    expect((await screen.findByRole('alert', {}, SLOW)).textContent ?? '', 'the alert after sending a blank message').not.toBe('');
    expect(network.sent(SEND).length, 'POSTs sent for a blank message').toBe(0);
    await user.clear(screen.getByRole('textbox', { name: /^message$/i }));
    await user.type(screen.getByRole('textbox', { name: /^message$/i }), 'Too spicy');
    network.answer(SEND, 400, { error: { code: 'validation_failed', message: 'The text is too spicy for this room.' } });
    await user.click(screen.getByRole('button', { name: /send/i }));
    await waitFor(() => expect(screen.getByRole('alert').textContent ?? '', 'the alert after the server refused').toContain('The text is too spicy for this room.'), SLOW);
    expect((screen.getByRole('textbox', { name: /^message$/i }) as HTMLInputElement).value, 'the "Message" textbox keeps the refused text').toBe('Too spicy');
    expect(items(), 'the log after a refused message').toEqual([]);
  });

  it('messages are shown as text, never as HTML', async () => {
    const { api, room, path } = await openRoom();
    const nasty = '<img src=x onerror="window.hacked=1"><b>Bold</b>';
    await post(api, room.id, nasty, '<i>Eve</i>');
    await renderApp(api, { path });
    await expectLog([nasty], 'the log: the message\'s characters, markup and all');
    expect(countOf('<i>Eve</i>'), 'the author\'s characters, markup and all').toBe(1);
    expect(screen.queryByRole('img'), 'an <img> made from a message').toBeNull();
    expect((window as unknown as { hacked?: number }).hacked, 'a script run from a message').toBeUndefined();
  });

  it('an unknown room is announced in an alert', async () => {
    const { api } = await start();
    await renderApp(api, { path: '/rooms/999' });
    expect((await screen.findByRole('alert', {}, SLOW)).textContent ?? '', 'the alert at /rooms/999').not.toBe('');
  });
});

describe('Task 6: Reconnect on the page', () => {
  it('the status says "Connecting" until the stream is open, then "Connected"', async () => {
    const { api, path } = await openRoom('General', 1);
    let held!: HeldRequest;
    await renderApp(api, { path, before: (network) => (held = network.hold(EVENTS)) });
    await held.arrived;
    await expectLog(['Message (1)'], 'the history');
    expect(status(), 'the status while the stream request has not been answered').toMatch(/connecting/i);
    expect(status(), 'the status while the stream request has not been answered').not.toMatch(/\bconnected\b/i);
    await held.release();
    await connected();
  });

  it('after a drop it says "Reconnecting", reconnects with Last-Event-ID, and shows the messages missed meanwhile exactly once', async () => {
    const { api, room, path } = await openRoom('General', 2);
    const { network } = await renderApp(api, { path });
    await connected();
    await post(api, room.id, 'Live before the drop', 'Bo');
    await expectLog(['Message (1)', 'Message (2)', 'Live before the drop'], 'a live message before the drop');
    const lastSeen = String((await post(api, room.id, 'Also before the drop', 'Bo')).id);
    await expectLog(['Message (1)', 'Message (2)', 'Live before the drop', 'Also before the drop'], 'a second live message before the drop');
    const reconnect = network.hold(EVENTS);
    expect(network.disconnect(EVENTS), 'open event streams cut by the check').toBe(1);
    await waitFor(() => expect(status(), 'the status after the stream dropped').toMatch(/reconnecting/i), SLOW);
    const again = await reconnect.arrived;
    await post(api, room.id, 'Missed 1', 'Cy');
    await post(api, room.id, 'Missed 2', 'Cy');
    await reconnect.release();
    await expectLog(['Message (1)', 'Message (2)', 'Live before the drop', 'Also before the drop', 'Missed 1', 'Missed 2'], 'after reconnecting: the two missed messages, and nothing twice');
    expect(again.headers['last-event-id'], 'the reconnect\'s Last-Event-ID header: the id of the last message seen').toBe(lastSeen);
    await connected('the status after reconnecting');
    await post(api, room.id, 'Live after', 'Bo');
    await expectLog(['Message (1)', 'Message (2)', 'Live before the drop', 'Also before the drop', 'Missed 1', 'Missed 2', 'Live after'], 'live messages after the reconnect');
  });

  it('leaving the page closes the stream: the room\'s listeners go back to 0', async () => {
    const { api, room, path } = await openRoom();
    const { unmount } = await renderApp(api, { path });
    await connected();
    await waitForListeners(api, room.id, 1, 'the page is open');
    unmount();
    await waitForListeners(api, room.id, 0, 'the page was left (unmounted)');
  });
});
