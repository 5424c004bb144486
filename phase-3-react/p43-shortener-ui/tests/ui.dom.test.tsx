// p43's DOM checks: the learner's <App /> in jsdom, its fetch reaching the real API. Elements are
// found only by the roles, names and descriptions of SPEC.md's accessibility contract.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi, afterEach } from 'vitest';
import { renderApp, type HeldRequest, type TestServer } from '#testkit';
import { DAY, createLink, follow, listLinks, start } from './helpers.js';

const LINKS = { method: 'GET', path: '/api/links' };
const CREATE = { method: 'POST', path: '/api/links' };
const STATS = { method: 'GET', path: /^\/api\/links\/[^/]+\/stats$/ };

afterEach(() => {
  vi.restoreAllMocks();
});

async function linkList(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: /links/i });
}

/** The short links of the list "Links", in order (each listitem's link, named by its short URL). */
async function listedShortUrls(): Promise<string[]> {
  const items = within(await linkList()).getAllByRole('listitem');
  return items.map((item) => within(item).queryAllByRole('link').map((a) => a.textContent?.trim() ?? '').find((name) => /^https?:\/\//.test(name)) ?? `(a listitem without a link named by a short URL: "${item.textContent}")`);
}

function itemOf(shortUrl: string): HTMLElement {
  const link = screen.getByRole('link', { name: shortUrl });
  const item = link.closest('li') ?? link.closest('[role="listitem"]');
  if (!item) throw new Error(`The link "${shortUrl}" is not inside a listitem of the list "Links".`);
  return item as HTMLElement;
}

/** The text of every element with this role that says something, joined: there may be several alerts and statuses, some empty. */
function textOf(role: 'alert' | 'status'): string {
  return screen
    .queryAllByRole(role)
    .map((el) => (el.textContent ?? '').trim())
    .filter((text) => text !== '')
    .join(' | ');
}

function longUrlBox(): HTMLInputElement {
  return screen.getByRole('textbox', { name: /long url/i }) as HTMLInputElement;
}

function aliasBox(): HTMLInputElement {
  return screen.getByRole('textbox', { name: /custom alias/i }) as HTMLInputElement;
}

/** What a screen reader says about a field's problem: its accessible description, and aria-invalid. */
function fieldState(box: HTMLElement): { invalid: boolean; description: string } {
  const description = (box.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
  return { invalid: box.getAttribute('aria-invalid') === 'true', description };
}

/** Fills the form and presses "Shorten". */
async function shorten(user: Awaited<ReturnType<typeof renderApp>>['user'], url: string, alias = ''): Promise<void> {
  await user.type(await screen.findByRole('textbox', { name: /long url/i }), url);
  if (alias) await user.type(aliasBox(), alias);
  await user.click(screen.getByRole('button', { name: /shorten/i }));
}

/** The message the real API gives for a refused field: the page must show the server's words. */
async function serverMessage(api: TestServer, body: unknown, field: string): Promise<string> {
  const res = await api.post('/api/links', { json: body });
  const details = (res.json as { error?: { details?: Array<{ field: string; message: string }> } }).error?.details ?? [];
  const message = details.find((d) => d.field === field)?.message;
  if (!message) throw new Error(`${res.request} answered ${res.status} ${res.text}: no details entry for "${field}" (Task 1)`);
  return message;
}

describe('Task 4: Show the links', () => {
  it('says Loading while the list is on its way, then one listitem per link, newest first, with its short link and long URL', async () => {
    const { api, clock } = await start();
    const a = await createLink(api, { url: 'https://a.example/first', alias: 'first' });
    clock.advance(60_000);
    const b = await createLink(api, { url: 'https://b.example/second', alias: 'second' });
    let held!: HeldRequest;
    const page = await renderApp(api, { before: (network) => (held = network.hold(LINKS)) });
    await held.arrived;
    await waitFor(() => expect(textOf('status'), 'the status regions while GET /api/links has not answered').toMatch(/loading/i));
    expect(screen.queryByRole('link', { name: a.shortUrl }), 'no link is shown before the list arrives').toBeNull();
    await held.release();
    await screen.findByRole('link', { name: b.shortUrl });
    expect(await listedShortUrls(), 'the list "Links": newest first').toEqual([b.shortUrl, a.shortUrl]);
    expect(page.network.sent(LINKS).length, 'GET /api/links sent when the page opens').toBeGreaterThan(0);
    const item = itemOf(a.shortUrl);
    expect(within(item).getByRole('link', { name: a.shortUrl }).getAttribute('href'), 'the href of the short link').toBe(a.shortUrl);
    expect(item.textContent ?? '', 'the listitem of "first" shows its long URL').toContain('https://a.example/first');
    await waitFor(() => expect(textOf('status'), 'the status regions after the list arrived').not.toMatch(/loading/i));
    expect(screen.getByRole('heading', { level: 1, name: /short links/i }), 'the heading "Short links"').toBeTruthy();
  });

  it('an empty list says so in a status region', async () => {
    const { api } = await start();
    await renderApp(api);
    await waitFor(() => expect(textOf('status'), 'the status regions with no links').toMatch(/no links/i));
    expect(screen.queryByRole('list', { name: /links/i }), 'the list "Links" with no links').toBeNull();
  });

  it('a list that cannot be loaded is announced in an alert, and the page stops saying Loading', async () => {
    const { api } = await start();
    await createLink(api, { url: 'https://example.com/' });
    let held!: HeldRequest;
    await renderApp(api, { before: (network) => (held = network.hold(LINKS)) });
    await held.arrived;
    await held.release({ status: 500, body: { error: { code: 'internal', message: 'The database is asleep.' } } });
    await waitFor(() => expect(textOf('alert'), 'the alerts after GET /api/links answered 500').not.toBe(''));
    await waitFor(() => expect(textOf('status'), 'the status regions no longer say loading').not.toMatch(/loading/i));
  });

  it('a long URL is shown as text, never as HTML', async () => {
    const { api } = await start();
    const nasty = 'https://example.com/?q=<img/src=x/onerror=window.hacked=1><b>bold</b>';
    const link = await createLink(api, { url: nasty });
    await renderApp(api);
    await screen.findByRole('link', { name: link.shortUrl });
    expect(itemOf(link.shortUrl).textContent ?? '', 'the listitem shows the long URL, markup and all, as text').toContain(nasty);
    expect(screen.queryByRole('img'), 'an <img> made from a long URL').toBeNull();
    expect((window as unknown as { hacked?: number }).hacked, 'a script run from a long URL').toBeUndefined();
  });
});

describe('Task 5: Shorten with errors at their fields', () => {
  it('"Shorten" sends { url } as typed, shows the new link first in the list and empties the form', async () => {
    const { api } = await start();
    const old = await createLink(api, { url: 'https://old.example/' });
    const { user, network } = await renderApp(api);
    await screen.findByRole('link', { name: old.shortUrl });
    await shorten(user, 'https://shop.example.com/spring?utm_source=bus');
    await waitFor(async () => expect((await listLinks(api)).length, 'links on the server after "Shorten"').toBe(2));
    const [created] = await listLinks(api);
    expect(JSON.parse(network.sent(CREATE)[0]?.body ?? '{}'), 'the body of POST /api/links with an empty "Custom alias"').toEqual({ url: 'https://shop.example.com/spring?utm_source=bus' });
    await screen.findAllByRole('link', { name: created!.shortUrl });
    expect(await listedShortUrls(), 'the list after "Shorten": the new link first').toEqual([created!.shortUrl, old.shortUrl]);
    expect([longUrlBox().value, aliasBox().value], 'the textboxes after a link was created').toEqual(['', '']);
  });

  it('a custom alias is sent with the url; "Shorten" is disabled while the link is being created', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    const held = network.hold(CREATE);
    await shorten(user, 'https://example.com/sale', 'spring-sale');
    const sent = await held.arrived;
    expect(JSON.parse(sent.body ?? '{}'), 'the body of POST /api/links').toEqual({ url: 'https://example.com/sale', alias: 'spring-sale' });
    await waitFor(() => expect((screen.getByRole('button', { name: /shorten/i }) as HTMLButtonElement).disabled, '"Shorten" while POST /api/links has not answered').toBe(true));
    await held.release();
    expect(await screen.findAllByRole('link', { name: 'http://localhost:3000/spring-sale' }), 'the new short link').not.toHaveLength(0);
    await waitFor(() => expect((screen.getByRole('button', { name: /shorten/i }) as HTMLButtonElement).disabled, '"Shorten" after the answer').toBe(false));
  });

  it('a javascript: URL is refused by the server: its message is shown at "Long URL" (described, aria-invalid) and announced', async () => {
    const { api } = await start();
    const message = await serverMessage(api, { url: 'javascript:alert(1)' }, 'url');
    const { user, network } = await renderApp(api);
    await shorten(user, 'javascript:alert(1)');
    await waitFor(() => expect(fieldState(longUrlBox()), 'the textbox "Long URL" after the server refused javascript:alert(1)').toEqual({ invalid: true, description: expect.stringContaining(message) as unknown as string }));
    expect(textOf('alert'), 'the alerts: the problem is announced').toContain(message);
    expect(fieldState(aliasBox()), 'the textbox "Custom alias", which had no problem').toEqual({ invalid: false, description: expect.not.stringContaining(message) as unknown as string });
    expect(longUrlBox().value, 'the textbox keeps what was typed').toBe('javascript:alert(1)');
    expect(network.sent(CREATE).length, 'POST /api/links sent: the page lets the server judge').toBe(1);
    expect(await listLinks(api), 'links on the server').toEqual([]);
  });

  it('a taken alias (409) is shown at "Custom alias", not at "Long URL", and announced', async () => {
    const { api } = await start();
    await createLink(api, { url: 'https://first.example/', alias: 'spring-sale' });
    const conflict = await api.post('/api/links', { json: { url: 'https://x.example/', alias: 'spring-sale' } });
    const message = (conflict.json as { error: { details: Array<{ message: string }> } }).error.details[0]!.message;
    const { user } = await renderApp(api);
    await screen.findByRole('link', { name: 'http://localhost:3000/spring-sale' });
    await shorten(user, 'https://second.example/', 'spring-sale');
    await waitFor(() => expect(fieldState(aliasBox()), 'the textbox "Custom alias" after a 409 on alias').toEqual({ invalid: true, description: expect.stringContaining(message) as unknown as string }));
    expect(fieldState(longUrlBox()), 'the textbox "Long URL": its value was fine').toEqual({ invalid: false, description: expect.not.stringContaining(message) as unknown as string });
    expect(textOf('alert'), 'the alerts: the conflict is announced').toContain(message);
    expect([longUrlBox().value, aliasBox().value], 'the textboxes keep what was typed').toEqual(['https://second.example/', 'spring-sale']);
  });

  it('problems with both fields show each at its own field; a corrected form clears them', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    network.answer(CREATE, 400, {
      error: {
        code: 'validation_failed',
        message: 'url: the URL problem (server 11); alias: the alias problem (server 22)',
        details: [
          { field: 'url', message: 'the URL problem (server 11)' },
          { field: 'alias', message: 'the alias problem (server 22)' },
        ],
      },
    });
    await shorten(user, 'https://example.com/', 'taken');
    await waitFor(() => expect(fieldState(longUrlBox()).description, 'the description of "Long URL"').toContain('server 11'));
    expect(fieldState(longUrlBox()), 'the textbox "Long URL"').toEqual({ invalid: true, description: expect.not.stringContaining('server 22') as unknown as string });
    expect(fieldState(aliasBox()), 'the textbox "Custom alias"').toEqual({ invalid: true, description: expect.stringContaining('server 22') as unknown as string });
    expect(fieldState(aliasBox()).description, 'the description of "Custom alias"').not.toContain('server 11');
    await user.clear(aliasBox());
    await user.type(aliasBox(), 'fine-alias');
    await user.click(screen.getByRole('button', { name: /shorten/i }));
    expect(await screen.findAllByRole('link', { name: 'http://localhost:3000/fine-alias' }), 'the link created on the second try').not.toHaveLength(0);
    const cleared = { invalid: false, description: expect.not.stringMatching(/server 11|server 22/) as unknown as string };
    expect([fieldState(longUrlBox()), fieldState(aliasBox())], 'both textboxes after the link was created: not invalid, their old problems gone').toEqual([cleared, cleared]);
  });

  it('an error without fields (a 500, no network) is announced in an alert, and no field is marked invalid', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    network.answer(CREATE, 500, { error: { code: 'internal', message: 'The disk is full (server 500).' } });
    await shorten(user, 'https://example.com/');
    await waitFor(() => expect(textOf('alert'), 'the alerts after a 500').toContain('server 500'));
    expect([fieldState(longUrlBox()).invalid, fieldState(aliasBox()).invalid], 'aria-invalid of the two textboxes after a 500').toEqual([false, false]);
    network.offline(CREATE);
    await user.click(screen.getByRole('button', { name: /shorten/i }));
    await waitFor(() => expect(textOf('alert'), 'the alerts when the network is down: a new message').not.toContain('server 500'));
    expect(textOf('alert'), 'the alerts when the network is down').not.toBe('');
    expect(longUrlBox().value, 'the textbox keeps the text').toBe('https://example.com/');
  });
});

describe('Task 6: Copy the short link', () => {
  it('the new link is shown with "Copy link", which puts its short URL on the clipboard and says "Copied" in a status region', async () => {
    const { api } = await start();
    const { user } = await renderApp(api);
    await shorten(user, 'https://example.com/copy-me', 'copy-me');
    const copy = await screen.findByRole('button', { name: /copy link/i });
    expect(textOf('status'), 'the status regions before copying').not.toMatch(/copied/i);
    await user.click(copy);
    await waitFor(() => expect(textOf('status'), 'the status regions after "Copy link"').toMatch(/copied/i));
    expect(await navigator.clipboard.readText(), 'the clipboard after "Copy link": the link\'s shortUrl').toBe('http://localhost:3000/copy-me');
  });

  it('"Copy link" copies the link created last', async () => {
    const { api } = await start();
    const { user } = await renderApp(api);
    await shorten(user, 'https://example.com/one', 'one-link');
    await screen.findByRole('button', { name: /copy link/i });
    await shorten(user, 'https://example.com/two', 'two-link');
    await screen.findAllByRole('link', { name: 'http://localhost:3000/two-link' });
    await user.click(screen.getByRole('button', { name: /copy link/i }));
    await waitFor(async () => expect(await navigator.clipboard.readText(), 'the clipboard after "Copy link" with two links created').toBe('http://localhost:3000/two-link'));
  });

  it('when the clipboard refuses, an alert says so and nothing says "Copied"', async () => {
    const { api } = await start();
    const { user } = await renderApp(api);
    await shorten(user, 'https://example.com/nope', 'refused');
    const copy = await screen.findByRole('button', { name: /copy link/i });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    await user.click(copy);
    await waitFor(() => expect(textOf('alert'), 'the alerts when the clipboard refuses').not.toBe(''));
    expect(textOf('status'), 'the status regions when the clipboard refused').not.toMatch(/copied/i);
  });
});

describe('Task 7: Show clicks as a sparkline', () => {
  /** A link "poster" with 3 clicks on 03-02 and 9 on 03-04 (today), one on 02-20 (outside the 7 days). */
  async function clickedLink() {
    const started = await start({ start: '2026-02-20T10:00:00.000Z' });
    const { api, clock } = started;
    const link = await createLink(api, { url: 'https://example.com/', alias: 'poster' });
    await follow(api, 'poster', 'https://example.com/');
    clock.set(new Date('2026-03-02T10:00:00.000Z'));
    for (let i = 0; i < 3; i++) await follow(api, 'poster', 'https://example.com/');
    clock.advance(2 * DAY);
    for (let i = 0; i < 9; i++) await follow(api, 'poster', 'https://example.com/');
    return { ...started, link };
  }

  it('"Stats for <code>" asks the stats of the last 7 days and shows an image named by the summary', async () => {
    const { api } = await clickedLink();
    const { user, network } = await renderApp(api);
    await user.click(await screen.findByRole('button', { name: 'Stats for poster' }));
    const chart = await screen.findByRole('img', { name: /^12 clicks in the last 7 days, most on 2026-03-04\.?$/i });
    expect(chart, 'the sparkline').toBeTruthy();
    expect(network.sent(STATS).map((r) => r.url), 'the stats request').toEqual(['/api/links/poster/stats?days=7']);
  });

  it('a link without clicks says "No clicks in the last 7 days"; one click says "1 click"', async () => {
    const { api } = await start();
    await createLink(api, { url: 'https://example.com/', alias: 'quiet' });
    await createLink(api, { url: 'https://example.com/1', alias: 'once' });
    await follow(api, 'once', 'https://example.com/1');
    const { user } = await renderApp(api);
    await user.click(await screen.findByRole('button', { name: 'Stats for quiet' }));
    expect(await screen.findByRole('img', { name: /^no clicks in the last 7 days\.?$/i }), 'the sparkline of a link without clicks').toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stats for once' }));
    expect(await screen.findByRole('img', { name: /^1 click in the last 7 days, most on 2026-03-04\.?$/i }), 'the sparkline of a link with one click').toBeTruthy();
  });

  it('the summary is built from the days the API gives: a tie names the earliest busiest day', async () => {
    const { api } = await start();
    await createLink(api, { url: 'https://example.com/', alias: 'tied' });
    const { user, network } = await renderApp(api);
    const day = (d: number, clicks: number) => ({ day: `2026-03-0${d}`, clicks });
    network.answer(STATS, 200, { code: 'tied', days: 7, total: 21, daily: [day(1, 0), day(2, 4), day(3, 6), day(4, 1), day(5, 6), day(6, 0), day(7, 4)] });
    await user.click(await screen.findByRole('button', { name: 'Stats for tied' }));
    expect(await screen.findByRole('img', { name: /^21 clicks in the last 7 days, most on 2026-03-03\.?$/i }), 'the sparkline of 0, 4, 6, 1, 6, 0, 4 clicks: 21, most on the first 6').toBeTruthy();
  });

  it('stats that cannot be loaded are announced in an alert', async () => {
    const { api } = await start();
    await createLink(api, { url: 'https://example.com/', alias: 'broken' });
    const { user, network } = await renderApp(api);
    network.answer(STATS, 500, { error: { code: 'internal', message: 'Stats are asleep (server 77).' } });
    await user.click(await screen.findByRole('button', { name: 'Stats for broken' }));
    await waitFor(() => expect(textOf('alert'), 'the alerts after the stats answered 500').toContain('server 77'));
    expect(screen.queryByRole('img'), 'no sparkline without stats').toBeNull();
  });
});
