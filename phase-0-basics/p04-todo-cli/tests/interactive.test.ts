// Hidden suite for p04, task 7: the interactive mode, through main(argv, io) with the prompt
// functions injected as io.prompts and answered from a script (see scriptedPrompts in helpers.ts).
// No terminal is involved.
import { describe, expect, it } from 'vitest';
import { dataOf, expectOk, home, NOW, scriptedPrompts, terminalStdin, todo, type Home } from './helpers.js';

const MENU = ['add', 'done', 'undo', 'edit', 'remove', 'list', 'quit'];

function seeded(): Home {
  const h = home();
  h.seed(dataOf([todo(1, 'Buy milk', { priority: 'low' }), todo(2, 'Call mum', { priority: 'high', due: '2026-01-20' }), todo(3, 'Water plants', { done: true, doneAt: NOW }), todo(4, 'Pay rent')]));
  return h;
}

async function interact(h: Home, answers: unknown[], argv = ['interactive']) {
  const script = scriptedPrompts(answers);
  const result = await h.run(argv, { io: { prompts: script.prompts } });
  const label = `todo ${argv.join(' ')} answering ${JSON.stringify(answers)}`;
  return { ...result, label, asked: script.asked, remaining: script.remaining() };
}

describe('Task 7: Interactive mode', () => {
  it('adds a todo from the menu: text, priority, due date; quit exits 0', async () => {
    const h = home();
    const run = await interact(h, ['add', 'Buy milk', 'high', 'tomorrow', 'quit']);
    expectOk(run);
    expect(run.asked.map((p) => p.type), `${run.label}: the prompts asked, in order`).toEqual(['select', 'input', 'select', 'input', 'select']);
    expect(run.asked[0]?.choices, `${run.label}: the menu's values`).toEqual(expect.arrayContaining(MENU));
    expect(run.asked[2]?.choices, `${run.label}: the priority choices`).toEqual(expect.arrayContaining(['high', 'medium', 'low']));
    expect(run.stdout, `${run.label}: stdout`).toContain('Added #1: Buy milk\n');
    expect(h.data().todos, `the data file after ${run.label}`).toEqual([todo(1, 'Buy milk', { priority: 'high', due: '2026-01-16', createdAt: NOW })]);
  });

  it('shows the list, done todos included, when it starts and when "list" is chosen', async () => {
    const h = seeded();
    const list = '#2 [ ] Call mum  !high  due 2026-01-20\n#4 [ ] Pay rent\n#1 [ ] Buy milk  !low\n#3 [x] Water plants\n';
    const run = await interact(h, ['list', 'quit']);
    expectOk(run);
    expect(run.stdout.startsWith(list), `${run.label}: stdout should start with the list, got ${JSON.stringify(run.stdout)}`).toBe(true);
    expect(run.stdout.split(list).length - 1, `${run.label}: times the list was printed`).toBe(2);
  });

  it('plain `todo` at a terminal opens the interactive mode', async () => {
    const h = seeded();
    const script = scriptedPrompts(['quit']);
    const result = await h.run([], { stdin: terminalStdin(), io: { prompts: script.prompts } });
    expectOk(result);
    expect(script.asked.length, 'todo with no command at a terminal: prompts asked').toBe(1);
    const piped = scriptedPrompts(['quit']);
    const noTerminal = await h.run([], { io: { prompts: piped.prompts } });
    expect(noTerminal.code, 'todo with no command and no terminal: exit code').toBe(2);
    expect(piped.asked.length, 'todo with no command and no terminal should not prompt').toBe(0);
  });

  it('done offers the open todos, undo the done ones, in list order, by id', async () => {
    const h = seeded();
    const run = await interact(h, ['done', 4, 'undo', 3, 'quit']);
    expectOk(run);
    expect(run.asked[1]?.choices, `${run.label}: the values offered by "done"`).toEqual([2, 4, 1]);
    expect(run.asked[3]?.choices, `${run.label}: the values offered by "undo" after #4 was done`).toEqual([3, 4]);
    expect(run.stdout, `${run.label}: stdout`).toContain('Done #4: Pay rent\n');
    expect(run.stdout, `${run.label}: stdout`).toContain('Reopened #3: Water plants\n');
    const byId = h.data().todos;
    expect(byId[3], `todo #4 after ${run.label}`).toEqual(todo(4, 'Pay rent', { done: true, doneAt: NOW }));
    expect(byId[2], `todo #3 after ${run.label}`).toEqual(todo(3, 'Water plants'));
    expect(run.remaining, `${run.label}: answers left over`).toBe(0);
  });

  it('edit asks for text, priority and due date with the current values as defaults', async () => {
    const h = seeded();
    const run = await interact(h, ['edit', 2, 'Call mum back', 'low', '', 'quit']);
    expectOk(run);
    expect(run.asked[1]?.choices, `${run.label}: the values offered by "edit"`).toEqual([2, 4, 1, 3]);
    expect(run.asked.slice(2, 5).map((p) => [p.type, p.default]), `${run.label}: the three questions and their defaults`).toEqual([
      ['input', 'Call mum'],
      ['select', 'high'],
      ['input', '2026-01-20'],
    ]);
    expect(run.stdout, `${run.label}: stdout`).toContain('Edited #2: Call mum back\n');
    expect(h.data().todos[1], `todo #2 after ${run.label}`).toEqual(todo(2, 'Call mum back', { priority: 'low', due: null }));
    const noDue = await interact(h, ['edit', 4, 'Pay rent', 'medium', 'tomorrow', 'quit']);
    expect(noDue.asked.slice(2, 5).map((p) => p.default), `${noDue.label}: the defaults for #4, which has no due date`).toEqual(['Pay rent', 'medium', '']);
    expect(h.data().todos[3]?.due, `due of #4 after ${noDue.label}`).toBe('2026-01-16');
  });

  it('remove asks to confirm (default no) and only removes on yes', async () => {
    const h = seeded();
    const run = await interact(h, ['remove', 1, false, 'remove', 1, true, 'quit']);
    expectOk(run);
    const confirms = run.asked.filter((p) => p.type === 'confirm');
    expect(confirms.map((p) => p.default), `${run.label}: the confirm questions' defaults`).toEqual([false, false]);
    expect(run.stdout.split('Removed #1: Buy milk\n').length - 1, `${run.label}: "Removed #1: Buy milk" printed`).toBe(1);
    expect(h.data().todos.map((t) => t.id), `ids after ${run.label}`).toEqual([2, 3, 4]);
  });

  it('asks again when the text is blank or the due date is not a date', async () => {
    const h = home();
    const run = await interact(h, ['add', '', '   ', ' Read  a book ', 'medium', 'someday', '2026-02-30', '+2d', 'quit']);
    expectOk(run);
    expect(run.remaining, `${run.label}: answers left over`).toBe(0);
    expect(h.data().todos, `the data file after ${run.label}`).toEqual([todo(1, 'Read a book', { due: '2026-01-17', createdAt: NOW })]);
    const none = await interact(h, ['add', 'Go running', 'low', ' None ', 'quit']);
    expect(none.remaining, `${none.label}: answers left over`).toBe(0);
    expect(h.data().todos[1]?.due, `${none.label}: "none" means no due date`).toBeNull();
  });

  it('offers no todo to pick when there is none and goes back to the menu', async () => {
    const h = home();
    const run = await interact(h, ['done', 'undo', 'edit', 'remove', 'quit']);
    expectOk(run);
    expect(run.asked.length, `${run.label} with an empty list: prompts asked`).toBe(5);
    const lines = run.stdout.split('\n').filter((line) => line.trim() !== '');
    expect(lines.length, `${run.label}: stdout should have the list and one line for each of the four actions, got ${JSON.stringify(run.stdout)}`).toBeGreaterThanOrEqual(5);
    expect(h.names(), `${run.label}: files in HOME`).toEqual([]);
  });

  it('Ctrl+C or Ctrl+D (ExitPromptError) ends the session with exit 0 and keeps what was saved', async () => {
    const h = home();
    const run = await interact(h, ['add', 'Buy milk', 'medium', '', 'add', 'Half typed']);
    expectOk(run);
    expect(h.data().todos.map((t) => t.text), `${run.label} then Ctrl+D: the todos saved`).toEqual(['Buy milk']);
    expect(h.names(), 'files in HOME afterwards').toEqual(['.todo.json']);
  });

  it('a todo removed by another run meanwhile is reported on stderr and the menu goes on', async () => {
    const h = seeded();
    const script = scriptedPrompts(['done', 1, 'quit']);
    const select = script.prompts.select;
    const prompts = {
      ...script.prompts,
      select: async (config: Parameters<typeof select>[0]) => {
        const answer = await select(config);
        // Another run removes #1 while the person is choosing it.
        if (answer === 1) h.seed(dataOf([todo(2, 'Call mum')], 5));
        return answer;
      },
    };
    const result = await h.run(['interactive'], { io: { prompts } });
    expect(result.code, 'todo interactive, done #1 after another run removed it: exit code').toBe(0);
    expect(result.stderr, 'todo interactive, done #1 after another run removed it: stderr').toContain('no todo #1');
    expect(script.remaining(), 'answers left over (the menu came back for "quit")').toBe(0);
    expect(h.data(), 'the data file').toEqual(dataOf([todo(2, 'Call mum')], 5));
  });
});
