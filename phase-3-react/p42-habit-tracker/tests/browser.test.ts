// p42's real-browser checks: web/ built with Vite, served by the learner's own createApp({ webDist }),
// driven in Chromium (whose zone is the suite's, UTC). Skipped, with a note, on a machine without Chromium.
import { describe, expect } from 'vitest';
import { browserIt, openInBrowser } from '#testkit';
import { START, addHabit, checkInAll, getHabit, monthDates } from './helpers.js';

describe('Task 5: Check in from the calendar', () => {
  browserIt('in Chromium, a day pressed in the built app is still checked after a reload, with the server\'s streaks', async () => {
    const { page, api } = await openInBrowser({ start: START });
    const read = await addHabit(api, 'Read');
    await checkInAll(api, read.id, ['2026-03-01', '2026-03-02']);
    await page.reload();
    const today = page.getByRole('button', { name: 'March 3, 2026', exact: true });
    await page.getByRole('button', { name: 'March 2, 2026', exact: true, pressed: true }).waitFor();
    await today.click();
    await expect.poll(async () => monthDates(api, read.id, '2026-03'), { message: 'GET .../checkins?month=2026-03 after pressing "March 3, 2026" in the browser' }).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    await page.reload();
    await page.getByRole('button', { name: 'March 3, 2026', exact: true, pressed: true }).waitFor();
    await expect.poll(async () => (await page.getByLabel('Current streak').textContent())?.trim(), { message: '"Current streak" after a reload' }).toMatch(/^3\b/);
    expect(await page.getByRole('button', { name: 'March 1, 2026', exact: true }).getAttribute('aria-pressed'), '"March 1, 2026" after a reload').toBe('true');
  });

  browserIt('the keyboard alone checks and unchecks a day (Enter, then Space, on a focused day button)', async () => {
    const { page, api } = await openInBrowser({ start: START });
    const read = await addHabit(api, 'Read');
    await page.reload();
    const button = page.getByRole('button', { name: 'March 2, 2026', exact: true });
    await page.getByRole('button', { name: 'March 2, 2026', exact: true, pressed: false }).waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getHabit(api, read.id)).totalCheckins, { message: 'check-ins on the server after Enter on "March 2, 2026"' }).toBe(1);
    await expect.poll(async () => [await button.getAttribute('aria-pressed'), await button.isDisabled(), await button.getAttribute('aria-disabled')], { message: '"March 2, 2026" once the answer came: pressed and enabled' }).toEqual(['true', false, expect.not.stringMatching(/^true$/) as unknown]);
    await button.focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await getHabit(api, read.id)).totalCheckins, { message: 'check-ins on the server after Space on "March 2, 2026"' }).toBe(0);
    await expect.poll(async () => button.getAttribute('aria-pressed'), { message: '"March 2, 2026" after Space' }).toBe('false');
  });
});
