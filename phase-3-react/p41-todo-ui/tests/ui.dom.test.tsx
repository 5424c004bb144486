// p41's DOM checks: the learner's <App /> in jsdom, its fetch reaching the real API. Elements are
// found only by the roles and accessible names of SPEC.md's accessibility contract.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, type HeldRequest } from '#testkit';
import { addTodo, listTodos, start } from './helpers.js';

const TODOS = { method: 'GET', path: '/api/todos' };
const ADD = { method: 'POST', path: '/api/todos' };
const ONE = (method: string) => ({ method, path: /^\/api\/todos\/\d+$/ });

async function todoList(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: /todos/i });
}

/** Asserts the list holds exactly these todos, in this order (each listitem's checkbox named by its title). */
async function expectTitles(expected: string[], what: string): Promise<void> {
  const items = within(await todoList()).getAllByRole('listitem');
  const found = items.map((item, i) => (expected[i] !== undefined && within(item).queryByRole('checkbox', { name: expected[i] }) ? expected[i] : `(listitem ${i + 1} is not "${expected[i] ?? 'expected at all'}")`));
  expect(found, what).toEqual(expected);
}

function itemOf(title: string): HTMLElement {
  const box = screen.getByRole('checkbox', { name: title });
  const item = box.closest('li') ?? box.closest('[role="listitem"]');
  if (!item) throw new Error(`The checkbox "${title}" is not inside a listitem of the list "Todos".`);
  return item as HTMLElement;
}

describe('Task 2: Show the list', () => {
  it('says it is loading while the list is on its way, then shows one listitem per todo in order, with checkboxes named by the titles', async () => {
    const { api } = await start();
    await addTodo(api, 'Buy milk');
    await addTodo(api, 'Water the plants', true);
    await addTodo(api, 'Call Mum');
    const page = await renderApp(api);
    const list = await todoList();
    expect(page.network.sent(TODOS).length, 'the app asks GET /api/todos when it starts').toBeGreaterThan(0);
    await expectTitles(['Buy milk', 'Water the plants', 'Call Mum'], 'the list: one listitem per todo, in the order of GET /api/todos');
    const boxes = within(list).getAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).checked), 'the checkboxes show done').toEqual([false, true, false]);
    expect(within(list).getAllByRole('listitem').length, 'one listitem per todo').toBe(3);
    expect(screen.getByRole('checkbox', { name: 'Water the plants' }), 'the checkbox of "Water the plants"').toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: /todos/i }), 'the heading "Todos"').toBeTruthy();
  });

  it('the status region says Loading until the list arrives', async () => {
    const { api } = await start();
    await addTodo(api, 'Buy milk');
    let held!: HeldRequest;
    await renderApp(api, { before: (network) => (held = network.hold(TODOS)) });
    await held.arrived;
    const status = await screen.findByRole('status');
    expect(status.textContent ?? '', 'the status region while GET /api/todos has not answered').toMatch(/loading/i);
    expect(screen.queryByRole('checkbox', { name: 'Buy milk' }), 'no todo is shown before the list arrives').toBeNull();
    await held.release();
    expect(await screen.findByRole('checkbox', { name: 'Buy milk' }), 'the todo after the list arrived').toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent ?? '', 'the status region after the list arrived').not.toMatch(/loading/i));
  });

  it('an empty list says so in the status region, and shows no todos', async () => {
    const { api } = await start();
    await renderApp(api);
    await waitFor(() => expect(screen.getByRole('status').textContent ?? '', 'the status region with no todos').toMatch(/no todos/i));
    expect(screen.queryAllByRole('checkbox'), 'checkboxes with no todos').toEqual([]);
  });

  it('a list that cannot be loaded is announced in an alert', async () => {
    const { api } = await start();
    await addTodo(api, 'Buy milk');
    let held!: HeldRequest;
    await renderApp(api, { before: (network) => (held = network.hold(TODOS)) });
    await held.arrived;
    await held.release({ status: 500, body: { error: { code: 'internal', message: 'The database is asleep.' } } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent ?? '', 'the alert after GET /api/todos answered 500').not.toBe('');
    await waitFor(() => expect(screen.getByRole('status').textContent ?? '', 'the status region no longer says loading').not.toMatch(/loading/i));
  });

  it('titles are shown as text, never as HTML', async () => {
    const { api } = await start();
    const nasty = '<img src=x onerror="window.hacked=1"><b>Bold</b>';
    await addTodo(api, nasty);
    await renderApp(api);
    expect(await screen.findByRole('checkbox', { name: nasty }), 'a checkbox named by the exact title, markup and all').toBeTruthy();
    expect(screen.queryByRole('img'), 'an <img> made from a title').toBeNull();
    expect((window as unknown as { hacked?: number }).hacked, 'a script run from a title').toBeUndefined();
  });
});

describe('Task 3: Add todos', () => {
  it('typing a title and pressing "Add todo" sends it, shows it last in the list and empties the textbox', async () => {
    const { api } = await start();
    await addTodo(api, 'Buy milk');
    const { user, network } = await renderApp(api);
    await screen.findByRole('checkbox', { name: 'Buy milk' });
    await user.type(screen.getByRole('textbox', { name: /new todo/i }), 'Call Mum');
    await user.click(screen.getByRole('button', { name: /add todo/i }));
    await screen.findByRole('checkbox', { name: 'Call Mum' });
    await expectTitles(['Buy milk', 'Call Mum'], 'the list after adding "Call Mum": last');
    expect(JSON.parse(network.sent(ADD)[0]?.body ?? '{}'), 'the body of POST /api/todos').toEqual({ title: 'Call Mum' });
    expect((screen.getByRole('textbox', { name: /new todo/i }) as HTMLInputElement).value, 'the textbox after adding').toBe('');
    expect((await listTodos(api)).map((t) => t.title), 'GET /api/todos: the server has it').toEqual(['Buy milk', 'Call Mum']);
  });

  it('Enter in the textbox adds too', async () => {
    const { api } = await start();
    const { user } = await renderApp(api);
    await user.type(await screen.findByRole('textbox', { name: /new todo/i }), 'Water the plants{Enter}');
    expect(await screen.findByRole('checkbox', { name: 'Water the plants' }), 'the todo added with Enter').toBeTruthy();
  });

  it('"Add todo" is disabled while the todo is being saved', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    await user.type(await screen.findByRole('textbox', { name: /new todo/i }), 'Slow one');
    const held = network.hold(ADD);
    await user.click(screen.getByRole('button', { name: /add todo/i }));
    await held.arrived;
    await waitFor(() => expect((screen.getByRole('button', { name: /add todo/i }) as HTMLButtonElement).disabled, '"Add todo" while POST /api/todos has not answered').toBe(true));
    await held.release();
    expect(await screen.findByRole('checkbox', { name: 'Slow one' }), 'the todo once saved').toBeTruthy();
    await waitFor(() => expect((screen.getByRole('button', { name: /add todo/i }) as HTMLButtonElement).disabled, '"Add todo" after the answer').toBe(false));
  });

  it('a blank title sends nothing and is announced in an alert', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    await user.type(await screen.findByRole('textbox', { name: /new todo/i }), '   ');
    await user.click(screen.getByRole('button', { name: /add todo/i }));
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert after adding a blank title').not.toBe('');
    expect(network.sent(ADD), 'POST /api/todos sent for a blank title').toEqual([]);
  });

  it('a title the server refuses keeps the text in the textbox and shows the server\'s message in an alert', async () => {
    const { api } = await start();
    const { user, network } = await renderApp(api);
    network.answer(ADD, 400, { error: { code: 'validation_failed', message: 'The title must be at most 200 characters (server says 4711).', details: [{ field: 'title', message: 'too long' }] } });
    await user.type(await screen.findByRole('textbox', { name: /new todo/i }), 'Too long, says the server');
    await user.click(screen.getByRole('button', { name: /add todo/i }));
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert shows the API\'s error.message').toContain('server says 4711');
    expect((screen.getByRole('textbox', { name: /new todo/i }) as HTMLInputElement).value, 'the textbox keeps the text').toBe('Too long, says the server');
    expect(screen.queryByRole('checkbox', { name: 'Too long, says the server' }), 'no todo shown for a refused title').toBeNull();
  });
});

describe('Task 4: Toggle and delete at once', () => {
  it('ticking a checkbox shows at once, before the server answers, and sends { done: true }', async () => {
    const { api } = await start();
    const milk = await addTodo(api, 'Buy milk');
    const { user, network } = await renderApp(api);
    const box = await screen.findByRole('checkbox', { name: 'Buy milk' });
    const held = network.hold(ONE('PATCH'));
    await user.click(box);
    const sent = await held.arrived;
    expect((screen.getByRole('checkbox', { name: 'Buy milk' }) as HTMLInputElement).checked, 'the checkbox while PATCH has not answered (an optimistic update)').toBe(true);
    expect([sent.path, JSON.parse(sent.body ?? '{}')], 'the request').toEqual([`/api/todos/${milk.id}`, { done: true }]);
    await held.release();
    await waitFor(async () => expect((await listTodos(api))[0]?.done, 'the server has it done').toBe(true));
    expect((screen.getByRole('checkbox', { name: 'Buy milk' }) as HTMLInputElement).checked, 'the checkbox after the answer').toBe(true);
  });

  it('when the server refuses a toggle, the checkbox goes back and an alert says so', async () => {
    const { api } = await start();
    await addTodo(api, 'Buy milk');
    await addTodo(api, 'Done already', true);
    const { user, network } = await renderApp(api);
    await screen.findByRole('checkbox', { name: 'Done already' });
    const held = network.hold(ONE('PATCH'));
    await user.click(screen.getByRole('checkbox', { name: 'Done already' }));
    await held.arrived;
    expect((screen.getByRole('checkbox', { name: 'Done already' }) as HTMLInputElement).checked, 'unticked at once').toBe(false);
    await held.release({ status: 500, body: { error: { code: 'internal', message: 'Disk full.' } } });
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Done already' }) as HTMLInputElement).checked, 'the checkbox of "Done already" after a refused untick: back to ticked').toBe(true));
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert after a refused toggle').toContain('Disk full.');
  });

  it('a toggle that never reaches the server (offline) goes back too, with an alert', async () => {
    const { api } = await start();
    await addTodo(api, 'Buy milk');
    const { user, network } = await renderApp(api);
    const box = await screen.findByRole('checkbox', { name: 'Buy milk' });
    network.offline(ONE('PATCH'));
    await user.click(box);
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert when the network is down').not.toBe('');
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Buy milk' }) as HTMLInputElement).checked, 'the checkbox goes back to unticked').toBe(false));
  });

  it('"Delete <title>" removes the todo at once, and the server deletes it', async () => {
    const { api } = await start();
    await addTodo(api, 'Buy milk');
    await addTodo(api, 'Call Mum');
    const { user, network } = await renderApp(api);
    await screen.findByRole('checkbox', { name: 'Call Mum' });
    const held = network.hold(ONE('DELETE'));
    await user.click(within(itemOf('Buy milk')).getByRole('button', { name: 'Delete Buy milk' }));
    await held.arrived;
    expect(screen.queryByRole('checkbox', { name: 'Buy milk' }), '"Buy milk" while DELETE has not answered (an optimistic update)').toBeNull();
    await held.release();
    await waitFor(async () => expect((await listTodos(api)).map((t) => t.title), 'GET /api/todos after the delete').toEqual(['Call Mum']));
  });

  it('when the server refuses a delete, the todo comes back in its place and an alert says so', async () => {
    const { api } = await start();
    for (const title of ['First', 'Middle', 'Last']) await addTodo(api, title);
    const { user, network } = await renderApp(api);
    await screen.findByRole('checkbox', { name: 'Middle' });
    const held = network.hold(ONE('DELETE'));
    await user.click(screen.getByRole('button', { name: 'Delete Middle' }));
    await held.arrived;
    expect(screen.queryByRole('checkbox', { name: 'Middle' }), '"Middle" while DELETE has not answered').toBeNull();
    await held.release({ status: 500, body: { error: { code: 'internal', message: 'Could not delete (server).' } } });
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert after a refused delete').toContain('Could not delete (server).');
    await screen.findByRole('checkbox', { name: 'Middle' });
    await expectTitles(['First', 'Middle', 'Last'], 'the list after a refused delete: "Middle" back in its place');
  });
});

describe('Task 5: Edit titles', () => {
  it('"Edit <title>" opens a textbox "Edit title" with the title; Enter saves it at once and on the server', async () => {
    const { api } = await start();
    const milk = await addTodo(api, 'Buy milk');
    const { user, network } = await renderApp(api);
    await user.click(await screen.findByRole('button', { name: 'Edit Buy milk' }));
    const box = screen.getByRole('textbox', { name: /edit title/i }) as HTMLInputElement;
    expect(box.value, 'the textbox "Edit title" holds the title').toBe('Buy milk');
    const held = network.hold(ONE('PATCH'));
    await user.clear(box);
    await user.type(box, 'Buy oat milk{Enter}');
    const sent = await held.arrived;
    expect([sent.path, JSON.parse(sent.body ?? '{}')], 'the PATCH sent').toEqual([`/api/todos/${milk.id}`, { title: 'Buy oat milk' }]);
    expect(await screen.findByRole('checkbox', { name: 'Buy oat milk' }), 'the new title while PATCH has not answered (an optimistic update)').toBeTruthy();
    await held.release();
    await waitFor(async () => expect((await listTodos(api))[0]?.title, 'the server has the new title').toBe('Buy oat milk'));
  });

  it('Escape or "Cancel" closes the editor without sending anything', async () => {
    const { api } = await start();
    await addTodo(api, 'Buy milk');
    const { user, network } = await renderApp(api);
    await user.click(await screen.findByRole('button', { name: 'Edit Buy milk' }));
    await user.type(screen.getByRole('textbox', { name: /edit title/i }), ' and eggs{Escape}');
    expect(await screen.findByRole('checkbox', { name: 'Buy milk' }), 'the todo after Escape').toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Edit Buy milk' }));
    await user.type(screen.getByRole('textbox', { name: /edit title/i }), ' and bread');
    await user.click(screen.getByRole('button', { name: /cancel/i }));
    expect(await screen.findByRole('checkbox', { name: 'Buy milk' }), 'the todo after Cancel').toBeTruthy();
    expect(network.sent(ONE('PATCH')), 'PATCH requests sent').toEqual([]);
  });

  it('when the server refuses a new title, the old title comes back and the server\'s message is in an alert', async () => {
    const { api } = await start();
    await addTodo(api, 'Buy milk');
    const { user, network } = await renderApp(api);
    await user.click(await screen.findByRole('button', { name: 'Edit Buy milk' }));
    const box = screen.getByRole('textbox', { name: /edit title/i });
    network.answer(ONE('PATCH'), 400, { error: { code: 'validation_failed', message: 'That title is not allowed (server 31).' } });
    await user.clear(box);
    await user.type(box, 'Forbidden{Enter}');
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert after a refused rename').toContain('server 31');
    expect(await screen.findByRole('checkbox', { name: 'Buy milk' }), 'the old title is back').toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Forbidden' }), 'the refused title').toBeNull();
  });
});
