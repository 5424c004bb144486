// p48's real-browser checks: web/ built with Vite, served by the learner's own
// createApp({ webDist }), scrolled in Chromium with the real IntersectionObserver. Skipped, with a
// note, on a machine without Chromium.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserIt, openInBrowser, type BrowserApp } from '#testkit';
import { START, addPosts } from './helpers.js';

/** 35 posts ("Post 1" oldest .. "Post 35" newest), a short window, and the page opened afresh. */
async function openFeed(): Promise<BrowserApp> {
  const started = await openInBrowser({ start: START });
  await addPosts(started.api, started.clock, 35);
  await started.page.setViewportSize({ width: 900, height: 420 });
  await started.page.reload();
  await started.page.getByRole('article', { name: 'Post 35', exact: true }).waitFor();
  return started;
}

/** Scrolls the way a reader does: the last post into view, then the wheel. */
async function scrollDown(page: Page): Promise<void> {
  await page.getByRole('article').last().scrollIntoViewIfNeeded();
  await page.mouse.move(450, 200);
  await page.mouse.wheel(0, 3000);
}

describe('Task 4: Load more as you scroll', () => {
  browserIt('in Chromium, scrolling down brings the next page with the real IntersectionObserver, no button pressed', async () => {
    const { page } = await openFeed();
    const eleventh = page.getByRole('article', { name: 'Post 25', exact: true });
    for (let i = 0; i < 10 && (await eleventh.count()) === 0; i++) {
      await scrollDown(page);
      await eleventh.waitFor({ timeout: 2_000 }).catch(() => undefined);
    }
    expect(await eleventh.count(), 'the 11th post ("Post 25") after scrolling to the bottom of the first page').toBe(1);
  });
});

describe('Task 5: The end of the feed, and Retry', () => {
  browserIt('in Chromium, scrolling to the end shows all 35 posts once and "all caught up"', async () => {
    const { page } = await openFeed();
    const status = page.getByRole('status', { name: /feed status/i });
    for (let i = 0; i < 20 && !/all caught up/i.test((await status.textContent()) ?? ''); i++) {
      await scrollDown(page);
      await expect.poll(async () => (await status.textContent()) ?? '', { message: 'the status while scrolling', timeout: 2_000 }).toMatch(/all caught up/i).catch(() => undefined);
    }
    expect((await status.textContent()) ?? '', 'the status "Feed status" after scrolling to the end').toMatch(/all caught up/i);
    expect(await page.getByRole('feed', { name: /posts/i }).getByRole('article').count(), 'articles in the feed at the end: all 35, each once').toBe(35);
    expect(await page.getByRole('article', { name: 'Post 1', exact: true }).count(), 'the oldest post, once').toBe(1);
  });
});
