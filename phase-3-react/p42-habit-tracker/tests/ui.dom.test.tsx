// p42's DOM checks: the learner's <App /> in jsdom, its fetch reaching the real API (the clock at
// START: today is Tuesday 3 March 2026). Elements are found only by the roles, names and labels
// of SPEC.md's accessibility contract.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, withTimeZone, type HeldRequest, type TestServer } from '#testkit';
import { addHabit, checkInAll, getHabit, monthDates, start, type HabitJson } from './helpers.js';

const HABITS = { method: 'GET', path: '/api/habits' };
const ADD = { method: 'POST', path: '/api/habits' };
const CHECKIN = (method: string) => ({ method, path: /^\/api\/habits\/\d+\/checkins\/\d{4}-\d{2}-\d{2}$/ });

/** The month's calendar: a table (or a grid) named by the month, "March 2026". */
async function calendar(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = screen.queryByRole('table', { name }) ?? screen.queryByRole('grid', { name });
    if (!found) throw new Error(`Expected a table (or grid) named "${name}": the calendar of that month.`);
    return found;
  });
}

/**
 * A day's button. `hidden: true` skips jsdom's slow visibility walk for each of the many buttons;
 * the calendar holding them was found visible.
 */
function day(name: string): HTMLElement {
  return screen.getByRole('button', { name, hidden: true });
}

function pressed(element: HTMLElement): string | null {
  return element.getAttribute('aria-pressed');
}

function isDisabled(element: HTMLElement): boolean {
  return (element as HTMLButtonElement).disabled || element.getAttribute('aria-disabled') === 'true';
}

/** The number a streak figure starts with: "5" or "5 days". */
function figure(label: string): number | string {
  const text = (screen.getByLabelText(label).textContent ?? '').trim();
  const match = /^(\d+)\b/.exec(text);
  return match ? Number(match[1]) : `(the text "${text}" does not start with a number)`;
}

function statusText(): string {
  return screen
    .queryAllByRole('status')
    .map((s) => s.textContent ?? '')
    .join(' | ');
}

/** Habits with check-ins, made through the API before the page opens. */
async function seed(api: TestServer, habits: Array<[string, string[]]>): Promise<HabitJson[]> {
  const made: HabitJson[] = [];
  for (const [name, dates] of habits) {
    const habit = await addHabit(api, name);
    if (dates.length > 0) await checkInAll(api, habit.id, dates);
    made.push(habit);
  }
  return made;
}

describe('Task 4: Show the month', () => {
  it('says it is loading while the habits are on their way, then shows the month of today: a button per day, named by its date, pressed when checked', async () => {
    const { api } = await start();
    await seed(api, [['Read', ['2026-02-28', '2026-03-01', '2026-03-02']]]);
    let held!: HeldRequest;
    const { network } = await renderApp(api, { before: (n) => (held = n.hold(HABITS)) });
    const sent = await held.arrived;
    expect(statusText(), 'the status region while GET /api/habits has not answered').toMatch(/loading/i);
    expect(screen.queryByRole('button', { name: 'March 1, 2026' }), 'no day is shown before the habits arrive').toBeNull();
    expect(new URL(sent.url, 'http://x').searchParams.get('tz'), `${sent.url}: the page names the browser's zone (the suite runs in UTC)`).toBe('UTC');
    await held.release();
    const march = await calendar('March 2026');
    await waitFor(() => expect(pressed(day('March 1, 2026')), '"March 1, 2026" (checked) once the check-ins arrived: aria-pressed').toBe('true'));
    // One query that collects every button's accessible name (a query per name is slow in jsdom).
    const named = new Map<string, HTMLElement>();
    within(march).getAllByRole('button', { hidden: true, name: (name, element) => (named.set(name, element as HTMLElement), true) });
    const names = Array.from({ length: 31 }, (_, i) => `March ${i + 1}, 2026`);
    expect([...named.keys()].sort(), 'the names of the buttons in the table "March 2026": one per day').toEqual([...names].sort());
    expect(names.map((name) => pressed(named.get(name)!)), 'aria-pressed of March 1 to 31 (1 and 2 checked)').toEqual(names.map((_, i) => (i < 2 ? 'true' : 'false')));
    expect(day('March 3, 2026').getAttribute('aria-current'), 'today\'s button: aria-current').toBe('date');
    expect(day('March 2, 2026').getAttribute('aria-current'), 'another day: no aria-current="date"').not.toBe('date');
    expect(isDisabled(day('March 3, 2026')), 'today can be checked: not disabled').toBe(false);
    expect(isDisabled(day('March 4, 2026')), 'tomorrow cannot be checked yet: disabled').toBe(true);
    await waitFor(() => expect(statusText(), 'the status region after the list arrived').not.toMatch(/loading/i));
    expect(network.sent({ method: 'GET', path: /^\/api\/habits\/\d+\/checkins$/ }).map((r) => new URL(r.url, 'http://x').searchParams.get('month')), 'the check-ins asked for').toContain('2026-03');
    expect(screen.getByRole('heading', { level: 1, name: /habits/i }), 'the heading "Habits"').toBeTruthy();
  });

  it('with no habits the status says so, and no calendar is shown', async () => {
    const { api } = await start();
    await renderApp(api);
    await waitFor(() => expect(statusText(), 'the status region with no habits').toMatch(/no habits/i));
    expect(screen.queryByRole('table'), 'a calendar with no habits').toBeNull();
    expect(screen.queryByRole('button', { name: 'March 3, 2026' }), 'a day button with no habits').toBeNull();
  });

  it('habits that cannot be loaded are announced in an alert, and the status stops saying loading', async () => {
    const { api } = await start();
    await seed(api, [['Read', []]]);
    let held!: HeldRequest;
    await renderApp(api, { before: (n) => (held = n.hold(HABITS)) });
    await held.arrived;
    await held.release({ status: 500, body: { error: { code: 'internal', message: 'The database is asleep.' } } });
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert after GET /api/habits answered 500').not.toBe('');
    await waitFor(() => expect(statusText(), 'the status region no longer says loading').not.toMatch(/loading/i));
  });

  it('the streak figures are the server\'s, for the habit chosen in the combobox "Habit"; choosing another shows its figures and days', async () => {
    const { api } = await start();
    await seed(api, [
      ['Read', ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']],
      ['Run', ['2026-03-03']],
    ]);
    const { user } = await renderApp(api);
    const picker = (await screen.findByRole('combobox', { name: /habit/i })) as HTMLSelectElement;
    expect(within(picker).getAllByRole('option').map((o) => o.textContent), 'the options of "Habit", in the API\'s order').toEqual(['Read', 'Run']);
    expect(within(picker).getByRole('option', { name: 'Read', selected: true }), 'the first habit is chosen at first').toBeTruthy();
    await waitFor(() => expect([figure('Current streak'), figure('Longest streak')], '"Read": Current streak, Longest streak (5 days up to yesterday, 7 in January)').toEqual([5, 7]));
    await user.selectOptions(picker, 'Run');
    await waitFor(() => expect([figure('Current streak'), figure('Longest streak')], 'after choosing "Run"').toEqual([1, 1]));
    await waitFor(() => expect(pressed(day('March 3, 2026')), '"March 3, 2026" of "Run"').toBe('true'));
    expect(pressed(day('March 1, 2026')), '"March 1, 2026" of "Run" (checked only for "Read")').toBe('false');
  });

  it('"Previous month" and "Next month" move across months and a new year; "Next month" is disabled on the month of today', async () => {
    const { api } = await start();
    await seed(api, [['Read', ['2025-12-31', '2026-02-27', '2026-02-28', '2026-03-01']]]);
    const { user } = await renderApp(api);
    await calendar('March 2026');
    expect(isDisabled(screen.getByRole('button', { name: /next month/i })), '"Next month" on March 2026, the month of today').toBe(true);
    await user.click(screen.getByRole('button', { name: /previous month/i }));
    const february = await calendar('February 2026');
    expect(within(february).getAllByRole('button'), 'the buttons of "February 2026"').toHaveLength(28);
    await waitFor(() => expect(['February 27, 2026', 'February 28, 2026', 'February 26, 2026'].map((n) => pressed(day(n))), 'aria-pressed of February 27, 28 (checked) and 26').toEqual(['true', 'true', 'false']));
    await user.click(screen.getByRole('button', { name: /previous month/i }));
    await calendar('January 2026');
    await user.click(screen.getByRole('button', { name: /previous month/i }));
    const december = await calendar('December 2025');
    expect(within(december).getAllByRole('button'), 'the buttons of "December 2025"').toHaveLength(31);
    await waitFor(() => expect(pressed(day('December 31, 2025')), '"December 31, 2025" (checked)').toBe('true'));
    expect(isDisabled(screen.getByRole('button', { name: /next month/i })), '"Next month" on December 2025').toBe(false);
    await user.click(screen.getByRole('button', { name: /next month/i }));
    await calendar('January 2026');
    await user.click(screen.getByRole('button', { name: /next month/i }));
    await user.click(screen.getByRole('button', { name: /next month/i }));
    await calendar('March 2026');
    await waitFor(() => expect(pressed(day('March 1, 2026')), '"March 1, 2026" back on March').toBe('true'));
  });

  for (const [zone, at, month, today, utcWouldBe] of [
    ['Asia/Kolkata', '2026-02-28T20:00:00.000Z', 'March 2026', 'March 1, 2026', 'February 2026'],
    ['America/New_York', '2026-03-01T03:00:00.000Z', 'February 2026', 'February 28, 2026', 'March 2026'],
  ] as const) {
    it(`in a browser in ${zone}, the page names that zone: the month and today are the server's today there`, async () => {
      await withTimeZone(zone, async () => {
        const { api } = await start({ at });
        await seed(api, [['Read', []]]);
        const { network } = await renderApp(api);
        await calendar(month);
        const tz = new URL(network.sent(HABITS)[0]?.url ?? '/', 'http://x').searchParams.get('tz');
        expect(tz, `the ?tz= the page sent from a browser in ${zone}`).not.toBe('UTC');
        expect(day(today).getAttribute('aria-current'), `"${today}" is today in ${zone} at ${at}`).toBe('date');
        expect(isDisabled(day(today)), `"${today}" can be checked`).toBe(false);
        expect(screen.queryByRole('table', { name: utcWouldBe }), `the month UTC would show (${utcWouldBe})`).toBeNull();
      });
    });
  }

  it('habit names are shown as text, never as HTML', async () => {
    const { api } = await start();
    const nasty = '<img src=x onerror="window.hacked=1"><b>Bold</b>';
    await seed(api, [[nasty, []]]);
    await renderApp(api);
    expect(await screen.findByRole('option', { name: nasty }), 'an option named by the exact name, markup and all').toBeTruthy();
    await calendar('March 2026');
    expect(screen.queryByRole('img'), 'an <img> made from a name').toBeNull();
    expect((window as unknown as { hacked?: number }).hacked, 'a script run from a name').toBeUndefined();
  });

  it('"Add habit" creates the habit named in "New habit", chooses it and empties the textbox; a refused name keeps the text and shows the server\'s message', async () => {
    const { api } = await start();
    await seed(api, [['Read', ['2026-03-02']]]);
    const { user, network } = await renderApp(api);
    await waitFor(() => expect(pressed(day('March 2, 2026')), '"March 2, 2026" of "Read"').toBe('true'));
    await user.type(screen.getByRole('textbox', { name: /new habit/i }), 'Stretch');
    await user.click(screen.getByRole('button', { name: /add habit/i }));
    await waitFor(() => expect(screen.getByRole('option', { name: 'Stretch', selected: true }), 'the new habit, chosen').toBeTruthy());
    expect(JSON.parse(network.sent(ADD)[0]?.body ?? '{}'), 'the body of POST /api/habits').toEqual({ name: 'Stretch' });
    expect((screen.getByRole('textbox', { name: /new habit/i }) as HTMLInputElement).value, 'the textbox after adding').toBe('');
    await waitFor(() => expect(pressed(day('March 2, 2026')), '"March 2, 2026" of the new habit "Stretch"').toBe('false'));
    expect([figure('Current streak'), figure('Longest streak')], 'the figures of "Stretch"').toEqual([0, 0]);
    network.answer(ADD, 400, { error: { code: 'validation_failed', message: 'That name is taken (server says 4711).', details: [{ field: 'name', message: 'taken' }] } });
    await user.type(screen.getByRole('textbox', { name: /new habit/i }), 'Read again');
    await user.click(screen.getByRole('button', { name: /add habit/i }));
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert shows the API\'s error.message').toContain('server says 4711');
    expect((screen.getByRole('textbox', { name: /new habit/i }) as HTMLInputElement).value, 'the textbox keeps the text').toBe('Read again');
    expect(screen.queryByRole('option', { name: 'Read again' }), 'no habit for a refused name').toBeNull();
  });
});

describe('Task 5: Check in from the calendar', () => {
  it('pressing a day checks it at once, sends PUT with the date and the zone, and then shows the server\'s new streaks', async () => {
    const { api } = await start();
    const [read] = await seed(api, [['Read', ['2026-03-01']]]);
    const { user, network } = await renderApp(api);
    await waitFor(() => expect(pressed(day('March 1, 2026')), '"March 1, 2026"').toBe('true'));
    await waitFor(() => expect([figure('Current streak'), figure('Longest streak')], 'before: only 1 March, so no current streak').toEqual([0, 1]));
    const held = network.hold(CHECKIN('PUT'));
    await user.click(day('March 2, 2026'));
    const sent = await held.arrived;
    expect(`${sent.method} ${sent.url}`, 'the request').toBe(`PUT /api/habits/${read!.id}/checkins/2026-03-02?tz=UTC`);
    expect(pressed(day('March 2, 2026')), '"March 2, 2026" while PUT has not answered (an optimistic update)').toBe('true');
    expect(isDisabled(day('March 2, 2026')), '"March 2, 2026" while its request is on its way: disabled or aria-disabled').toBe(true);
    await held.release();
    await waitFor(() => expect([figure('Current streak'), figure('Longest streak')], 'after the answer: 1 and 2 March').toEqual([2, 2]));
    await waitFor(() => expect(isDisabled(day('March 2, 2026')), '"March 2, 2026" after the answer').toBe(false));
    expect(pressed(day('March 2, 2026')), '"March 2, 2026" after the answer').toBe('true');
    expect(await monthDates(api, read!.id, '2026-03'), 'the server has it').toEqual(['2026-03-01', '2026-03-02']);
  });

  it('pressing a checked day again sends DELETE and unchecks it: toggling twice leaves no check-in', async () => {
    const { api } = await start();
    const [read] = await seed(api, [['Read', ['2026-03-02']]]);
    const { user, network } = await renderApp(api);
    await waitFor(() => expect(pressed(day('March 3, 2026')), '"March 3, 2026" at first').toBe('false'));
    await user.click(day('March 3, 2026'));
    await waitFor(() => expect([figure('Current streak'), isDisabled(day('March 3, 2026'))], 'after checking today: the streak, and the day enabled again').toEqual([2, false]));
    await user.click(day('March 3, 2026'));
    expect(pressed(day('March 3, 2026')), '"March 3, 2026" pressed a second time').toBe('false');
    await waitFor(() => expect(figure('Current streak'), 'after unchecking today').toBe(1));
    expect(network.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`), 'the requests of the two presses').toEqual([`PUT /api/habits/${read!.id}/checkins/2026-03-03`, `DELETE /api/habits/${read!.id}/checkins/2026-03-03`]);
    expect(await monthDates(api, read!.id, '2026-03'), 'the server after toggling twice').toEqual(['2026-03-02']);
    await user.click(day('March 2, 2026'));
    await waitFor(() => expect(pressed(day('March 2, 2026')), '"March 2, 2026" unchecked').toBe('false'));
    await waitFor(async () => expect((await getHabit(api, read!.id)).totalCheckins, 'the server after unchecking 2 March').toBe(0));
  });

  it('a second press on a day whose request is still on its way sends nothing', async () => {
    const { api } = await start();
    const [read] = await seed(api, [['Read', []]]);
    const { user, network } = await renderApp(api);
    await calendar('March 2026');
    await waitFor(() => expect(pressed(day('March 2, 2026')), '"March 2, 2026" at first').toBe('false'));
    const held = network.hold(CHECKIN('PUT'));
    await user.click(day('March 2, 2026'));
    await held.arrived;
    await user.click(day('March 2, 2026'));
    expect(pressed(day('March 2, 2026')), '"March 2, 2026" after a second press while PUT is on its way').toBe('true');
    await held.release();
    await waitFor(() => expect(isDisabled(day('March 2, 2026')), '"March 2, 2026" after the answer').toBe(false));
    expect(network.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`), 'the requests sent for two quick presses').toEqual([`PUT /api/habits/${read!.id}/checkins/2026-03-02`]);
    expect(pressed(day('March 2, 2026')), '"March 2, 2026" at the end').toBe('true');
    expect(await monthDates(api, read!.id, '2026-03'), 'the server at the end').toEqual(['2026-03-02']);
  });

  it('when the server refuses a check-in or an uncheck, the day goes back and an alert shows the server\'s message', async () => {
    const { api } = await start();
    await seed(api, [['Read', ['2026-03-01']]]);
    const { user, network } = await renderApp(api);
    await waitFor(() => expect(pressed(day('March 1, 2026')), '"March 1, 2026"').toBe('true'));
    const held = network.hold(CHECKIN('PUT'));
    await user.click(day('March 2, 2026'));
    await held.arrived;
    expect(pressed(day('March 2, 2026')), 'checked at once').toBe('true');
    await held.release({ status: 500, body: { error: { code: 'internal', message: 'Disk full (server 17).' } } });
    await waitFor(() => expect(pressed(day('March 2, 2026')), '"March 2, 2026" after a refused PUT: back to not pressed').toBe('false'));
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert after a refused PUT').toContain('Disk full (server 17).');
    network.answer(CHECKIN('DELETE'), 409, { error: { code: 'conflict', message: 'Not now (server 23).' } });
    await user.click(day('March 1, 2026'));
    await waitFor(() => expect((screen.getByRole('alert').textContent ?? ''), 'the alert after a refused DELETE').toContain('server 23'));
    await waitFor(() => expect(pressed(day('March 1, 2026')), '"March 1, 2026" after a refused DELETE: back to pressed').toBe('true'));
    expect([figure('Current streak'), figure('Longest streak')], 'the figures never changed').toEqual([0, 1]);
  });

  it('a check-in that never reaches the server (offline) goes back too, with an alert', async () => {
    const { api } = await start();
    await seed(api, [['Read', []]]);
    const { user, network } = await renderApp(api);
    await calendar('March 2026');
    await waitFor(() => expect(pressed(day('March 3, 2026')), '"March 3, 2026" at first').toBe('false'));
    network.offline(CHECKIN('PUT'));
    await user.click(day('March 3, 2026'));
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert when the network is down').not.toBe('');
    await waitFor(() => expect(pressed(day('March 3, 2026')), '"March 3, 2026" goes back to not pressed').toBe('false'));
  });

  it('a future day cannot be pressed: nothing is sent', async () => {
    const { api } = await start();
    await seed(api, [['Read', []]]);
    const { user, network } = await renderApp(api);
    await calendar('March 2026');
    await user.click(day('March 4, 2026')).catch(() => undefined);
    await user.click(day('March 31, 2026')).catch(() => undefined);
    expect(network.requests.filter((r) => r.method !== 'GET'), 'requests sent for presses on 4 and 31 March (after today)').toEqual([]);
    expect(pressed(day('March 4, 2026')), '"March 4, 2026"').toBe('false');
  });
});
