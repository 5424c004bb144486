// p50's real-browser checks: web/ built with Vite, served by the learner's own createApp({ webDist }),
// driven in Chromium, whose own EventSource talks to the API. Skipped, with a note, on a machine
// without Chromium.
import { describe, expect } from 'vitest';
import { browserIt, openInBrowser } from '#testkit';
import { START, createRoom, getRoom, page as historyPage, post } from './helpers.js';

describe('Task 6: Reconnect on the page', () => {
  browserIt('in Chromium, a message sent in one tab appears in another without a reload, and a reload shows it again', async () => {
    const { page, context, api } = await openInBrowser({ start: START });
    const room = await createRoom(api, 'Makerspace');
    await post(api, room.id, 'Welcome!', 'Mira');
    await page.goto(`/rooms/${room.id}`);
    const other = await context.newPage();
    await other.goto(`/rooms/${room.id}`);
    for (const tab of [page, other]) {
      await tab.getByRole('heading', { level: 1, name: 'Makerspace' }).waitFor();
      await tab.getByRole('status').filter({ hasText: /\bconnected\b/i }).waitFor();
    }
    await expect.poll(async () => (await getRoom(api, room.id)).listeners, { message: 'GET /api/rooms/:id listeners with two tabs open', timeout: 10_000 }).toBe(2);
    await page.getByRole('textbox', { name: /your name/i }).fill('Ann');
    await page.getByRole('textbox', { name: /^message$/i }).fill('Who has the laser cutter key?');
    await page.getByRole('button', { name: /send/i }).click();
    const log = other.getByRole('log', { name: /messages/i });
    await log.getByRole('listitem').filter({ hasText: 'Who has the laser cutter key?' }).waitFor();
    expect(await log.getByRole('listitem').allTextContents(), 'the other tab\'s log, without a reload').toEqual([expect.stringContaining('Welcome!'), expect.stringContaining('Who has the laser cutter key?')]);
    expect((await historyPage(api, room.id, '')).items.map((m) => m.text), 'GET /api/rooms/:id/messages: the server has it').toEqual(['Welcome!', 'Who has the laser cutter key?']);
    await other.reload();
    await log.getByRole('listitem').filter({ hasText: 'Who has the laser cutter key?' }).waitFor();
    expect(await log.getByRole('listitem').count(), 'listitems after a reload').toBe(2);
    await other.close();
    await expect.poll(async () => (await getRoom(api, room.id)).listeners, { message: 'GET /api/rooms/:id listeners after one tab closed', timeout: 10_000 }).toBe(1);
  }, 60_000);
});
