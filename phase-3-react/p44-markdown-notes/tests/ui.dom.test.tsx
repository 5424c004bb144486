// p44's DOM checks: the learner's <App /> in jsdom, its fetch reaching the real API. Elements are
// found only by the roles and accessible names of SPEC.md's accessibility contract. The autosave
// checks run the page on fake timers: its 800 ms pass when the check says so, at once.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eventually, renderApp, type HeldRequest, type RenderedApp, type TestServer } from '#testkit';
import { SAVE_DELAY_MS, addNote, getNote, isSaved, listNotes, saveElsewhere, start, statusText, textbox, unsafeParts, type NoteJson } from './helpers.js';

const LIST = { method: 'GET', path: '/api/notes' };
const CREATE = { method: 'POST', path: '/api/notes' };
const SAVE = { method: 'PUT', path: /^\/api\/notes\/\d+$/ };
const PREVIEW = { method: 'POST', path: '/api/preview' };

function sentSaves(page: RenderedApp): Array<{ path: string; body: Record<string, unknown> }> {
  return page.network.sent(SAVE).map((r) => ({ path: r.path, body: JSON.parse(r.body ?? '{}') as Record<string, unknown> }));
}

function previewRegion(): HTMLElement {
  return screen.getByRole('region', { name: /^\s*preview\s*$/i });
}

/** The button of a note in the list "Notes". */
function noteButton(name: string): HTMLElement {
  return within(screen.getByRole('list', { name: /^\s*notes\s*$/i })).getByRole('button', { name });
}

/** Renders the page with real timers and opens the note named `title`. */
async function openWithRealTimers(api: TestServer, title: string): Promise<RenderedApp> {
  const page = await renderApp(api);
  await page.user.click(await waitFor(() => noteButton(title)));
  await waitFor(() => expect(textbox('Title').value, `the textbox "Title" after opening "${title}"`).toBe(title));
  return page;
}

/** Renders the page on fake timers and opens `note`; waits until it is shown and "Saved". */
async function openWithFakeTimers(api: TestServer, note: NoteJson): Promise<RenderedApp> {
  const page = await renderApp(api, { fakeTimers: true });
  const button = await eventually(() => noteButton(note.title));
  await page.user.click(button);
  await eventually(() => {
    expect(textbox('Body').value, `the textbox "Body" after opening "${note.title}"`).toBe(note.body);
    expect(isSaved(statusText()), `the status after opening "${note.title}" says "Saved", got "${statusText()}"`).toBe(true);
  });
  return page;
}

describe('Task 4: List, open and preview notes', () => {
  it('says it is loading, then lists the notes in the API\'s order as buttons named by their titles, a blank title as "Untitled"', async () => {
    const { api, clock } = await start();
    await addNote(api, 'Recipes');
    clock.advance(1_000);
    await addNote(api, '   ');
    clock.advance(1_000);
    await addNote(api, 'Trip to Oslo');
    let held!: HeldRequest;
    await renderApp(api, { before: (network) => (held = network.hold(LIST)) });
    await held.arrived;
    expect((await screen.findByRole('status')).textContent ?? '', 'the status while GET /api/notes has not answered').toMatch(/loading/i);
    await held.release();
    const list = await screen.findByRole('list', { name: /^\s*notes\s*$/i });
    const items = await within(list).findAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('button').textContent?.trim()), 'the list "Notes": one listitem per note, most recently saved first, with its button').toEqual(['Trip to Oslo', 'Untitled', 'Recipes']);
    expect(within(list).getByRole('button', { name: 'Trip to Oslo' }), 'the button "Trip to Oslo"').toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent ?? '', 'the status once the list arrived').not.toMatch(/loading/i));
    expect(screen.getByRole('heading', { level: 1, name: /notes/i }), 'the heading "Notes"').toBeTruthy();
  });

  it('with no notes the status says "No notes" and no note is listed', async () => {
    const { api } = await start();
    await renderApp(api);
    await waitFor(() => expect(screen.getByRole('status').textContent ?? '', 'the status with no notes').toMatch(/no notes/i));
    expect(screen.queryAllByRole('listitem'), 'list items with no notes').toEqual([]);
  });

  it('a list that cannot be loaded is announced in an alert', async () => {
    const { api } = await start();
    await addNote(api, 'Unseen');
    await renderApp(api, { before: (network) => network.answer(LIST, 500, { error: { code: 'internal', message: 'The disk is asleep.' } }) });
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert after GET /api/notes answered 500').not.toBe('');
    await waitFor(() => expect(screen.getByRole('status').textContent ?? '', 'the status no longer says loading').not.toMatch(/loading/i));
  });

  it('titles are text, never HTML', async () => {
    const { api } = await start();
    const nasty = '<img src=x onerror="window.hacked=1"><b>Bold</b>';
    await addNote(api, nasty);
    await renderApp(api);
    expect(await screen.findByRole('button', { name: nasty }), 'a button named by the exact title, markup and all').toBeTruthy();
    expect(screen.queryByRole('img'), 'an <img> made from a title').toBeNull();
  });

  it('pressing a note opens it: textboxes "Title" and "Body" hold it, the status says "Saved", the region "Preview" shows the rendered Markdown', async () => {
    const { api } = await start();
    await addNote(api, 'Other', 'not this one');
    await addNote(api, 'Shopping', '# Groceries\n\n- milk\n- eggs\n\nFrom [the shop](https://shop.example/).');
    const page = await openWithRealTimers(api, 'Shopping');
    expect(textbox('Body').value, 'the textbox "Body"').toBe('# Groceries\n\n- milk\n- eggs\n\nFrom [the shop](https://shop.example/).');
    expect(page.network.sent(PREVIEW).map((r) => JSON.parse(r.body ?? '{}') as unknown), 'POST /api/preview when the note opens').toContainEqual({ body: '# Groceries\n\n- milk\n- eggs\n\nFrom [the shop](https://shop.example/).' });
    const region = await waitFor(() => previewRegion());
    expect(await within(region).findByRole('heading', { name: 'Groceries' }), 'the heading "Groceries" in the preview').toBeTruthy();
    expect(within(region).getAllByRole('listitem').map((li) => li.textContent), 'the list in the preview').toEqual(['milk', 'eggs']);
    expect(within(region).getByRole('link', { name: 'the shop' }).getAttribute('href'), 'the link in the preview').toBe('https://shop.example/');
    expect(isSaved(screen.getByRole('status').textContent ?? ''), `the status of a note just opened says "Saved", got "${screen.getByRole('status').textContent}"`).toBe(true);
  });

  it('the preview shows the API\'s sanitised HTML: code in a note never reaches the page', async () => {
    const { api } = await start();
    const body = '## Safe heading\n\n<img src=x onerror="window.hacked=1"> <script>window.hacked=2</script>\n\n[click me](javascript:window.hacked=3) <a href="https://example.com/" onclick="window.hacked=4">ok</a>\n\n<iframe src="https://evil.example/"></iframe><svg onload="window.hacked=5"></svg>';
    await addNote(api, 'Pasted', body);
    await openWithRealTimers(api, 'Pasted');
    const region = previewRegion();
    expect(await within(region).findByRole('heading', { name: 'Safe heading' }), 'the heading in the preview').toBeTruthy();
    expect(unsafeParts(region), 'what the preview region holds beyond the allow-list of Task 3 (the HTML must be the API\'s answer)').toEqual([]);
    expect(within(region).getByText('click me'), 'the text of the javascript: link stays').toBeTruthy();
    expect((window as unknown as { hacked?: number }).hacked, 'code run from a note').toBeUndefined();
  });

  it('"New note" creates a note, lists it as "Untitled" and opens it', async () => {
    const { api } = await start();
    await addNote(api, 'Existing');
    const { user, network } = await renderApp(api);
    await screen.findByRole('button', { name: 'Existing' });
    await user.click(screen.getByRole('button', { name: /^\s*new note\s*$/i }));
    await waitFor(() => expect(network.sent(CREATE).length, 'POST /api/notes after "New note"').toBe(1));
    await waitFor(async () => expect((await listNotes(api)).length, 'GET /api/notes: the server has the new note').toBe(2));
    const created = (await listNotes(api)).find((n) => n.title !== 'Existing')!;
    await waitFor(() => expect(textbox('Title').value, 'the textbox "Title" of the new note').toBe(created.title));
    expect(textbox('Body').value, 'the textbox "Body" of the new note').toBe(created.body);
    const name = created.title.trim() === '' ? 'Untitled' : created.title;
    expect(noteButton(name), `the new note in the list as "${name}"`).toBeTruthy();
  });
});

describe('Task 5: Autosave after a pause', () => {
  it('typing says "Unsaved changes" at once, and sends ONE save 800 ms after the last key, with the whole text and the version', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Diary', 'Day one.');
    const page = await openWithFakeTimers(api, note);
    await page.user.type(textbox('Body'), ' Rain all day');
    expect(statusText(), 'the status right after typing').toMatch(/unsaved/i);
    await page.advance(SAVE_DELAY_MS - 100);
    expect(sentSaves(page), `PUT requests 700 ms after the last key (the page waits ${SAVE_DELAY_MS} ms)`).toEqual([]);
    await page.advance(100);
    await eventually(() => expect(sentSaves(page).length, `PUT requests ${SAVE_DELAY_MS} ms after the last key`).toBe(1));
    expect(sentSaves(page)[0], 'the one PUT: the whole text, the version the note was opened at').toEqual({ path: `/api/notes/${note.id}`, body: { title: 'Diary', body: 'Day one. Rain all day', version: 1 } });
    await eventually(() => expect(isSaved(statusText()), `the status after the save's answer says "Saved", got "${statusText()}"`).toBe(true));
    expect(await getNote(api, note.id), 'GET: the server has the text at version 2').toMatchObject({ body: 'Day one. Rain all day', version: 2 });
    expect(sentSaves(page).length, 'PUT requests in all').toBe(1);
  });

  it('each keystroke starts the wait again: two bursts 500 ms apart are one save', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Ideas', '');
    const page = await openWithFakeTimers(api, note);
    await page.user.type(textbox('Body'), 'first');
    await page.advance(500);
    await page.user.type(textbox('Body'), ' second');
    await page.advance(500);
    expect(sentSaves(page), 'PUT requests 500 ms after the second burst (1,000 ms after the first)').toEqual([]);
    expect(statusText(), 'the status while waiting').toMatch(/unsaved/i);
    await page.advance(300);
    await eventually(() => expect(sentSaves(page).map((s) => s.body.body), 'the PUT requests 800 ms after the last key').toEqual(['first second']));
  });

  it('the title autosaves too, and the list shows the saved title', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Draft', 'text');
    const page = await openWithFakeTimers(api, note);
    await page.user.clear(textbox('Title'));
    await page.user.type(textbox('Title'), 'Final plan');
    await page.advance(SAVE_DELAY_MS);
    await eventually(() => expect(sentSaves(page).map((s) => s.body), 'the PUT requests after editing the title').toEqual([{ title: 'Final plan', body: 'text', version: 1 }]));
    await eventually(() => expect(noteButton('Final plan'), 'the list after the save').toBeTruthy());
  });

  it('the status says "Saving…" while the save is on its way', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Slow', 'a');
    const page = await openWithFakeTimers(api, note);
    await page.user.type(textbox('Body'), 'b');
    const held = page.network.hold(SAVE);
    await page.advance(SAVE_DELAY_MS);
    await held.arrived;
    await eventually(() => expect(statusText(), 'the status while PUT has not answered').toMatch(/saving/i));
    await held.release();
    await eventually(() => expect(isSaved(statusText()), `the status after the answer says "Saved", got "${statusText()}"`).toBe(true));
  });

  it('the next save sends the version of the last answer: three pauses, three saves, no conflict', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Log', '');
    const page = await openWithFakeTimers(api, note);
    for (const [i, word] of ['one', ' two', ' three'].entries()) {
      await page.user.type(textbox('Body'), word);
      await page.advance(SAVE_DELAY_MS);
      await eventually(() => expect(isSaved(statusText()), `the status after save ${i + 1} says "Saved", got "${statusText()}"`).toBe(true));
    }
    expect(sentSaves(page).map((s) => s.body.version), 'the versions the three PUTs sent').toEqual([1, 2, 3]);
    expect(await getNote(api, note.id), 'GET: the note after three saves').toMatchObject({ body: 'one two three', version: 4 });
    expect(screen.queryByRole('alert'), 'an alert after three saves').toBeNull();
  });

  it('a change typed while a save is on its way is saved after its answer, never at the same time, with the new version', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Busy', '');
    const page = await openWithFakeTimers(api, note);
    await page.user.type(textbox('Body'), 'first');
    const held = page.network.hold(SAVE);
    await page.advance(SAVE_DELAY_MS);
    await held.arrived;
    await page.user.type(textbox('Body'), ' more');
    await page.advance(SAVE_DELAY_MS);
    expect(sentSaves(page).length, 'PUT requests while the first save has not answered').toBe(1);
    await held.release();
    // The first answer reaches the page; then the second save may go at once, or 800 ms later.
    await eventually(() => expect(sentSaves(page).length === 2 || !/saving/i.test(statusText()), 'the first save\'s answer reached the page').toBe(true));
    await page.advance(SAVE_DELAY_MS);
    await eventually(() => expect(sentSaves(page).map((s) => s.body), 'the two PUTs, one after the other').toEqual([
      { title: 'Busy', body: 'first', version: 1 },
      { title: 'Busy', body: 'first more', version: 2 },
    ]));
    await eventually(() => expect(isSaved(statusText()), `the status at the end says "Saved", got "${statusText()}"`).toBe(true));
    expect(await getNote(api, note.id), 'GET: the note').toMatchObject({ body: 'first more', version: 3 });
  });

  it('the preview follows the body after the pause', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Doc', 'plain');
    const page = await openWithFakeTimers(api, note);
    await eventually(() => expect(previewRegion().textContent, 'the preview of "plain"').toContain('plain'));
    await page.user.clear(textbox('Body'));
    await page.user.type(textbox('Body'), '## Done');
    await page.advance(SAVE_DELAY_MS);
    await eventually(() => expect(within(previewRegion()).getByRole('heading', { name: 'Done' }), 'the heading "Done" in the preview').toBeTruthy());
    expect(page.network.sent(PREVIEW).length, 'POST /api/preview requests: one when opened, one after the pause (one per key would be a flood)').toBeLessThanOrEqual(3);
  });

  it('a save the server refuses keeps the text, says "Unsaved changes" and shows the API\'s message; the next pause saves again', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Fragile', 'x');
    const page = await openWithFakeTimers(api, note);
    page.network.answer(SAVE, 500, { error: { code: 'internal', message: 'The disk is full (server 55).' } });
    await page.user.type(textbox('Body'), 'y');
    await page.advance(SAVE_DELAY_MS);
    await eventually(() => expect(screen.getByRole('alert').textContent ?? '', 'the alert after PUT answered 500').toContain('server 55'));
    expect(statusText(), 'the status after a failed save').toMatch(/unsaved/i);
    expect(textbox('Body').value, 'the textbox "Body" keeps the text').toBe('xy');
    await page.user.type(textbox('Body'), 'z');
    await page.advance(SAVE_DELAY_MS);
    await eventually(() => expect(isSaved(statusText()), `the status after the next save says "Saved", got "${statusText()}"`).toBe(true));
    expect(await getNote(api, note.id), 'GET: the note').toMatchObject({ body: 'xyz', version: 2 });
  });

  it('a save without network says "Unsaved changes" and shows an alert', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Train', 'x');
    const page = await openWithFakeTimers(api, note);
    page.network.offline(SAVE);
    await page.user.type(textbox('Body'), 'y');
    await page.advance(SAVE_DELAY_MS);
    await eventually(() => expect(screen.getByRole('alert').textContent ?? '', 'the alert when the network is down').not.toBe(''));
    expect(statusText(), 'the status after a save that never reached the server').toMatch(/unsaved/i);
  });

  it('opening another note with unsaved changes saves them at once, then opens it', async () => {
    const { api } = await start();
    const first = await addNote(api, 'First', 'one');
    await addNote(api, 'Second', 'two');
    const page = await openWithFakeTimers(api, first);
    await page.user.type(textbox('Body'), ' more');
    expect(sentSaves(page), 'PUT requests before the pause is over').toEqual([]);
    await page.user.click(noteButton('Second'));
    await eventually(() => expect(sentSaves(page).map((s) => s.body), 'the PUT sent at once when "Second" was pressed (no time passed)').toEqual([{ title: 'First', body: 'one more', version: 1 }]));
    await eventually(() => expect(textbox('Title').value, 'the textbox "Title" once the save answered').toBe('Second'));
    expect(await getNote(api, first.id), 'GET: the first note').toMatchObject({ body: 'one more', version: 2 });
    await page.advance(SAVE_DELAY_MS * 2);
    expect(sentSaves(page).length, 'PUT requests in all').toBe(1);
  });
});

describe('Task 6: Resolve conflicts', () => {
  /** Opens `note`, lets someone else save it, types `typed` and waits for the 409's alert. */
  async function conflict(api: TestServer, note: NoteJson, theirs: string, typed: string): Promise<{ page: RenderedApp; alert: HTMLElement; current: NoteJson }> {
    const page = await openWithFakeTimers(api, note);
    const current = await saveElsewhere(api, note.id, { body: theirs });
    await page.user.type(textbox('Body'), typed);
    await page.advance(SAVE_DELAY_MS);
    const alert = await eventually(() => {
      const found = screen.getByRole('alert');
      within(found).getByRole('button', { name: /keep mine/i });
      return found;
    });
    return { page, alert, current };
  }

  it('a 409 shows an alert with "Keep mine" and "Use theirs"; the text stays and the status says "Unsaved changes"', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Shared', 'start');
    const { page, alert } = await conflict(api, note, 'start, from the phone', ' from the laptop');
    expect(within(alert).getByRole('button', { name: /use theirs/i }), 'the button "Use theirs" in the alert').toBeTruthy();
    expect(textbox('Body').value, 'the textbox "Body" keeps my text').toBe('start from the laptop');
    expect(statusText(), 'the status during a conflict').toMatch(/unsaved/i);
    expect(sentSaves(page).length, 'PUT requests').toBe(1);
  });

  it('"Use theirs" shows the server\'s text, sends nothing, closes the alert and says "Saved"; the next save uses their version', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Shared', 'start');
    const { page, alert, current } = await conflict(api, note, '# Phone wins', ' laptop');
    await page.user.click(within(alert).getByRole('button', { name: /use theirs/i }));
    await eventually(() => expect(textbox('Body').value, 'the textbox "Body" after "Use theirs"').toBe('# Phone wins'));
    await eventually(() => expect(within(previewRegion()).getByRole('heading', { name: 'Phone wins' }), 'the preview of their text').toBeTruthy());
    expect(screen.queryByRole('alert'), 'the alert after "Use theirs"').toBeNull();
    expect(isSaved(statusText()), `the status after "Use theirs" says "Saved", got "${statusText()}"`).toBe(true);
    await page.advance(SAVE_DELAY_MS * 2);
    expect(sentSaves(page).length, 'PUT requests after "Use theirs" (only the refused one)').toBe(1);
    await page.user.type(textbox('Body'), '!');
    await page.advance(SAVE_DELAY_MS);
    await eventually(() => expect(sentSaves(page)[1]?.body, 'the next save: based on their version').toEqual({ title: 'Shared', body: '# Phone wins!', version: current.version }));
    await eventually(() => expect(isSaved(statusText()), `the status after that save says "Saved", got "${statusText()}"`).toBe(true));
  });

  it('"Keep mine" saves my text at once with the server\'s version; the alert goes, the status says "Saved", later saves go on', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Shared', 'start');
    const { page, alert, current } = await conflict(api, note, 'phone text', ' laptop');
    await page.user.click(within(alert).getByRole('button', { name: /keep mine/i }));
    await eventually(() => expect(sentSaves(page)[1]?.body, 'the PUT sent by "Keep mine" (at once, no time passed)').toEqual({ title: 'Shared', body: 'start laptop', version: current.version }));
    await eventually(() => expect(isSaved(statusText()), `the status after "Keep mine" says "Saved", got "${statusText()}"`).toBe(true));
    expect(screen.queryByRole('alert'), 'the alert after "Keep mine"').toBeNull();
    expect(await getNote(api, note.id), 'GET: my text won').toMatchObject({ body: 'start laptop', version: current.version + 1 });
    await page.user.type(textbox('Body'), '!');
    await page.advance(SAVE_DELAY_MS);
    await eventually(() => expect(isSaved(statusText()), `the status after one more save says "Saved", got "${statusText()}"`).toBe(true));
    expect(await getNote(api, note.id), 'GET: the save after "Keep mine"').toMatchObject({ body: 'start laptop!', version: current.version + 2 });
  });

  it('while the conflict alert is shown, typing sends no save', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Shared', 'start');
    const { page } = await conflict(api, note, 'phone text', ' laptop');
    await page.user.type(textbox('Body'), ' and more');
    await page.advance(SAVE_DELAY_MS * 3);
    await act(async () => {
      await new Promise((resolve) => setImmediate(resolve));
    });
    expect(sentSaves(page).length, 'PUT requests after typing during the conflict (only the refused one)').toBe(1);
    expect(screen.getByRole('alert'), 'the conflict alert is still there').toBeTruthy();
    expect(textbox('Body').value, 'the textbox "Body"').toBe('start laptop and more');
  });
});
