// p41's real-browser checks: web/ built with Vite, served by the learner's own createApp({ webDist }),
// driven in Chromium. Skipped, with a note, on a machine without Chromium.
import { describe, expect } from 'vitest';
import { browserIt, openInBrowser } from '#testkit';
import { START, addTodo, listTodos } from './helpers.js';

describe('Task 6: Ship it: the API serves the app', () => {
  browserIt('in Chromium, todos added and ticked through the built app are still there after a reload', async () => {
    const { page, api } = await openInBrowser({ start: START });
    const textbox = page.getByRole('textbox', { name: /new todo/i });
    for (const title of ['Buy milk', 'Call Mum']) {
      await textbox.fill(title);
      await page.getByRole('button', { name: /add todo/i }).click();
      await page.getByRole('checkbox', { name: title, exact: true }).waitFor();
    }
    await page.getByRole('checkbox', { name: 'Call Mum', exact: true }).check();
    await expect.poll(async () => (await listTodos(api)).map((t) => [t.title, t.done]), { message: 'GET /api/todos after adding two todos and ticking one in the browser' }).toEqual([
      ['Buy milk', false],
      ['Call Mum', true],
    ]);
    await page.reload();
    await page.getByRole('checkbox', { name: 'Call Mum', exact: true }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Call Mum', exact: true }).isChecked(), '"Call Mum" after a reload').toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Buy milk', exact: true }).isChecked(), '"Buy milk" after a reload').toBe(false);
  });

  browserIt('the keyboard alone adds and ticks a todo (Tab, typing, Enter, Space)', async () => {
    const { page, api } = await openInBrowser({ start: START });
    await page.getByRole('heading', { name: /todos/i }).waitFor();
    // From the top of the page, Tab reaches the textbox before anything else that takes focus.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Water the plants');
    await page.keyboard.press('Enter');
    const box = page.getByRole('checkbox', { name: 'Water the plants', exact: true });
    await box.waitFor();
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await listTodos(api))[0]?.done, { message: 'the todo ticked with Space, on the server' }).toBe(true);
  });

  browserIt('a deep link is served the app (history fallback), with the todos the API holds', async () => {
    const started = await openInBrowser({ start: START, path: '/some/deep/link' });
    await addTodo(started.api, 'Seeded before the reload');
    await started.page.reload();
    await started.page.getByRole('checkbox', { name: 'Seeded before the reload', exact: true }).waitFor();
    expect(await started.page.getByRole('heading', { level: 1 }).textContent(), 'the heading at /some/deep/link').toMatch(/todos/i);
  });
});
