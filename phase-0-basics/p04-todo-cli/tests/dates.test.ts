// Hidden suite for p04, task 3: priorities, due dates and "overdue", with the library functions
// parseDue, isOverdue and sortTodos and through the list command. The clock is always injected.
import { OTHER_ZONES, withTimeZone } from '#testkit';
import { describe, expect, it } from 'vitest';
import { ANSI, callText, dataOf, expectOk, expectUsageError, home, loadTodoRules, NOW, stripAnsi, todo, type TodoShape } from './helpers.js';

const at = (iso: string) => new Date(iso);
const NOON = NOW;

/**
 * Instants whose local day differs from their UTC day in each of the testkit's OTHER_ZONES, and
 * instants just before a DST change (a 23- or 25-hour day): [now, input, the local day parseDue
 * must give]. A day built with toISOString() (UTC) or moved by 24-hour steps fails here.
 */
const LOCAL_DUE_CASES: Record<string, Array<[string, string, string]>> = {
  'Asia/Kolkata': [
    ['2026-01-15T20:00:00.000Z', 'today', '2026-01-16'], // 01:30 on the 16th in Kolkata
    ['2026-01-15T20:00:00.000Z', 'tomorrow', '2026-01-17'],
    ['2026-01-15T20:00:00.000Z', '+30d', '2026-02-15'],
  ],
  'Australia/Sydney': [
    ['2026-01-15T14:00:00.000Z', 'today', '2026-01-16'], // 01:00 on the 16th in Sydney
    ['2026-01-15T14:00:00.000Z', 'tomorrow', '2026-01-17'],
    ['2026-10-03T13:30:00.000Z', 'tomorrow', '2026-10-04'], // 23:30 before the 23-hour day
    ['2026-10-03T13:30:00.000Z', '+2d', '2026-10-05'],
    ['2026-04-04T13:30:00.000Z', 'tomorrow', '2026-04-06'], // 00:30 on the 25-hour day
  ],
  'America/New_York': [
    ['2026-01-16T03:00:00.000Z', 'today', '2026-01-15'], // 22:00 on the 15th in New York
    ['2026-01-16T03:00:00.000Z', 'tomorrow', '2026-01-16'],
    ['2026-03-08T04:30:00.000Z', 'tomorrow', '2026-03-08'], // 23:30 before the 23-hour day
    ['2026-03-08T04:30:00.000Z', '+2d', '2026-03-09'],
    ['2026-11-01T03:30:00.000Z', 'today', '2026-10-31'], // 23:30 before the 25-hour day
    ['2026-11-01T03:30:00.000Z', '+2d', '2026-11-02'],
  ],
};

/** Per zone: an instant, the local day there (which is not the UTC day) and the local day before. */
const LOCAL_TODAY: Record<string, { now: string; today: string; yesterday: string }> = {
  'Asia/Kolkata': { now: '2026-01-15T20:00:00.000Z', today: '2026-01-16', yesterday: '2026-01-15' },
  'Australia/Sydney': { now: '2026-01-15T14:00:00.000Z', today: '2026-01-16', yesterday: '2026-01-15' },
  'America/New_York': { now: '2026-01-16T03:00:00.000Z', today: '2026-01-15', yesterday: '2026-01-14' },
};

describe('Task 3: Priorities and due dates', () => {
  it('parseDue reads YYYY-MM-DD, today, tomorrow and +Nd against the given clock', async () => {
    const { parseDue } = await loadTodoRules();
    const cases: Array<[string, string, string]> = [
      ['2026-01-20', NOON, '2026-01-20'],
      ['2020-02-29', NOON, '2020-02-29'],
      ['2000-02-29', NOON, '2000-02-29'],
      ['today', NOON, '2026-01-15'],
      ['tomorrow', NOON, '2026-01-16'],
      ['+0d', NOON, '2026-01-15'],
      ['+3d', NOON, '2026-01-18'],
      ['+30d', NOON, '2026-02-14'],
      ['+365d', NOON, '2027-01-15'],
      ['tomorrow', '2026-01-31T08:00:00.000Z', '2026-02-01'],
      ['tomorrow', '2026-12-31T23:59:59.999Z', '2027-01-01'],
      ['+1d', '2028-02-28T00:00:00.000Z', '2028-02-29'],
      ['today', '2026-03-01T00:00:00.000Z', '2026-03-01'],
      ['  Tomorrow ', NOON, '2026-01-16'],
      ['TODAY', NOON, '2026-01-15'],
      [' 2026-03-04 ', NOON, '2026-03-04'],
    ];
    for (const [input, now, day] of cases) {
      const label = `${callText('parseDue', [input])} at ${now}`;
      expect(parseDue(input, at(now)), label).toBe(day);
    }
  });

  it('parseDue returns null for text that is not a day, or a day that does not exist', async () => {
    const { parseDue } = await loadTodoRules();
    const bad = ['2026-02-29', '2100-02-29', '2026-02-30', '2026-04-31', '2026-06-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32', '2026-1-5', '20260105', '15/01/2026', '2026-01-15T10:00', 'next week', 'yesterday', '', '   ', '+d', '3d', '+3', '-3d', '+3days', 'in +3d', '+1000d', '12026-01-20', '2026-01-200', 'none'];
    for (const input of bad) {
      expect(parseDue(input, at(NOON)), callText('parseDue', [input])).toBeNull();
    }
    expect(parseDue('2026-12-31', at(NOON)), callText('parseDue', ['2026-12-31'])).toBe('2026-12-31');
    expect(parseDue('2026-04-30', at(NOON)), callText('parseDue', ['2026-04-30'])).toBe('2026-04-30');
    expect(parseDue('2026-01-31', at(NOON)), callText('parseDue', ['2026-01-31'])).toBe('2026-01-31');
  });

  it('isOverdue: open, with a due day before today; due today is not overdue yet', async () => {
    const { isOverdue } = await loadTodoRules();
    const cases: Array<[Partial<TodoShape>, string, boolean]> = [
      [{ due: '2026-01-14' }, NOON, true],
      [{ due: '2025-12-31' }, NOON, true],
      [{ due: '2026-01-15' }, NOON, false],
      [{ due: '2026-01-16' }, NOON, false],
      [{ due: null }, NOON, false],
      [{ due: '2026-01-14', done: true, doneAt: NOON }, NOON, false],
      [{ due: '2026-01-15' }, '2026-01-15T23:59:59.999Z', false],
      [{ due: '2026-01-15' }, '2026-01-16T00:00:00.000Z', true],
      [{ due: '2026-01-09' }, '2026-01-10T00:00:00.000Z', true],
    ];
    for (const [fields, now, expected] of cases) {
      const item = todo(1, 'Pay rent', fields);
      expect(isOverdue(item, at(now)), `isOverdue(due ${String(fields.due)}${fields.done ? ', done' : ''}) at ${now}`).toBe(expected);
    }
  });

  it('parseDue: today, tomorrow and +Nd are days of the local time zone (Kolkata, Sydney, New York)', async () => {
    for (const zone of OTHER_ZONES) {
      await withTimeZone(zone, async () => {
        const { parseDue } = await loadTodoRules();
        for (const [now, input, day] of LOCAL_DUE_CASES[zone] ?? []) {
          const local = new Date(now).toString();
          expect(parseDue(input, at(now)), `${callText('parseDue', [input])} at ${now} with TZ=${zone} (local time ${local}): the local day, not the UTC one`).toBe(day);
        }
      });
    }
  });

  it('isOverdue compares with the local day: in Kolkata and Sydney a day ends before it ends in UTC, in New York after', async () => {
    for (const zone of OTHER_ZONES) {
      await withTimeZone(zone, async () => {
        const { isOverdue } = await loadTodoRules();
        const { now, today, yesterday } = LOCAL_TODAY[zone]!;
        const local = new Date(now).toString();
        expect(isOverdue(todo(1, 'Pay rent', { due: yesterday }), at(now)), `isOverdue(due ${yesterday}) at ${now} with TZ=${zone} (local time ${local}): due yesterday is overdue`).toBe(true);
        expect(isOverdue(todo(1, 'Pay rent', { due: today }), at(now)), `isOverdue(due ${today}) at ${now} with TZ=${zone} (local time ${local}): due today is not overdue yet`).toBe(false);
      });
    }
  });

  it('add --due today and list use the local day in other time zones', async () => {
    for (const zone of OTHER_ZONES) {
      await withTimeZone(zone, async () => {
        const { now, today, yesterday } = LOCAL_TODAY[zone]!;
        const h = home();
        h.clock.set(now);
        h.seed(dataOf([todo(1, 'Old bill', { due: yesterday })]));
        const added = await h.run(['add', 'Pay rent', '--due', 'today']);
        expectOk(added);
        const where = `at ${now} with TZ=${zone} (local time ${new Date(now).toString()})`;
        expect(h.data().todos[1]?.due, `${added.label} ${where}: the due day saved`).toBe(today);
        const listed = await h.run(['list']);
        expect(listed.stdout, `${listed.label} ${where}: stdout`).toBe(`#1 [ ] Old bill  due ${yesterday}  overdue\n#2 [ ] Pay rent  due ${today}\n`);
      });
    }
  });

  it('sortTodos: open by priority, then due (none last), then id; done last by id; input untouched', async () => {
    const { sortTodos } = await loadTodoRules();
    const todos = [
      todo(1, 'a', { priority: 'low' }),
      todo(2, 'b', { done: true, doneAt: NOON }),
      todo(3, 'c', { priority: 'high', due: '2026-02-01' }),
      todo(4, 'd'),
      todo(5, 'e', { priority: 'high' }),
      todo(6, 'f', { due: '2026-01-20' }),
      todo(7, 'g', { priority: 'high', due: '2026-01-10' }),
      todo(8, 'h', { done: true, doneAt: NOON, priority: 'high' }),
      todo(9, 'i', { due: '2026-01-20' }),
      todo(10, 'j', { priority: 'low', due: '2026-03-01' }),
      todo(11, 'k', { done: true, doneAt: NOON, due: '2020-01-01' }),
      todo(12, 'l', { priority: 'high' }),
      todo(13, 'm', { due: '2026-01-18' }),
    ];
    const expected = [7, 3, 5, 12, 13, 6, 9, 4, 10, 1, 2, 8, 11];
    const copy = structuredClone(todos);
    const sorted = sortTodos(todos);
    expect(sorted.map((t) => t.id), 'sortTodos of 13 todos: ids in order').toEqual(expected);
    expect(todos, 'sortTodos should not change the array it is given').toEqual(copy);
    // The same todos in other orders must sort the same way: the order must not depend on the input's.
    const shuffles = [[...todos].reverse(), [5, 11, 2, 9, 13, 1, 12, 8, 4, 6, 3, 10, 7].map((id) => todos[id - 1]!)];
    for (const [i, shuffled] of shuffles.entries()) {
      expect(sortTodos(shuffled).map((t) => t.id), `sortTodos of the same 13 todos in ${i === 0 ? 'reverse' : 'shuffled'} order`).toEqual(expected);
    }
  });

  it('add --priority and --due store them; list marks !high, !low and the due day', async () => {
    const h = home();
    expectOk(await h.run(['add', 'Pay rent', '--priority', 'high', '--due', '2026-01-20']));
    expectOk(await h.run(['add', '-p', 'low', 'Read a book']));
    expectOk(await h.run(['add', 'Buy milk', '-p', 'MEDIUM', '-d', '2026-01-16']));
    expectOk(await h.run(['add', 'Call mum', '--priority=High']));
    expect(
      h.data().todos.map((t) => [t.id, t.priority, t.due]),
      'priority and due of the four todos in the data file',
    ).toEqual([
      [1, 'high', '2026-01-20'],
      [2, 'low', null],
      [3, 'medium', '2026-01-16'],
      [4, 'high', null],
    ]);
    const listed = await h.run(['list']);
    expect(listed.stdout, `${listed.label}: stdout`).toBe(
      '#1 [ ] Pay rent  !high  due 2026-01-20\n#4 [ ] Call mum  !high\n#3 [ ] Buy milk  due 2026-01-16\n#2 [ ] Read a book  !low\n',
    );
  });

  it('--due today, tomorrow and +Nd are resolved with the injected clock', async () => {
    const h = home();
    h.clock.set('2026-01-31T22:30:00.000Z');
    for (const due of ['today', 'tomorrow', '+3d']) expectOk(await h.run(['add', `Due ${due}`, '--due', due]));
    expect(h.data().todos.map((t) => t.due), 'due days for today, tomorrow, +3d on 2026-01-31').toEqual(['2026-01-31', '2026-02-01', '2026-02-03']);
  });

  it('list marks open todos whose due day has passed as overdue', async () => {
    const h = home();
    h.seed(
      dataOf([
        todo(1, 'Pay rent', { priority: 'high', due: '2026-01-14' }),
        todo(2, 'Buy milk', { due: '2026-01-15' }),
        todo(3, 'Old chore', { due: '2025-12-01', done: true, doneAt: NOON }),
        todo(4, 'Read a book', { priority: 'low', due: '2026-01-10' }),
      ]),
    );
    const result = await h.run(['list', '--all']);
    expectOk(result);
    expect(result.stdout, `${result.label} on 2026-01-15: stdout`).toBe(
      '#1 [ ] Pay rent  !high  due 2026-01-14  overdue\n#2 [ ] Buy milk  due 2026-01-15\n#4 [ ] Read a book  !low  due 2026-01-10  overdue\n#3 [x] Old chore  due 2025-12-01\n',
    );
    h.clock.set('2026-01-16T00:00:00.000Z');
    const tomorrow = await h.run(['list']);
    expect(tomorrow.stdout.split('\n')[1], `${tomorrow.label} on 2026-01-16: the line of "Buy milk", due 2026-01-15`).toBe('#2 [ ] Buy milk  due 2026-01-15  overdue');
  });

  it('list orders open todos by priority, due date and id', async () => {
    const h = home();
    h.seed(dataOf([todo(1, 'a', { priority: 'low' }), todo(2, 'b', { due: '2026-01-30' }), todo(3, 'c'), todo(4, 'd', { due: '2026-01-20' }), todo(5, 'e', { priority: 'high' })]));
    const result = await h.run(['list']);
    expect(result.stdout, `${result.label}: stdout`).toBe('#5 [ ] e  !high\n#4 [ ] d  due 2026-01-20\n#2 [ ] b  due 2026-01-30\n#3 [ ] c\n#1 [ ] a  !low\n');
  });

  it('a bad priority or due date, or an option the command does not take, is a usage error', async () => {
    const h = home();
    const cases = [
      ['add', 'x', '--priority', 'urgent'],
      ['add', 'x', '-p', ''],
      ['add', 'x', '--due', '2026-02-30'],
      ['add', 'x', '--due', 'someday'],
      ['add', 'x', '--due', '15/01/2026'],
      ['add', 'x', '--all'],
      ['list', '--priority', 'high'],
      ['list', '--due', 'today'],
      ['done', '1', '--due', 'today'],
      ['edit', '1', '--priority', 'top'],
      ['edit', '1', '--due', 'never'],
    ];
    for (const argv of cases) expectUsageError(await h.run(argv));
    const culprits: Array<[string[], string]> = [
      [['add', 'x', '--priority', 'urgent'], 'urgent'],
      [['add', 'x', '--due', 'someday'], 'someday'],
      [['add', 'x', '--all'], '--all'],
      [['list', '--priority', 'high'], '--priority'],
      [['done', '1', '--due', 'today'], '--due'],
    ];
    for (const [argv, culprit] of culprits) {
      const result = await h.run(argv);
      expect(result.stderr, `${result.label}: stderr should quote ${culprit}`).toContain(culprit);
    }
    expect(h.names(), 'wrong usage should not create any file').toEqual([]);
  });

  it('colours the list only at a terminal without NO_COLOR', async () => {
    const h = home();
    h.seed(dataOf([todo(1, 'Pay rent', { priority: 'high', due: '2026-01-01' }), todo(2, 'Call mum', { done: true, doneAt: NOON })]));
    const plain = '#1 [ ] Pay rent  !high  due 2026-01-01  overdue\n#2 [x] Call mum\n';
    const colour = await h.run(['list', '--all'], { tty: true });
    expect(colour.stdout, `${colour.label} at a terminal: stdout should have colour codes`).toMatch(ANSI);
    expect(stripAnsi(colour.stdout), `${colour.label} at a terminal, without the colour codes`).toBe(plain);
    for (const value of ['1', '0', 'false']) {
      const noColor = await h.run(['list', '--all'], { tty: true, env: { NO_COLOR: value } });
      expect(noColor.stdout, `${noColor.label} at a terminal with NO_COLOR=${JSON.stringify(value)} (any non-empty value turns colour off)`).toBe(plain);
    }
    const empty = await h.run(['list', '--all'], { tty: true, env: { NO_COLOR: '' } });
    expect(empty.stdout, `${empty.label} at a terminal with NO_COLOR="" (empty counts as unset): stdout should have colour codes`).toMatch(ANSI);
    expect(stripAnsi(empty.stdout), `${empty.label} at a terminal with NO_COLOR="", without the colour codes`).toBe(plain);
    const piped = await h.run(['list', '--all']);
    expect(piped.stdout, `${piped.label} into a pipe`).toBe(plain);
  });
});
