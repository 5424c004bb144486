// p47's real-browser checks: web/ built with Vite, served by the learner's own createApp({ webDist }),
// driven in Chromium. Skipped, with a note, on a machine without Chromium.
import { describe, expect } from 'vitest';
import { browserIt, openInBrowser } from '#testkit';
import { CATALOGUE, seed, sortedBy, viewOf, DEFAULT_VIEW } from './helpers.js';

/** The names in the product rows: the first cell of each row that has cells. */
async function rowNames(page: import('playwright-core').Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: /products/i }).getByRole('row');
  const names: string[] = [];
  for (const row of await rows.all()) {
    const cells = row.getByRole('cell');
    if ((await cells.count()) > 0) names.push((await cells.first().textContent()) ?? '');
  }
  return names;
}

describe('Task 6: Keep the state in the URL', () => {
  browserIt('in Chromium, Back (page.goBack) after "Next page" and a sort restores the earlier views, and a reload keeps the view', async () => {
    const { page, api } = await openInBrowser();
    const added = await seed(api, CATALOGUE);
    await page.reload();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { message: 'the status after opening /' }).toMatch(/page 1 of 3/i);
    await page.getByRole('button', { name: /next/i }).click();
    await expect.poll(() => status.textContent(), { message: 'the status after "Next page"' }).toMatch(/page 2 of 3/i);
    await page.getByRole('button', { name: /^price/i }).click();
    const byPrice = sortedBy(added, 'price').slice(0, 10).map((p) => p.name);
    await expect.poll(() => rowNames(page), { message: 'the rows after pressing "Price"' }).toEqual(byPrice);
    expect(viewOf(page.url()), `the URL after pressing "Price" (${page.url()})`).toEqual({ ...DEFAULT_VIEW, sort: 'price' });
    await page.goBack();
    await expect.poll(() => rowNames(page), { message: 'the rows after Back: page 2 by name' }).toEqual(sortedBy(added).slice(10, 20).map((p) => p.name));
    await expect.poll(() => status.textContent(), { message: 'the status after Back' }).toMatch(/page 2 of 3/i);
    expect(viewOf(page.url()), `the URL after Back (${page.url()})`).toEqual({ ...DEFAULT_VIEW, page: '2' });
    await page.reload();
    await expect.poll(() => rowNames(page), { message: 'the rows after a reload on page 2' }).toEqual(sortedBy(added).slice(10, 20).map((p) => p.name));
    await page.goBack();
    await expect.poll(() => status.textContent(), { message: 'the status after Back to the first view' }).toMatch(/page 1 of 3/i);
  });

  browserIt('in Chromium, a link with a query opens that view, and one with bad values opens the first page without an error', async () => {
    const { page, api, url } = await openInBrowser();
    const added = await seed(api, CATALOGUE);
    await page.goto(`${url}/?sort=price&order=desc&category=lighting&q=lamp`);
    const lamps = sortedBy(added.filter((p) => p.category === 'lighting' && /lamp/i.test(p.name)), 'price', 'desc').map((p) => p.name);
    await expect.poll(() => rowNames(page), { message: 'the rows at /?sort=price&order=desc&category=lighting&q=lamp' }).toEqual(lamps);
    expect(await page.getByRole('searchbox', { name: /search products/i }).inputValue(), 'the search box').toBe('lamp');
    expect(await page.getByRole('columnheader', { name: /^price/i }).getAttribute('aria-sort'), 'aria-sort of Price').toBe('descending');
    await page.goto(`${url}/?page=zero&sort=%27%3BDROP&order=sideways&category=toys&pageSize=9999`);
    await expect.poll(() => rowNames(page), { message: 'the rows at a URL with bad values: the first page by name' }).toEqual(sortedBy(added).slice(0, 10).map((p) => p.name));
    expect(await page.getByRole('alert').count(), 'alerts at a URL with bad values').toBe(0);
  });
});
