// p45's real-browser checks: web/ built with Vite, served by the learner's own createApp({ webDist }),
// driven in Chromium. Skipped, with a note, on a machine without Chromium.
import { describe, expect } from 'vitest';
import { browserIt, openInBrowser } from '#testkit';
import { MARCH, START, seed } from './helpers.js';

/** The rows of the table "Events per day" as the browser shows them: [date, events, users, revenue]. */
async function rows(page: import('playwright-core').Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: /events per day/i });
  await table.waitFor();
  const result: string[][] = [];
  for (const row of await table.getByRole('row').all()) {
    const header = row.getByRole('rowheader');
    if ((await header.count()) === 0) continue;
    const cells = await row.getByRole('cell').allTextContents();
    result.push([(await header.textContent())?.trim() ?? '', ...cells.map((c) => c.replace(/[,\s$€£]/g, ''))]);
  }
  return result;
}

describe('Task 6: The range lives in the address', () => {
  browserIt('in Chromium, a range applied in the built app survives a reload, figures and all', async () => {
    const { page, api } = await openInBrowser({ start: START });
    await seed(api, MARCH);
    await page.getByLabel(/^from$/i).fill('2026-03-01');
    await page.getByLabel(/^to$/i).fill('2026-03-03');
    await page.getByRole('combobox', { name: /time zone/i }).selectOption('America/New_York');
    await page.getByRole('button', { name: /^apply$/i }).click();
    const expected = [
      ['2026-03-01', '5', '3', '13.50'],
      ['2026-03-02', '4', '4', '30.45'],
      ['2026-03-03', '1', '1', '0.09'],
    ];
    await expect.poll(() => rows(page), { message: 'the table "Events per day" for 1 to 3 March in America/New_York' }).toEqual(expected);
    await page.reload();
    await expect.poll(() => rows(page), { message: 'the table after a reload' }).toEqual(expected);
    expect(await page.getByLabel(/^from$/i).inputValue(), 'From after a reload').toBe('2026-03-01');
    expect(await page.getByRole('combobox', { name: /time zone/i }).inputValue(), 'Time zone after a reload').toBe('America/New_York');
  });

  browserIt('a link to a deep path with a range opens the app on that range, and Back returns to it after another Apply', async () => {
    const { page, api } = await openInBrowser({ start: START });
    await seed(api, MARCH);
    await page.goto(`${api.url}/reports/march?from=2026-03-02&to=2026-03-02&tz=UTC`);
    await expect.poll(() => rows(page), { message: 'the table at /reports/march?from=2026-03-02&to=2026-03-02&tz=UTC' }).toEqual([['2026-03-02', '4', '4', '40.05']]);
    await page.getByLabel(/^from$/i).fill('2026-03-04');
    await page.getByLabel(/^to$/i).fill('2026-03-04');
    await page.getByRole('button', { name: /^apply$/i }).click();
    await expect.poll(() => rows(page), { message: 'the table after applying 2026-03-04' }).toEqual([['2026-03-04', '1', '1', '0.09']]);
    await page.goBack();
    await expect.poll(() => rows(page), { message: 'the table after Back' }).toEqual([['2026-03-02', '4', '4', '40.05']]);
  });
});
