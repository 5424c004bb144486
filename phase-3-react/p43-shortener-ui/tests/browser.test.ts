// p43's real-browser checks: web/ built with Vite, served by the learner's own createApp({ webDist }),
// driven in Chromium. Skipped, with a note, on a machine without Chromium.
import { describe, expect } from 'vitest';
import { browserIt, openInBrowser } from '#testkit';
import { START, listLinks } from './helpers.js';

describe('Task 8: Ship it: short links beside the app', () => {
  browserIt('in Chromium, a link made with the form redirects (not swallowed by the history fallback), and its click shows in the sparkline', async () => {
    const { page, api, url } = await openInBrowser({ start: START });
    // The long URL is the app itself, on loopback: following the short link lands on the page again.
    await page.getByRole('textbox', { name: /long url/i }).fill(`${url}/?from=poster`);
    await page.getByRole('textbox', { name: /custom alias/i }).fill('poster');
    await page.getByRole('button', { name: /shorten/i }).click();
    await page.getByRole('button', { name: /copy link/i }).waitFor();
    await page.goto(`${url}/poster`);
    await page.waitForURL(`${url}/?from=poster`);
    expect(new URL(page.url()).search, 'where the browser landed after opening /poster').toBe('?from=poster');
    await expect.poll(async () => (await listLinks(api))[0]?.clicks, { message: 'clicks of "poster" after the browser followed it' }).toBe(1);
    await page.getByRole('button', { name: 'Stats for poster' }).click();
    await page.getByRole('img', { name: /^1 click in the last 7 days, most on 2026-03-04\.?$/i }).waitFor();
  });

  browserIt('the keyboard alone reaches "Long URL" first, submits with Enter, and the server\'s refusal is described at that field', async () => {
    const { page, api } = await openInBrowser({ start: START });
    await page.getByRole('heading', { name: /short links/i }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('javascript:alert(1)');
    await page.keyboard.press('Enter');
    const box = page.getByRole('textbox', { name: /long url/i });
    await expect.poll(() => box.getAttribute('aria-invalid'), { message: 'aria-invalid of "Long URL" after the server refused javascript:alert(1)' }).toBe('true');
    const description = await box.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim());
    expect(description, 'the accessible description of "Long URL"').not.toBe('');
    await box.fill('https://example.com/typed');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await listLinks(api)).map((l) => l.url), { message: 'links on the server after Enter with a good URL' }).toEqual(['https://example.com/typed']);
    await expect.poll(() => box.getAttribute('aria-invalid'), { message: 'aria-invalid of "Long URL" once the link was created' }).not.toBe('true');
  });
});
