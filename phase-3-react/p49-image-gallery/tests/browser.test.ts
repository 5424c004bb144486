// p49's real-browser checks: web/ built with Vite, served by the learner's createApp({ webDist }),
// driven in Chromium. Skipped, with a note, on a machine without Chromium.
import { describe, expect } from 'vitest';
import { browserIt, openInBrowser } from '#testkit';
import { START, download, listImages, png, uploaded } from './helpers.js';

describe('Task 4: Upload with progress', () => {
  browserIt('in Chromium, a 1.5 MB image picked in the file input uploads: the progressbar reaches 100 and the image shows in the gallery', async () => {
    const { page, api } = await openInBrowser({ start: START });
    const file = png(1_500_000, 9);
    await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'kiln.png', mimeType: 'image/png', buffer: file });
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Kiln day');
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    const bar = page.getByRole('progressbar', { name: /upload progress/i });
    await bar.waitFor();
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { message: 'aria-valuenow of "Upload progress" after the upload', timeout: 15_000 }).toBe('100');
    await page.getByRole('button', { name: 'Kiln day', exact: true }).waitFor();
    const [image] = await listImages(api);
    expect(image?.title, 'GET /api/images after the upload in Chromium').toBe('Kiln day');
    expect((await download(api, image!.url)).bytes.equals(file), 'the stored bytes are the picked file').toBe(true);
  });
});

describe('Task 5: A lightbox for the keyboard', () => {
  browserIt('in Chromium, the keyboard alone opens the lightbox (Enter), moves (ArrowRight), closes (Escape) and lands back on the thumbnail', async () => {
    const started = await openInBrowser({ start: START });
    for (const [i, title] of ['Oldest', 'Middle', 'Newest'].entries()) await uploaded(started.api, png(200, i + 1), title);
    const { page } = started;
    await page.reload();
    const thumbnail = page.getByRole('button', { name: 'Middle', exact: true });
    await thumbnail.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Middle' }).waitFor();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"], dialog')), { message: 'focus is inside the dialog after Enter on the thumbnail' }).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.getByRole('dialog', { name: 'Oldest' }).waitFor();
    expect(await page.getByRole('dialog').getByRole('img', { name: 'Oldest' }).getAttribute('alt'), 'the img after ArrowRight').toBe('Oldest');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => thumbnail.evaluate((el) => el === document.activeElement), { message: 'after Escape, focus is on the thumbnail "Middle" that opened the lightbox' }).toBe(true);
  });
});
