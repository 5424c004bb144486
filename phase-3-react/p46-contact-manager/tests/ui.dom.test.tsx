// p46's DOM checks: the learner's <App /> in jsdom, its fetch reaching the real API. Elements are
// found only by the roles and accessible names of SPEC.md's accessibility contract.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, type HeldRequest, type UserEvent } from '#testkit';
import { addContact, listContacts, start } from './helpers.js';

const LIST = { method: 'GET', path: '/api/contacts' };
const ADD = { method: 'POST', path: '/api/contacts' };
const ONE = (method: string) => ({ method, path: /^\/api\/contacts\/\d+$/ });
const LABELS = { name: /^\s*name\b/i, email: /^\s*e-?mail\b/i, phone: /^\s*phone\b/i, notes: /^\s*notes\b/i };
type Field = keyof typeof LABELS;
const FIELDS: Field[] = ['name', 'email', 'phone', 'notes'];

async function newForm(): Promise<HTMLElement> {
  return screen.findByRole('form', { name: /new contact/i });
}

function box(field: Field, form?: HTMLElement): HTMLInputElement {
  return (form ? within(form) : screen).getByRole('textbox', { name: LABELS[field] }) as HTMLInputElement;
}

/** The text of the elements a field's aria-describedby names: its accessible description. */
function description(field: Field): string {
  const ids = (box(field).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
}

function invalid(field: Field): boolean {
  return box(field).getAttribute('aria-invalid') === 'true';
}

/** Every field's aria-invalid state, { name: true, email: false, ... }. */
function invalidFields(): Record<Field, boolean> {
  return Object.fromEntries(FIELDS.map((f) => [f, invalid(f)])) as Record<Field, boolean>;
}

function alertText(): string {
  return screen
    .queryAllByRole('alert')
    .map((a) => a.textContent ?? '')
    .join(' | ');
}

function focusedField(): string {
  const active = document.activeElement;
  const found = FIELDS.find((f) => screen.queryByRole('textbox', { name: LABELS[f] }) === active);
  return found ?? `(not a field of the form: <${active?.tagName.toLowerCase()}> "${active?.getAttribute('aria-label') ?? active?.textContent ?? ''}")`;
}

async function fill(user: UserEvent, values: Partial<Record<Field, string>>): Promise<void> {
  for (const field of FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    const input = box(field);
    await user.clear(input);
    if (value !== '') {
      await user.click(input);
      await user.paste(value);
    }
  }
}

async function contactList(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: /contacts/i });
}

function itemTexts(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

function itemOf(name: string): HTMLElement {
  const item = screen.getByRole('button', { name: `Edit ${name}` }).closest('li, [role="listitem"]');
  if (!item) throw new Error(`The button "Edit ${name}" is not inside a listitem of the list "Contacts".`);
  return item as HTMLElement;
}

describe('Task 3: List and add contacts on the page', () => {
  it('says Loading while the list is on its way, then one listitem per contact in the API\'s order, with name, email and Edit/Delete buttons', async () => {
    const { api } = await start();
    await addContact(api, { name: 'Carla Ruiz', email: 'carla@example.com' });
    await addContact(api, { name: 'ann Lee', email: 'ann@example.com', phone: '030-1234567' });
    await addContact(api, { name: 'Bob Stone', email: 'Bob@Example.com' });
    let held!: HeldRequest;
    await renderApp(api, { before: (network) => (held = network.hold(LIST)) });
    await held.arrived;
    expect((await screen.findByRole('status')).textContent ?? '', 'the status region while GET /api/contacts has not answered').toMatch(/loading/i);
    expect(screen.queryByRole('list', { name: /contacts/i }), 'no list before the contacts arrive').toBeNull();
    await held.release();
    const texts = itemTexts(await contactList());
    expect(texts.length, 'one listitem per contact').toBe(3);
    const order = texts.map((t) => (t.includes('ann Lee') ? 'ann Lee' : t.includes('Bob Stone') ? 'Bob Stone' : t.includes('Carla Ruiz') ? 'Carla Ruiz' : t));
    expect(order, 'the list in the order of GET /api/contacts (by name, ignoring case)').toEqual(['ann Lee', 'Bob Stone', 'Carla Ruiz']);
    expect(texts[1], 'the listitem of Bob Stone shows his email as text').toContain('Bob@Example.com');
    expect(within(itemOf('Bob Stone')).getByRole('button', { name: 'Delete Bob Stone' }), 'the button "Delete Bob Stone" in his listitem').toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent ?? '', 'the status region after the list arrived').not.toMatch(/loading/i));
    expect(screen.getByRole('heading', { level: 1, name: /contacts/i }), 'the heading "Contacts"').toBeTruthy();
  });

  it('an empty list says "No contacts" in the status region; a list that cannot load is announced in an alert', async () => {
    const { api } = await start();
    const first = await renderApp(api);
    await waitFor(() => expect(screen.getByRole('status').textContent ?? '', 'the status region with no contacts').toMatch(/no contacts/i));
    expect(screen.queryAllByRole('listitem'), 'listitems with no contacts').toEqual([]);
    first.unmount();
    await addContact(api, { name: 'Ann Lee', email: 'ann@example.com' });
    let held!: HeldRequest;
    await renderApp(api, { before: (network) => (held = network.hold(LIST)) });
    await held.arrived;
    await held.release({ status: 500, body: { error: { code: 'internal', message: 'The database is asleep.' } } });
    await waitFor(() => expect(alertText(), 'the alert after GET /api/contacts answered 500').not.toBe(''));
    await waitFor(() => expect(screen.getByRole('status').textContent ?? '', 'the status region no longer says Loading').not.toMatch(/loading/i));
  });

  it('names and emails are shown as text, never as HTML', async () => {
    const { api } = await start();
    const nasty = '<img src=x onerror="window.hacked=1"><b>Bold</b>';
    await addContact(api, { name: nasty, email: 'x@example.com' });
    await renderApp(api);
    expect(await screen.findByRole('button', { name: `Edit ${nasty}` }), 'a button named by the exact name, markup and all').toBeTruthy();
    expect(itemTexts(await contactList())[0], 'the listitem shows the characters').toContain(nasty);
    expect(screen.queryByRole('img'), 'an <img> made from a name').toBeNull();
    expect((window as unknown as { hacked?: number }).hacked, 'a script run from a name').toBeUndefined();
  });

  it('a valid contact typed into "New contact" and sent with "Add contact" (disabled meanwhile) shows in the list in order, the server has it, and the form is emptied', async () => {
    const { api } = await start();
    await addContact(api, { name: 'Bob Stone', email: 'bob@example.com' });
    const { user, network } = await renderApp(api);
    await screen.findByRole('button', { name: 'Edit Bob Stone' });
    const form = await newForm();
    await fill(user, { name: '  Ann Lee ', email: 'Ann@Example.com', phone: '+44 20 7946 0958', notes: 'Alto' });
    const held = network.hold(ADD);
    await user.click(within(form).getByRole('button', { name: /add contact/i }));
    await held.arrived;
    await waitFor(() => expect((screen.getByRole('button', { name: /add contact/i }) as HTMLButtonElement).disabled, '"Add contact" while POST /api/contacts has not answered').toBe(true));
    await held.release();
    await screen.findByRole('button', { name: 'Edit Ann Lee' });
    expect(itemTexts(await contactList()).map((t) => (t.includes('Ann Lee') ? 'Ann Lee' : 'Bob Stone')), 'the list after adding Ann Lee: before Bob Stone').toEqual(['Ann Lee', 'Bob Stone']);
    const saved = (await listContacts(api)).find((c) => c.name === 'Ann Lee');
    expect(saved && [saved.email, saved.phone, saved.notes], 'GET /api/contacts: the server has Ann Lee').toEqual(['Ann@Example.com', '+44 20 7946 0958', 'Alto']);
    await waitFor(() => expect(FIELDS.map((f) => box(f).value), 'the textboxes after adding').toEqual(['', '', '', '']));
    expect((screen.getByRole('button', { name: /add contact/i }) as HTMLButtonElement).disabled, '"Add contact" after the answer').toBe(false);
  });

  it('Enter in a textbox adds too', async () => {
    const { api } = await start();
    const { user } = await renderApp(api);
    await newForm();
    await fill(user, { name: 'Dan Moss' });
    await user.type(box('email'), 'dan@example.com{Enter}');
    expect(await screen.findByRole('button', { name: 'Edit Dan Moss' }), 'the contact added with Enter').toBeTruthy();
  });
});

describe('Task 4: Field errors, announced', () => {
  it('an empty submit sends nothing, marks Name and Email invalid with a message tied by aria-describedby, announces a summary and focuses Name', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    await newForm();
    const before = { name: description('name'), email: description('email') };
    await user.click(screen.getByRole('button', { name: /add contact/i }));
    await waitFor(() => expect(invalidFields(), 'aria-invalid="true" after submitting an empty form').toEqual({ name: true, email: true, phone: false, notes: false }));
    expect(network.sent(ADD), 'POST /api/contacts sent for an empty form').toEqual([]);
    const after = { name: description('name'), email: description('email') };
    expect(after.name !== before.name && after.name !== '', `the accessible description of Name (aria-describedby) gets its message: before "${before.name}", after "${after.name}"`).toBe(true);
    expect(after.email !== before.email && after.email !== '', `the accessible description of Email gets its message: before "${before.email}", after "${after.email}"`).toBe(true);
    await waitFor(() => expect(focusedField(), 'focus after an invalid submit: the first field with a problem').toBe('name'));
    const summary = alertText();
    expect(summary, 'the error summary (role="alert") names Name').toMatch(/name/i);
    expect(summary, 'the error summary (role="alert") names Email').toMatch(/e-?mail/i);
  });

  it('focus goes to the first field with a problem in the form\'s order (Email before Phone), and valid fields stay unmarked', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    await newForm();
    await fill(user, { name: 'Ann Lee', email: 'ann@', phone: '12345' });
    await user.click(screen.getByRole('button', { name: /add contact/i }));
    await waitFor(() => expect(invalidFields(), 'aria-invalid after name "Ann Lee", email "ann@", phone "12345"').toEqual({ name: false, email: true, phone: true, notes: false }));
    await waitFor(() => expect(focusedField(), 'focus: Email, the first field with a problem').toBe('email'));
    expect(description('phone'), 'the accessible description of Phone').not.toBe('');
    expect(alertText(), 'the summary names Phone').toMatch(/phone/i);
    expect(network.sent(ADD), 'POST /api/contacts sent').toEqual([]);
    expect([box('name').value, box('email').value, box('phone').value], 'the textboxes keep what was typed').toEqual(['Ann Lee', 'ann@', '12345']);
  });

  it('the form refuses what the API refuses, and accepts what it accepts (the same rules): nothing is sent for any refused value', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    await newForm();
    const refused: Array<[Field, Partial<Record<Field, string>>]> = [
      ['name', { name: '   ', email: 'ann@example.com', phone: '' }],
      ['name', { name: 'x'.repeat(101) }],
      ['email', { name: 'Ann', email: 'ann lee@example.com' }],
      ['email', { email: 'ann@@example.com' }],
      ['email', { email: `${'a'.repeat(250)}@example.com` }],
      ['phone', { email: 'ann@example.com', phone: '44+1234567' }],
      ['phone', { phone: '1234567890123456' }],
      ['notes', { phone: '', notes: 'n'.repeat(1001) }],
    ];
    for (const [field, values] of refused) {
      await fill(user, values);
      await user.click(screen.getByRole('button', { name: /add contact/i }));
      const shown = FIELDS.map((f) => `${f}="${box(f).value.length > 30 ? `${box(f).value.slice(0, 12)}… (${box(f).value.length} characters)` : box(f).value}"`).join(', ');
      await waitFor(() => expect(FIELDS.filter((f) => invalid(f)), `aria-invalid after submitting ${shown}`).toEqual([field]));
    }
    expect(network.sent(ADD), 'POST /api/contacts sent for refused values').toEqual([]);
    await fill(user, { name: ' Ann Lee ', email: ' Ann@Example.com ', phone: ' +44 20-7946 0958 ', notes: 'n'.repeat(1000) });
    await user.click(screen.getByRole('button', { name: /add contact/i }));
    expect(await screen.findByRole('button', { name: 'Edit Ann Lee' }), 'a contact with spaces to trim, a "+44 20-7946 0958" phone and 1000 characters of notes is accepted').toBeTruthy();
    expect(network.sent(ADD).length, 'POST /api/contacts sent for the valid contact').toBe(1);
  });

  it('a later submit checks again: fixed fields lose their error, and once valid the contact is sent and the summary goes away', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    await newForm();
    await user.click(screen.getByRole('button', { name: /add contact/i }));
    await waitFor(() => expect(invalid('name'), 'Name after an empty submit').toBe(true));
    const nameError = description('name');
    await fill(user, { name: 'Ann Lee' });
    await user.click(screen.getByRole('button', { name: /add contact/i }));
    await waitFor(() => expect(invalidFields(), 'aria-invalid after fixing Name and submitting again').toEqual({ name: false, email: true, phone: false, notes: false }));
    expect(description('name').includes(nameError), `the accessible description of Name still holds "${nameError}" after it was fixed`).toBe(false);
    await waitFor(() => expect(focusedField(), 'focus after the second submit').toBe('email'));
    await fill(user, { email: 'ann@example.com' });
    await user.click(screen.getByRole('button', { name: /add contact/i }));
    await screen.findByRole('button', { name: 'Edit Ann Lee' });
    await waitFor(() => expect(alertText(), 'alerts once the contact is saved').toBe(''));
    expect(network.sent(ADD).length, 'POST /api/contacts sent once, for the valid form').toBe(1);
    expect(invalidFields(), 'aria-invalid once saved').toEqual({ name: false, email: false, phone: false, notes: false });
  });
});

describe('Task 5: The server\'s errors on their fields', () => {
  it('a duplicate email (another case) is sent, and the API\'s 409 shows on the Email field: aria-invalid, its message in the description, focus, summary', async () => {
    const { api } = await start();
    await addContact(api, { name: 'Ann Lee', email: 'Ann@Example.com' });
    const probe = await api.post('/api/contacts', { json: { name: 'Ann Again', email: 'ann@EXAMPLE.com' } });
    const message = String((probe.json as { error: { details: Array<{ message: string }> } }).error.details?.[0]?.message ?? '');
    const { user, network } = await renderApp(api);
    await screen.findByRole('button', { name: 'Edit Ann Lee' });
    await fill(user, { name: 'Ann Again', email: 'ann@EXAMPLE.com' });
    await user.click(screen.getByRole('button', { name: /add contact/i }));
    await waitFor(() => expect(invalidFields(), 'aria-invalid after the API answered 409 email_taken').toEqual({ name: false, email: true, phone: false, notes: false }));
    expect(network.sent(ADD).length, 'POST /api/contacts sent (only the server knows the email is taken)').toBe(1);
    expect(description('email'), 'the accessible description of Email holds the message of the email problem in error.details').toContain(message);
    await waitFor(() => expect(focusedField(), 'focus after the 409').toBe('email'));
    expect(alertText(), 'the summary names Email').toMatch(/e-?mail/i);
    expect([box('name').value, box('email').value], 'the textboxes keep what was typed').toEqual(['Ann Again', 'ann@EXAMPLE.com']);
    expect((await listContacts(api)).length, 'contacts on the server').toBe(1);
  });

  it('a 400 validation_failed from the server puts each problem on its field, focusing the first in the form\'s order', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    await newForm();
    network.answer(ADD, 400, {
      error: {
        code: 'validation_failed',
        message: 'Some fields need fixing (server 11).',
        details: [
          { field: 'phone', message: 'That exchange does not exist (server 12).' },
          { field: 'name', message: 'That name is reserved (server 13).' },
        ],
      },
    });
    await fill(user, { name: 'Admin', email: 'admin@example.com', phone: '555-0000000' });
    await user.click(screen.getByRole('button', { name: /add contact/i }));
    await waitFor(() => expect(invalidFields(), 'aria-invalid after the server named phone and name').toEqual({ name: true, email: false, phone: true, notes: false }));
    expect(description('phone'), 'the accessible description of Phone').toContain('server 12');
    expect(description('name'), 'the accessible description of Name').toContain('server 13');
    await waitFor(() => expect(focusedField(), 'focus: Name comes before Phone in the form').toBe('name'));
    expect(alertText(), 'the summary names both').toMatch(/name[\s\S]*phone|phone[\s\S]*name/i);
  });

  it('an answer without details (500) or a failed network shows an alert and marks no field; the textboxes keep the text', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    await newForm();
    network.answer(ADD, 500, { error: { code: 'internal', message: 'The disk is full (server 21).' } });
    await fill(user, { name: 'Ann Lee', email: 'ann@example.com' });
    await user.click(screen.getByRole('button', { name: /add contact/i }));
    await waitFor(() => expect(alertText(), 'the alert after a 500').toContain('server 21'));
    expect(invalidFields(), 'aria-invalid after a 500').toEqual({ name: false, email: false, phone: false, notes: false });
    expect([box('name').value, box('email').value], 'the textboxes after a 500').toEqual(['Ann Lee', 'ann@example.com']);
    network.offline(ADD);
    await user.click(screen.getByRole('button', { name: /add contact/i }));
    await waitFor(() => expect(network.sent(ADD).length, 'the second POST').toBe(2));
    await waitFor(() => expect(alertText(), 'the alert when the network is down').not.toBe(''));
    expect([box('name').value, box('email').value], 'the textboxes after a network failure').toEqual(['Ann Lee', 'ann@example.com']);
    expect(screen.queryByRole('button', { name: 'Edit Ann Lee' }), 'no contact shown').toBeNull();
  });
});

describe('Task 6: Edit and delete', () => {
  it('"Edit <name>" fills a form "Edit contact"; "Save changes" sends PUT and the list shows the new values; the form is "New contact" again', async () => {
    const { api } = await start();
    const ann = await addContact(api, { name: 'Ann Lee', email: 'ann@example.com', phone: '030-1234567', notes: 'Alto' });
    await addContact(api, { name: 'Bob Stone', email: 'bob@example.com' });
    const { user, network } = await renderApp(api);
    await user.click(await screen.findByRole('button', { name: 'Edit Ann Lee' }));
    const form = await screen.findByRole('form', { name: /edit contact/i });
    expect(FIELDS.map((f) => box(f, form).value), 'the textboxes of "Edit contact"').toEqual(['Ann Lee', 'ann@example.com', '030-1234567', 'Alto']);
    await fill(user, { email: 'ann@work.example', phone: '' });
    await user.click(within(form).getByRole('button', { name: /save changes/i }));
    await waitFor(() => expect(network.sent(ONE('PUT')).map((r) => r.path), 'PUT requests').toEqual([`/api/contacts/${ann.id}`]));
    await newForm();
    await waitFor(() => expect(itemOf('Ann Lee').textContent ?? '', 'the listitem of Ann Lee after saving').toContain('ann@work.example'));
    const saved = (await listContacts(api)).find((c) => c.id === ann.id);
    expect(saved && [saved.name, saved.email, saved.phone, saved.notes], 'the server has the new values').toEqual(['Ann Lee', 'ann@work.example', null, 'Alto']);
    expect(FIELDS.map((f) => box(f).value), 'the "New contact" form after saving').toEqual(['', '', '', '']);
  });

  it('while editing, bad input sends nothing and another contact\'s email shows on the Email field', async () => {
    const { api } = await start();
    await addContact(api, { name: 'Ann Lee', email: 'ann@example.com' });
    await addContact(api, { name: 'Bob Stone', email: 'Bob@Example.com' });
    const { user, network } = await renderApp(api);
    await user.click(await screen.findByRole('button', { name: 'Edit Ann Lee' }));
    await screen.findByRole('form', { name: /edit contact/i });
    await fill(user, { name: '  ' });
    await user.click(screen.getByRole('button', { name: /save changes/i }));
    await waitFor(() => expect(invalidFields(), 'aria-invalid after a blank name in "Edit contact"').toEqual({ name: true, email: false, phone: false, notes: false }));
    expect(network.sent(ONE('PUT')), 'PUT requests for a blank name').toEqual([]);
    await fill(user, { name: 'Ann Lee', email: 'bob@example.com' });
    await user.click(screen.getByRole('button', { name: /save changes/i }));
    await waitFor(() => expect(invalidFields(), 'aria-invalid after the API answered 409 to Bob\'s email').toEqual({ name: false, email: true, phone: false, notes: false }));
    expect(description('email'), 'the accessible description of Email').not.toBe('');
    await waitFor(() => expect(focusedField(), 'focus after the 409').toBe('email'));
    expect(screen.getByRole('form', { name: /edit contact/i }), 'still editing').toBeTruthy();
    expect((await listContacts(api)).map((c) => c.email), 'the server after the refused PUT').toEqual(['ann@example.com', 'Bob@Example.com']);
  });

  it('"Cancel" goes back to an empty "New contact" form and sends nothing', async () => {
    const { api } = await start();
    await addContact(api, { name: 'Ann Lee', email: 'ann@example.com' });
    const { user, network } = await renderApp(api);
    await user.click(await screen.findByRole('button', { name: 'Edit Ann Lee' }));
    await screen.findByRole('form', { name: /edit contact/i });
    await fill(user, { name: 'Ann Changed' });
    await user.click(screen.getByRole('button', { name: /cancel/i }));
    await newForm();
    expect(FIELDS.map((f) => box(f).value), 'the "New contact" form after Cancel').toEqual(['', '', '', '']);
    expect(network.sent(ONE('PUT')), 'PUT requests after Cancel').toEqual([]);
    expect(screen.getByRole('button', { name: 'Edit Ann Lee' }), 'the contact keeps its name').toBeTruthy();
  });

  it('"Delete <name>" sends DELETE and the contact leaves the list; a refused delete keeps it and says so in an alert', async () => {
    const { api } = await start();
    const ann = await addContact(api, { name: 'Ann Lee', email: 'ann@example.com' });
    await addContact(api, { name: 'Bob Stone', email: 'bob@example.com' });
    const { user, network } = await renderApp(api);
    await screen.findByRole('button', { name: 'Edit Bob Stone' });
    const held = network.hold(ONE('DELETE'));
    await user.click(within(itemOf('Bob Stone')).getByRole('button', { name: 'Delete Bob Stone' }));
    await held.arrived;
    await held.release({ status: 500, body: { error: { code: 'internal', message: 'Could not delete (server 41).' } } });
    await waitFor(() => expect(alertText(), 'the alert after a refused delete').toContain('server 41'));
    expect(screen.getByRole('button', { name: 'Edit Bob Stone' }), 'Bob Stone after a refused delete').toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete Ann Lee' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit Ann Lee' }), 'Ann Lee after the delete').toBeNull());
    expect(network.sent(ONE('DELETE')).map((r) => r.path), 'DELETE requests').toEqual([expect.stringMatching(/\d+$/), `/api/contacts/${ann.id}`]);
    expect((await listContacts(api)).map((c) => c.name), 'GET /api/contacts after the delete').toEqual(['Bob Stone']);
  });
});
