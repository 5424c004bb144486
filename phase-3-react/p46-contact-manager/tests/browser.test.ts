// p46's real-browser checks: web/ built with Vite (the shared schema built into it), served by the
// learner's own createApp({ webDist }), driven in Chromium. Skipped, with a note, without Chromium.
import { describe, expect } from 'vitest';
import { browserIt, openInBrowser } from '#testkit';
import { START, addContact, listContacts } from './helpers.js';

/** Which textbox has focus in the page: its accessible label, or what else it is. */
const focusedLabel = `(() => {
  const el = document.activeElement;
  if (!el) return '(nothing)';
  const label = el.labels && el.labels[0] ? el.labels[0].textContent : el.getAttribute('aria-label');
  return (label || '<' + el.tagName.toLowerCase() + '>').trim();
})()`;

describe('Task 4: Field errors, announced', () => {
  browserIt('in Chromium, with the keyboard alone: an invalid email moves focus to Email with its message; fixed, Enter adds the contact, still there after a reload', async () => {
    const { page, api } = await openInBrowser({ start: START });
    const name = page.getByRole('textbox', { name: /^\s*name\b/i });
    const email = page.getByRole('textbox', { name: /^\s*e-?mail\b/i });
    await name.waitFor();
    await name.focus();
    await page.keyboard.type('Ann Lee');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ann@');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => email.getAttribute('aria-invalid'), { message: 'aria-invalid of Email after submitting "ann@" with Enter' }).toBe('true');
    await expect.poll(() => page.evaluate(focusedLabel), { message: 'the label of the focused element after the invalid submit' }).toMatch(/^e-?mail\b/i);
    expect(await page.getByRole('alert').first().isVisible(), 'the error summary is shown').toBe(true);
    expect(await listContacts(api), 'contacts on the server after the invalid submit').toEqual([]);
    await page.keyboard.press('End');
    await page.keyboard.type('example.com');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Edit Ann Lee', exact: true }).waitFor();
    await expect.poll(async () => (await listContacts(api)).map((c) => c.email), { message: 'GET /api/contacts after fixing the email' }).toEqual(['ann@example.com']);
    await page.reload();
    await page.getByRole('button', { name: 'Edit Ann Lee', exact: true }).waitFor();
  });
});

describe('Task 5: The server\'s errors on their fields', () => {
  browserIt('in Chromium, a deep link opens the app, and an email taken in another case shows on the Email field', async () => {
    const { page, api } = await openInBrowser({ start: START, path: '/contacts/new' });
    await addContact(api, { name: 'Ann Lee', email: 'Ann@Example.com' });
    await page.reload();
    await page.getByRole('button', { name: 'Edit Ann Lee', exact: true }).waitFor();
    await page.getByRole('textbox', { name: /^\s*name\b/i }).fill('Ann Two');
    const email = page.getByRole('textbox', { name: /^\s*e-?mail\b/i });
    await email.fill('ann@example.com');
    await page.getByRole('button', { name: /add contact/i }).click();
    await expect.poll(() => email.getAttribute('aria-invalid'), { message: 'aria-invalid of Email after the API answered 409' }).toBe('true');
    const described = await email.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim(),
    );
    expect(described, 'the accessible description of Email after the 409').not.toBe('');
    expect((await listContacts(api)).length, 'contacts on the server').toBe(1);
  });
});
