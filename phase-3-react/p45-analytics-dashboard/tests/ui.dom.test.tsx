// p45's DOM checks: the learner's <App /> in jsdom, its fetch reaching the real API. Elements are
// found only by the roles and accessible names of SPEC.md's accessibility contract; the numbers of
// the chart are read from its table, never from the SVG.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, type HeldRequest, type SentRequest, type UserEvent } from '#testkit';
import { DST, MARCH, MARCH_DAYS, seed, start } from './helpers.js';

const SUMMARY = { method: 'GET', path: '/api/stats/summary' };
const DAILY = { method: 'GET', path: '/api/stats/daily' };

/** Types a range into the form (and picks a zone), then presses Apply. */
async function applyRange(user: UserEvent, from: string, to: string, tz?: string): Promise<void> {
  const fromBox = await screen.findByLabelText(/^from$/i);
  await user.clear(fromBox);
  await user.type(fromBox, from);
  const toBox = screen.getByLabelText(/^to$/i);
  await user.clear(toBox);
  await user.type(toBox, to);
  if (tz !== undefined) await user.selectOptions(screen.getByRole('combobox', { name: /time zone/i }), tz);
  await user.click(screen.getByRole('button', { name: /^apply$/i }));
}

/** The numbers in a key figure's region (commas between thousands removed): ['8'], ['43.55']. */
function figure(name: RegExp): string[] {
  const text = (screen.getByRole('region', { name }).textContent ?? '').replace(/(\d),(?=\d{3})/g, '$1');
  return text.match(/\d+(?:\.\d+)?/g) ?? [];
}

/** Waits for the three key figures: [Total events, Unique users, Revenue]. */
async function expectFigures(expected: [string, string, string], what: string): Promise<void> {
  await waitFor(() => expect([figure(/^total events$/i), figure(/^unique users$/i), figure(/^revenue$/i)], `${what}: the numbers in the regions "Total events", "Unique users" and "Revenue"`).toEqual(expected.map((f) => [f])));
}

function statusText(): string {
  return screen.getByRole('status').textContent ?? '';
}

/** The table "Events per day" as rows [date (its rowheader), events, users, revenue], commas and spaces removed from the cells. */
function tableRows(): string[][] {
  const table = screen.getByRole('table', { name: /events per day/i });
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('rowheader').length > 0)
    .map((row) => [(within(row).getByRole('rowheader').textContent ?? '').trim(), ...within(row).getAllByRole('cell').map((cell) => (cell.textContent ?? '').replace(/[,\s$€£]/g, ''))]);
}

/** MARCH_DAYS as the table shows them: revenue with two decimals. */
function asTable(rows: Array<[string, number, number, number]>): string[][] {
  return rows.map(([date, events, users, cents]) => [date, String(events), String(users), (cents / 100).toFixed(2)]);
}

/** Lets answers already handed to the app reach the page: twenty turns of the event loop, no clock. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

const FIRST = 'from=2026-02-28&to=2026-03-04&tz=UTC';

function queryOf(sent: SentRequest | undefined): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(sent?.url.split('?')[1] ?? ''));
}

describe('Task 4: The dashboard: range, key figures, loading and empty states', () => {
  it('nothing is asked before Apply; Apply asks both endpoints for the range and shows the key figures', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const { user, network } = await renderApp(api);
    expect(screen.getByRole('heading', { level: 1, name: /analytics/i }), 'the heading "Analytics"').toBeTruthy();
    await screen.findByRole('button', { name: /^apply$/i });
    expect((screen.getByRole('combobox', { name: /time zone/i }) as HTMLSelectElement).value, 'the select "Time zone" at first').toBe('UTC');
    expect([...network.sent(SUMMARY), ...network.sent(DAILY)], 'requests to /api/stats before Apply was pressed').toEqual([]);
    await applyRange(user, '2026-03-01', '2026-03-02');
    await expectFigures(['8', '4', '43.55'], 'after Apply with From 2026-03-01, To 2026-03-02, Time zone UTC');
    expect(queryOf(network.sent(SUMMARY)[0]), 'the query of GET /api/stats/summary').toEqual({ from: '2026-03-01', to: '2026-03-02', tz: 'UTC' });
    expect(queryOf(network.sent(DAILY)[0]), 'the query of GET /api/stats/daily').toEqual({ from: '2026-03-01', to: '2026-03-02', tz: 'UTC' });
  });

  it('while the figures are on their way, the status says Loading and the region "Key figures" is aria-busy', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const { user, network } = await renderApp(api);
    const held = network.hold(SUMMARY);
    await applyRange(user, '2026-03-01', '2026-03-02');
    await held.arrived;
    await waitFor(() => expect(statusText(), 'the status while GET /api/stats/summary has not answered').toMatch(/loading/i));
    expect(screen.getByRole('region', { name: /key figures/i }).getAttribute('aria-busy'), 'aria-busy of the region "Key figures" while loading').toBe('true');
    expect(screen.queryByRole('table', { name: /events per day/i }), 'the table while the figures load').toBeNull();
    await held.release();
    await expectFigures(['8', '4', '43.55'], 'once the answer arrived');
    expect(statusText(), 'the status once loaded').not.toMatch(/loading/i);
    expect(screen.getByRole('region', { name: /key figures/i }).getAttribute('aria-busy') ?? 'false', 'aria-busy of "Key figures" once loaded').toBe('false');
  });

  it('the time zone chosen is sent, and the figures are that zone\'s', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const { user, network } = await renderApp(api);
    await applyRange(user, '2026-03-01', '2026-03-02', 'America/New_York');
    await expectFigures(['9', '5', '43.95'], '1 to 2 March in America/New_York');
    expect(queryOf(network.sent(SUMMARY).at(-1)).tz, 'tz sent to GET /api/stats/summary').toBe('America/New_York');
    await applyRange(user, '2026-03-01', '2026-03-02', 'Asia/Kolkata');
    await expectFigures(['8', '5', '44.20'], '1 to 2 March in Asia/Kolkata');
    expect(queryOf(network.sent(DAILY).at(-1)).tz, 'tz sent to GET /api/stats/daily').toBe('Asia/Kolkata');
  });

  it('a range without events says "No events in this range", shows zeros, and no table or chart', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const { user } = await renderApp(api);
    await applyRange(user, '2026-04-01', '2026-04-30');
    await waitFor(() => expect(statusText(), 'the status for April (no events)').toMatch(/no events in this range/i));
    await expectFigures(['0', '0', '0.00'], 'April');
    expect(screen.queryByRole('table', { name: /events per day/i }), 'the table "Events per day" of an empty range').toBeNull();
    expect(screen.queryByRole('img', { name: /events per day/i }), 'the chart of an empty range').toBeNull();
    await applyRange(user, '2026-03-01', '2026-03-02');
    await expectFigures(['8', '4', '43.55'], 'then 1 to 2 March');
    expect(statusText(), 'the status once a range has events').not.toMatch(/no events/i);
  });

  it('a range the server refuses shows its error.message in an alert, as text, and the status stops saying Loading', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    const message = 'Too long <img src=x onerror="window.hacked=1"> (server says 366).';
    network.answer(SUMMARY, 400, { error: { code: 'validation_failed', message, details: [{ field: 'to', message: 'too far' }] } });
    network.answer(DAILY, 400, { error: { code: 'validation_failed', message, details: [{ field: 'to', message: 'too far' }] } });
    await applyRange(user, '2026-01-01', '2026-03-02');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent ?? '', 'the alert shows the API\'s error.message, markup as text').toContain(message));
    expect(within(alert).queryByRole('img'), 'an <img> made from the message').toBeNull();
    expect((window as unknown as { hacked?: number }).hacked, 'a script run from the message').toBeUndefined();
    await waitFor(() => expect(statusText(), 'the status after the refusal').not.toMatch(/loading/i));
  });

  it('a network failure is announced in an alert, and the status stops saying Loading', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const { user, network } = await renderApp(api);
    network.offline(SUMMARY);
    await applyRange(user, '2026-03-01', '2026-03-02');
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert when the network is down').not.toBe('');
    await waitFor(() => expect(statusText(), 'the status after the failure').not.toMatch(/loading/i));
  });

  it('To before From, or a date left empty, sends nothing and shows an alert', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    await applyRange(user, '2026-03-05', '2026-03-01');
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert for To before From').not.toBe('');
    await user.clear(screen.getByLabelText(/^to$/i));
    await user.click(screen.getByRole('button', { name: /^apply$/i }));
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert for an empty To').not.toBe('');
    expect([...network.sent(SUMMARY), ...network.sent(DAILY)], 'requests sent for those ranges').toEqual([]);
  });

  it('the last range applied wins: an older answer arriving late never replaces it', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const { user, network } = await renderApp(api);
    // Only the summary is held: the page may ask for the two in parallel or one after the other.
    const oldSummary = network.hold(SUMMARY);
    await applyRange(user, '2026-02-28', '2026-03-04', 'UTC');
    await oldSummary.arrived;
    await applyRange(user, '2026-03-02', '2026-03-02');
    await expectFigures(['4', '4', '40.05'], 'the second range, 2026-03-02 alone');
    // The first range's summary, handed over at once (no socket): then a few turns of the event loop.
    await oldSummary.release({ status: 200, body: (await api.get(`/api/stats/summary?${FIRST}`)).json });
    await settle();
    await expectFigures(['4', '4', '40.05'], 'after the first range\'s answers arrived late: still the second range');
    expect(statusText(), 'the status once the second range is shown').not.toMatch(/loading/i);
  });
});

describe('Task 5: A chart that carries its numbers', () => {
  it('the table "Events per day" has the columns Date, Events, Users, Revenue and one row per day headed by its date, empty days included', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const { user } = await renderApp(api);
    await applyRange(user, '2026-02-27', '2026-03-05');
    const table = await screen.findByRole('table', { name: /events per day/i });
    expect(within(table).getAllByRole('columnheader').map((h) => (h.textContent ?? '').trim().toLowerCase()), 'the column headers').toEqual(['date', 'events', 'users', 'revenue']);
    expect(tableRows(), 'the rows of "Events per day", 27 February to 5 March in UTC').toEqual(asTable([['2026-02-27', 0, 0, 0], ...MARCH_DAYS.UTC!, ['2026-03-05', 0, 0, 0]]));
  });

  it('the table shows the days of the zone chosen, 23-hour day included', async () => {
    const { api } = await start();
    await seed(api, [...MARCH, ...DST]);
    const { user } = await renderApp(api);
    await applyRange(user, '2026-03-07', '2026-03-10', 'America/New_York');
    await screen.findByRole('table', { name: /events per day/i });
    expect(tableRows(), 'the rows for 7 to 10 March in America/New_York').toEqual(asTable([['2026-03-07', 1, 1, 1], ['2026-03-08', 2, 2, 6], ['2026-03-09', 2, 2, 24], ['2026-03-10', 0, 0, 0]]));
    await applyRange(user, '2026-02-28', '2026-03-04', 'Pacific/Auckland');
    await waitFor(() => expect(tableRows(), 'the rows for 28 February to 4 March in Pacific/Auckland').toEqual(asTable(MARCH_DAYS['Pacific/Auckland']!)));
  });

  it('the chart is an image named "Events per day…", shown with its table', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const { user } = await renderApp(api);
    await applyRange(user, '2026-03-01', '2026-03-03');
    const chart = await screen.findByRole('img', { name: /events per day/i });
    expect(chart, 'the chart, an element with role img named "Events per day…"').toBeTruthy();
    expect(screen.getByRole('table', { name: /events per day/i }), 'the table beside the chart').toBeTruthy();
    expect(tableRows().length, 'rows in the table for 1 to 3 March').toBe(3);
  });
});

describe('Task 6: The range lives in the address', () => {
  it('opened at ?from=&to=&tz=, the page fills the form and shows that range at once', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const { network } = await renderApp(api, { path: '/?from=2026-02-28&to=2026-03-04&tz=Asia%2FKolkata' });
    await screen.findByRole('table', { name: /events per day/i });
    expect(tableRows(), 'the rows of the range in the address').toEqual(asTable(MARCH_DAYS['Asia/Kolkata']!));
    expect([(screen.getByLabelText(/^from$/i) as HTMLInputElement).value, (screen.getByLabelText(/^to$/i) as HTMLInputElement).value, (screen.getByRole('combobox', { name: /time zone/i }) as HTMLSelectElement).value], 'From, To and Time zone').toEqual(['2026-02-28', '2026-03-04', 'Asia/Kolkata']);
    expect(queryOf(network.sent(SUMMARY)[0]), 'the query of GET /api/stats/summary').toEqual({ from: '2026-02-28', to: '2026-03-04', tz: 'Asia/Kolkata' });
  });

  it('Apply puts the range in the address, and Back shows the range before', async () => {
    const { api } = await start();
    await seed(api, MARCH);
    const { user } = await renderApp(api);
    await applyRange(user, '2026-03-01', '2026-03-02', 'America/New_York');
    await expectFigures(['9', '5', '43.95'], 'the first range');
    expect(Object.fromEntries(new URLSearchParams(window.location.search)), 'the query of the address after Apply').toEqual({ from: '2026-03-01', to: '2026-03-02', tz: 'America/New_York' });
    await applyRange(user, '2026-03-02', '2026-03-02', 'UTC');
    await expectFigures(['4', '4', '40.05'], 'the second range');
    expect(Object.fromEntries(new URLSearchParams(window.location.search)), 'the query of the address after the second Apply').toEqual({ from: '2026-03-02', to: '2026-03-02', tz: 'UTC' });
    window.history.back();
    await expectFigures(['9', '5', '43.95'], 'after Back');
    await waitFor(() => expect((screen.getByLabelText(/^from$/i) as HTMLInputElement).value, 'From after Back').toBe('2026-03-01'));
    expect((screen.getByRole('combobox', { name: /time zone/i }) as HTMLSelectElement).value, 'Time zone after Back').toBe('America/New_York');
  });
});
