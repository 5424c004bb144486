// p44's real-browser checks: web/ built with Vite, served by the learner's own createApp({ webDist }),
// driven in Chromium. Skipped, with a note, on a machine without Chromium.
import { describe, expect } from 'vitest';
import { browserIt, openInBrowser } from '#testkit';
import { START, addNote, getNote, isSaved } from './helpers.js';

describe('Task 4: List, open and preview notes', () => {
  browserIt('in Chromium, a preview of a note full of scripts runs none of them', async () => {
    const started = await openInBrowser({ start: START });
    const { page, api } = started;
    const body = '## Safe heading\n\n<img src="x" onerror="window.__xss = 1"> <img src="/nowhere.png" onerror="alert(2)">\n\n<svg onload="window.__xss = 3"></svg> <details open ontoggle="window.__xss = 4">more</details>\n\n<script>window.__xss = 5</script>\n\n[click me](javascript:window.__xss=6) <a href="jav&#x09;ascript:window.__xss=7">tabbed</a>';
    const note = await addNote(api, 'Pasted from the web', body);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.reload();
    await page.getByRole('button', { name: 'Pasted from the web', exact: true }).click();
    const preview = page.getByRole('region', { name: /preview/i });
    await preview.getByRole('heading', { name: 'Safe heading' }).waitFor();
    // Let every image in the preview finish loading (or failing): an onerror would have run by then.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('img')).every((img) => img.complete));
    await preview.getByText('click me').click();
    await preview.getByText('tabbed').click();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), 'window.__xss after showing and clicking the preview of a note with scripts').toBeUndefined();
    expect(dialogs, 'alert() dialogs opened by the preview').toEqual([]);
    expect((await getNote(api, note.id)).body, 'the note itself keeps its text').toBe(body);
    // The first browser check of a run builds web/ with Vite: on a busy machine that takes a while.
  }, 90_000);
});

describe('Task 5: Autosave after a pause', () => {
  browserIt('in Chromium, typing and pausing saves by itself, and the text is there after a reload', async () => {
    const { page, api } = await openInBrowser({ start: START });
    const note = await addNote(api, 'Journal', 'Monday.');
    await page.reload();
    await page.getByRole('button', { name: 'Journal', exact: true }).click();
    const body = page.getByRole('textbox', { name: /^body$/i });
    await expect.poll(() => body.inputValue(), { message: 'the textbox "Body" after opening "Journal"' }).toBe('Monday.');
    await body.press('End');
    await body.pressSequentially(' Sunny, walked to the lake.');
    await expect.poll(async () => (await getNote(api, note.id)).body, { message: 'GET /api/notes/:id after typing and pausing in the browser (saved without pressing anything)', timeout: 10_000 }).toBe('Monday. Sunny, walked to the lake.');
    await expect.poll(async () => isSaved((await page.getByRole('status').textContent()) ?? ''), { message: 'the status says "Saved" once the save answered', timeout: 10_000 }).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'Journal', exact: true }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /^body$/i }).inputValue(), { message: 'the textbox "Body" after a reload' }).toBe('Monday. Sunny, walked to the lake.');
  }, 90_000);
});
