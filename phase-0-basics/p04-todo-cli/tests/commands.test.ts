// Hidden suite for p04, tasks 1 and 2: the commands, through main(argv, io) with in-memory
// streams, a temporary HOME and a fake clock (2026-01-15 12:00 UTC).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataOf, expectFailure, expectOk, expectUsageError, home, NOW, todo } from './helpers.js';

describe('Task 1: Add and list', () => {
  it('add prints "Added #<id>: <text>" and list shows the todo', async () => {
    const h = home();
    const added = await h.run(['add', 'Buy milk']);
    expectOk(added);
    expect(added.stdout, `${added.label}: stdout`).toBe('Added #1: Buy milk\n');
    const listed = await h.run(['list']);
    expectOk(listed);
    expect(listed.stdout, `${listed.label} after adding "Buy milk": stdout`).toBe('#1 [ ] Buy milk\n');
  });

  it('saves the list in $HOME/.todo.json in the documented format', async () => {
    const h = home();
    expectOk(await h.run(['add', 'Buy milk']));
    expect(h.data(), 'the data file after todo add "Buy milk" at 2026-01-15T12:00:00.000Z').toEqual({
      nextId: 2,
      todos: [{ id: 1, text: 'Buy milk', done: false, priority: 'medium', due: null, createdAt: NOW, doneAt: null }],
    });
  });

  it('gives ids 1, 2, 3 in order and list shows todos of equal priority by id', async () => {
    const h = home();
    for (const [i, text] of ['Buy milk', 'Call mum', 'Water plants'].entries()) {
      h.clock.advance(60_000);
      const result = await h.run(['add', text]);
      expect(result.stdout, `${result.label}: stdout`).toBe(`Added #${i + 1}: ${text}\n`);
    }
    const listed = await h.run(['list']);
    expect(listed.stdout, `${listed.label}: stdout`).toBe('#1 [ ] Buy milk\n#2 [ ] Call mum\n#3 [ ] Water plants\n');
    expect(h.data().todos.map((t) => t.createdAt), 'createdAt of the three todos, added a minute apart').toEqual([
      '2026-01-15T12:01:00.000Z',
      '2026-01-15T12:02:00.000Z',
      '2026-01-15T12:03:00.000Z',
    ]);
    expect(h.data().nextId, 'nextId after three adds').toBe(4);
  });

  it('joins the words of the text and squeezes spaces, tabs and line breaks into one space', async () => {
    const h = home();
    const words = await h.run(['add', 'Water', 'the', 'plants']);
    expect(words.stdout, `${words.label}: stdout`).toBe('Added #1: Water the plants\n');
    const result = await h.run(['add', '  Buy ', 'oat\tmilk \n', 'now  ']);
    expect(result.stdout, `${result.label}: stdout`).toBe('Added #2: Buy oat milk now\n');
    const dashed = await h.run(['add', '--', '-5 push-ups']);
    expect(dashed.stdout, `${dashed.label}: text after "--" may start with "-"`).toBe('Added #3: -5 push-ups\n');
    expect(h.data().todos.map((t) => t.text), 'texts in the data file').toEqual(['Water the plants', 'Buy oat milk now', '-5 push-ups']);
  });

  it('keeps Unicode text exactly, in the output and in the file', async () => {
    const h = home();
    const text = 'Café ☕ für Zoë, 日本語 👩‍💻';
    const added = await h.run(['add', text]);
    expect(added.stdout, `${added.label}: stdout`).toBe(`Added #1: ${text}\n`);
    expect((await h.run(['list'])).stdout, 'todo list after adding a Unicode text').toBe(`#1 [ ] ${text}\n`);
    expect(h.data().todos[0]?.text, 'the text in the data file').toBe(text);
  });

  it('a missing data file is an empty list: "Nothing to do.", exit 0, and list creates no file', async () => {
    const h = home();
    const result = await h.run(['list']);
    expectOk(result);
    expect(result.stdout, `${result.label} without a data file: stdout`).toBe('Nothing to do.\n');
    expect(h.names(), `${result.label} should not create any file in HOME`).toEqual([]);
  });

  it('an empty or blank data file is an empty list too', async () => {
    for (const content of ['', '  \n\n']) {
      const h = home();
      h.seed(content);
      const listed = await h.run(['list']);
      expectOk(listed);
      expect(listed.stdout, `${listed.label} with a data file holding ${JSON.stringify(content)}`).toBe('Nothing to do.\n');
      const added = await h.run(['add', 'Buy milk']);
      expect(added.stdout, `${added.label} with a data file holding ${JSON.stringify(content)}`).toBe('Added #1: Buy milk\n');
      expect(h.data().todos.length, 'todos in the data file after one add').toBe(1);
    }
  });

  it('list hides done todos; --all and -a show them after the open ones', async () => {
    const h = home();
    h.seed(dataOf([todo(1, 'Call mum', { done: true, doneAt: NOW }), todo(2, 'Buy milk')]));
    expect((await h.run(['list'])).stdout, 'todo list: done todos are hidden').toBe('#2 [ ] Buy milk\n');
    for (const flag of ['--all', '-a']) {
      const result = await h.run(['list', flag]);
      expectOk(result);
      expect(result.stdout, `${result.label}: stdout`).toBe('#2 [ ] Buy milk\n#1 [x] Call mum\n');
    }
    h.seed(dataOf([todo(1, 'Call mum', { done: true, doneAt: NOW })]));
    expect((await h.run(['list'])).stdout, 'todo list when every todo is done').toBe('Nothing to do.\n');
  });

  it('--file, then TODO_FILE, then $HOME/.todo.json; relative paths are relative to io.cwd', async () => {
    const h = home();
    mkdirSync(path.join(h.dir, 'work', 'lists'), { recursive: true });
    const cwd = path.join(h.dir, 'work');
    expectOk(await h.run(['add', 'From TODO_FILE'], { cwd, env: { TODO_FILE: 'lists/env.json' } }));
    expectOk(await h.run(['add', 'From --file', '--file', 'lists/option.json'], { cwd, env: { TODO_FILE: 'lists/env.json' } }));
    expectOk(await h.run(['add', 'From --file=', '--file=lists/equals.json'], { cwd }));
    expectOk(await h.run(['add', 'From -f', '-f', path.join(h.dir, 'abs.json')], { cwd }));
    const texts = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { todos: Array<{ text: string }> }).todos.map((t) => t.text);
    expect(texts(path.join(cwd, 'lists/env.json')), 'TODO_FILE=lists/env.json, relative to io.cwd').toEqual(['From TODO_FILE']);
    expect(texts(path.join(cwd, 'lists/option.json')), '--file lists/option.json wins over TODO_FILE').toEqual(['From --file']);
    expect(texts(path.join(cwd, 'lists/equals.json')), '--file=lists/equals.json').toEqual(['From --file=']);
    expect(texts(path.join(h.dir, 'abs.json')), '-f with an absolute path').toEqual(['From -f']);
    expect(existsSync(h.file), 'with --file or TODO_FILE, $HOME/.todo.json is not used').toBe(false);
    const listed = await h.run(['list', '--file', 'lists/option.json'], { cwd });
    expect(listed.stdout, `${listed.label}: stdout`).toBe('#1 [ ] From --file\n');
  });

  it('without HOME, TODO_FILE or --file there is no data file: exit 1', async () => {
    const h = home();
    const result = await h.run(['list'], { env: { HOME: undefined, TODO_FILE: '' } });
    expectFailure(result);
    expect(result.stderr, `${result.label} without HOME: stderr should say to set TODO_FILE`).toContain('TODO_FILE');
  });

  it('io.now is optional: without it, main uses the real clock', async () => {
    const h = home();
    const result = await h.run(['add', 'Buy milk'], { io: { now: undefined } });
    expectOk(result);
    const createdAt = h.data().todos[0]?.createdAt ?? '';
    expect(new Date(createdAt).toISOString(), `createdAt of a todo added without io.now: ${createdAt}`).toBe(createdAt);
  });

  it('a hand-edited nextId that is not above the highest id never gives an id twice', async () => {
    const h = home();
    h.seed(dataOf([todo(1, 'Buy milk'), todo(7, 'Call mum')], 3));
    const result = await h.run(['add', 'Pay rent']);
    expect(result.stdout, `${result.label} with nextId 3 and ids 1 and 7`).toBe('Added #8: Pay rent\n');
    expect(h.data().nextId, 'nextId afterwards').toBe(9);
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const h = home();
    for (const argv of [['--help'], ['-h'], ['add', '--help']]) {
      const result = await h.run(argv);
      expectOk(result);
      expect(result.stdout, `${result.label}: stdout should show the usage`).toMatch(/usage/i);
      for (const command of ['add', 'list', 'done', 'undo', 'edit', 'remove', 'interactive']) {
        expect(result.stdout, `${result.label}: the usage should name the ${command} command`).toContain(command);
      }
    }
    expect(h.names(), '--help should not create any file').toEqual([]);
  });

  it('wrong usage exits 2 with the reason on stderr and writes nothing', async () => {
    const h = home();
    const cases = [[], ['add'], ['add', '   '], ['frobnicate'], ['List'], ['list', '--nope'], ['list', 'extra'], ['add', 'x', '--file'], ['interactive', 'now']];
    for (const argv of cases) expectUsageError(await h.run(argv));
    const culprits: Array<[string[], string]> = [[['frobnicate'], 'frobnicate'], [['list', '--nope'], '--nope'], [['list', 'extra'], 'extra'], [['interactive', 'now'], 'now'], [['add', 'x', '--file'], '--file']];
    for (const [argv, culprit] of culprits) {
      const result = await h.run(argv);
      expect(result.stderr, `${result.label}: stderr should quote ${culprit}`).toContain(culprit);
    }
    expect(h.names(), 'wrong usage should not create any file').toEqual([]);
  });
});

describe('Task 2: Done, undo, edit and remove', () => {
  const seeded = () => {
    const h = home();
    h.seed(dataOf([todo(1, 'Buy milk'), todo(2, 'Call mum', { priority: 'high', due: '2026-01-20' }), todo(3, 'Water plants')]));
    return h;
  };

  it('done marks the todo done with doneAt from the clock; list hides it', async () => {
    const h = seeded();
    const result = await h.run(['done', '2']);
    expectOk(result);
    expect(result.stdout, `${result.label}: stdout`).toBe('Done #2: Call mum\n');
    expect(h.data().todos[1], `todo #2 in the data file after ${result.label}`).toEqual(todo(2, 'Call mum', { priority: 'high', due: '2026-01-20', done: true, doneAt: NOW }));
    expect((await h.run(['list'])).stdout, 'todo list after todo done 2').toBe('#1 [ ] Buy milk\n#3 [ ] Water plants\n');
  });

  it('done on a done todo exits 0 and keeps the first doneAt', async () => {
    const h = seeded();
    expectOk(await h.run(['done', '1']));
    h.clock.advance(3_600_000);
    const again = await h.run(['done', '1']);
    expectOk(again);
    expect(again.stdout, `${again.label} the second time: stdout`).toBe('Done #1: Buy milk\n');
    expect(h.data().todos[0]?.doneAt, `doneAt after ${again.label} twice, an hour apart`).toBe(NOW);
  });

  it('undo makes a done todo open again', async () => {
    const h = seeded();
    expectOk(await h.run(['done', '3']));
    const result = await h.run(['undo', '3']);
    expectOk(result);
    expect(result.stdout, `${result.label}: stdout`).toBe('Reopened #3: Water plants\n');
    expect(h.data().todos[2], `todo #3 after done then ${result.label}`).toEqual(todo(3, 'Water plants'));
    const open = await h.run(['undo', '1']);
    expectOk(open);
    expect(open.stdout, `${open.label} on an open todo: stdout`).toBe('Reopened #1: Buy milk\n');
    expect(h.data().todos[0], `todo #1 after ${open.label}`).toEqual(todo(1, 'Buy milk'));
  });

  it('edit changes the text and keeps everything else', async () => {
    const h = seeded();
    const result = await h.run(['edit', '2', 'Call', 'mum  back']);
    expectOk(result);
    expect(result.stdout, `${result.label}: stdout`).toBe('Edited #2: Call mum back\n');
    expect(h.data(), `the data file after ${result.label}`).toEqual(
      dataOf([todo(1, 'Buy milk'), todo(2, 'Call mum back', { priority: 'high', due: '2026-01-20' }), todo(3, 'Water plants')]),
    );
  });

  it('edit --priority and --due change only those; --due none removes the due date', async () => {
    const h = seeded();
    const first = await h.run(['edit', '2', '--priority', 'low', '--due', 'none']);
    expectOk(first);
    expect(first.stdout, `${first.label}: stdout`).toBe('Edited #2: Call mum\n');
    expect(h.data().todos[1], `todo #2 after ${first.label}`).toEqual(todo(2, 'Call mum', { priority: 'low', due: null }));
    const second = await h.run(['edit', '1', '-d', '2026-02-01']);
    expectOk(second);
    expect(h.data().todos[0], `todo #1 after ${second.label}`).toEqual(todo(1, 'Buy milk', { due: '2026-02-01' }));
    const third = await h.run(['edit', '1', '--due', ' NONE ']);
    expectOk(third);
    expect(h.data().todos[0]?.due, `due of #1 after ${third.label}`).toBeNull();
  });

  it('edit with nothing to change, or with blank text, is a usage error (exit 2) and changes nothing', async () => {
    const h = seeded();
    const before = h.raw();
    for (const argv of [['edit', '1'], ['edit', '1', '   '], ['edit']]) expectUsageError(await h.run(argv));
    expect(h.raw(), 'the data file after the wrong edits').toBe(before);
  });

  it('remove takes the todo out and keeps the others', async () => {
    const h = seeded();
    const result = await h.run(['remove', '2']);
    expectOk(result);
    expect(result.stdout, `${result.label}: stdout`).toBe('Removed #2: Call mum\n');
    expect(h.data(), `the data file after ${result.label}`).toEqual(dataOf([todo(1, 'Buy milk'), todo(3, 'Water plants')], 4));
    expect((await h.run(['list'])).stdout, 'todo list after todo remove 2').toBe('#1 [ ] Buy milk\n#3 [ ] Water plants\n');
  });

  it('never gives a removed id again', async () => {
    const h = seeded();
    expectOk(await h.run(['remove', '3']));
    const added = await h.run(['add', 'Read a book']);
    expect(added.stdout, `${added.label} after removing #3 of 3`).toBe('Added #4: Read a book\n');
    expectOk(await h.run(['remove', '4']));
    expectOk(await h.run(['remove', '1']));
    const again = await h.run(['add', 'Go running']);
    expect(again.stdout, `${again.label} after removing #4 and #1`).toBe('Added #5: Go running\n');
    expect(h.data().nextId, 'nextId after ids 1 to 5 were given').toBe(6);
  });

  it('an id that is not in the list fails with exit 1 and leaves the file as it was', async () => {
    const h = seeded();
    const before = h.raw();
    const inode = h.inode();
    for (const argv of [['done', '4'], ['undo', '99'], ['edit', '7', 'New'], ['remove', '42']]) {
      const result = await h.run(argv);
      expectFailure(result);
      expect(result.stderr, `${result.label}: stderr`).toBe(`todo: no todo #${argv[1]}\n`);
    }
    expect(h.raw(), 'the data file after commands on missing ids').toBe(before);
    expect(h.inode(), 'the data file should not even be rewritten').toBe(inode);
    expect(h.names(), 'files in HOME after the failed commands').toEqual(['.todo.json']);
  });

  it('a missing id on an empty list fails with exit 1 and creates no file', async () => {
    const h = home();
    expectFailure(await h.run(['done', '1']));
    expect(h.names(), 'files in HOME after todo done 1 without a data file').toEqual([]);
  });

  it('ids that are not whole numbers from 1 are a usage error (exit 2)', async () => {
    const h = seeded();
    const before = h.raw();
    for (const argv of [['done', 'abc'], ['done', '0'], ['undo', '1.5'], ['remove', '-1'], ['remove', ''], ['done', '1', '2'], ['remove'], ['done', '1e1'], ['edit', 'two', 'x']]) {
      expectUsageError(await h.run(argv));
    }
    for (const [argv, culprit] of [[['done', 'abc'], 'abc'], [['undo', '1.5'], '1.5'], [['done', '1', '2'], '2'], [['edit', 'two', 'x'], 'two']] as const) {
      const result = await h.run([...argv]);
      expect(result.stderr, `${result.label}: stderr should quote ${culprit}`).toContain(culprit);
    }
    expect(h.raw(), 'the data file after the wrong ids').toBe(before);
  });
});
