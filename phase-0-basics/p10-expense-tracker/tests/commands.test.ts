// Hidden suite for p10, task 2: add, list and remove through main(argv, io) in a temporary HOME
// with a fake clock, and the Ledger class through its Interface.
import path from 'node:path';
import { OTHER_ZONES, withTimeZone } from '#testkit';
import { describe, expect, it } from 'vitest';
import { ZONE_MOMENTS, dataOf, expectFailure, expectOk, expectUsageError, expense, home, lines, loadLedger, runAll } from './helpers.js';

describe('Task 2: Add, list and remove', () => {
  it('add saves the expense in cents with today (UTC) as its date and prints "Added #1: ..."', async () => {
    const h = home();
    const result = await h.run(['add', '12.50', 'food', 'Lunch', 'with', 'Ana']);
    expectOk(result);
    expect(result.stdout, `${result.label}: stdout`).toBe('Added #1: 12.50 food on 2026-01-15\n');
    expect(h.data(), `the data file after ${result.label}`).toEqual(dataOf([expense(1, '2026-01-15', 1250, 'food', 'Lunch with Ana')], {}, 2));
  });

  it('cleans the note, lower-cases the category and keeps Unicode as it is', async () => {
    const h = home();
    expectOk(await h.run(['add', '3.80', ' Café ', '  crème\t brûlée ☕ ', '', 'für  Zoë']));
    expect(h.data().expenses, 'the data file after add 3.80 " Café " with a messy note').toEqual([expense(1, '2026-01-15', 380, 'café', 'crème brûlée ☕ für Zoë')]);
    const list = await h.run(['list']);
    expect(list.stdout, `${list.label}: stdout`).toBe('#1 2026-01-15 café 3.80 crème brûlée ☕ für Zoë\nTotal: 3.80\n');
  });

  it('--date sets the day; an impossible or malformed date is a usage error', async () => {
    const h = home();
    expectOk(await h.run(['add', '5', 'food', '--date', '2024-02-29']));
    expectOk(await h.run(['add', '--date=2025-12-31', '6', 'food']));
    expect(h.data().expenses.map((e) => e.date), 'dates saved by add --date').toEqual(['2024-02-29', '2025-12-31']);
    for (const date of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-1-5', 'tomorrow', '15/01/2026', '2026-01-15T10:00']) {
      expectUsageError(await h.run(['add', '5', 'food', '--date', date]));
    }
    expect(h.data().expenses.length, 'expenses after the refused dates').toBe(2);
  });

  it('the default date is the UTC day: 23:59 on the last day of a month is still that month', async () => {
    const h = home();
    h.clock.set('2026-01-31T23:59:59.000Z');
    expectOk(await h.run(['add', '10', 'food', 'late dinner']));
    h.clock.set('2026-02-01T00:00:00.000Z');
    expectOk(await h.run(['add', '20', 'food', 'breakfast']));
    expect(h.data().expenses.map((e) => e.date), 'dates of expenses added at 23:59:59 on 31 January and 00:00 on 1 February (UTC)').toEqual(['2026-01-31', '2026-02-01']);
  });

  it('the default date is the UTC day in other time zones too (Kolkata, Sydney, New York)', async () => {
    for (const zone of OTHER_ZONES) {
      await withTimeZone(zone, async () => {
        const h = home();
        for (const moment of ZONE_MOMENTS) {
          h.clock.set(moment.at);
          expectOk(await h.run(['add', '1', 'food']));
        }
        expect(h.data().expenses.map((e) => e.date), `dates of expenses added at ${ZONE_MOMENTS.map((m) => m.at).join(', ')} with TZ=${zone}: the SPEC says days are UTC days`).toEqual(ZONE_MOMENTS.map((m) => m.day));
      });
    }
  });

  it('list shows every expense oldest first (same day: by id) and a total', async () => {
    const h = home();
    await runAll(h, [
      ['add', '12.50', 'food', 'Lunch'],
      ['add', '30', 'travel', '--date', '2026-01-03'],
      ['add', '-4.50', 'food', 'refund'],
      ['add', '100', 'rent', '--date', '2025-12-31'],
    ]);
    const result = await h.run(['list']);
    expectOk(result);
    expect(result.stdout, `${result.label}: stdout`).toBe(
      '#4 2025-12-31 rent 100.00\n#2 2026-01-03 travel 30.00\n#1 2026-01-15 food 12.50 Lunch\n#3 2026-01-15 food -4.50 refund\nTotal: 138.00\n',
    );
  });

  it('list --month and --category filter; an empty list says "No expenses."', async () => {
    const h = home();
    const empty = await h.run(['list']);
    expectOk(empty);
    expect(empty.stdout, `${empty.label} before anything was added`).toBe('No expenses.\n');
    await runAll(h, [
      ['add', '1', 'food', '--date', '2025-12-31'],
      ['add', '2', 'food', '--date', '2026-01-01'],
      ['add', '4', 'fun', '--date', '2026-01-31'],
      ['add', '8', 'food', '--date', '2026-02-01'],
    ]);
    const january = await h.run(['list', '--month', '2026-01']);
    expect(january.stdout, `${january.label}: stdout`).toBe('#2 2026-01-01 food 2.00\n#3 2026-01-31 fun 4.00\nTotal: 6.00\n');
    const food = await h.run(['list', '-c', 'FOOD', '-m', '2026-02']);
    expect(food.stdout, `${food.label}: stdout`).toBe('#4 2026-02-01 food 8.00\nTotal: 8.00\n');
    const none = await h.run(['list', '--month', '2026-03']);
    expect(none.stdout, `${none.label}: stdout`).toBe('No expenses.\n');
    expectUsageError(await h.run(['list', '--month', '2026-13']));
    expectUsageError(await h.run(['list', '--month', '2026-1']));
  });

  it('remove deletes by id, prints it, and an id is never given twice', async () => {
    const h = home();
    await runAll(h, [['add', '1', 'food'], ['add', '2', 'fun', 'cinema']]);
    const result = await h.run(['remove', '2']);
    expectOk(result);
    expect(result.stdout, `${result.label}: stdout`).toBe('Removed #2: 2.00 fun on 2026-01-15\n');
    const again = await h.run(['add', '3', 'food']);
    expect(again.stdout, `${again.label} after removing #2: the new id`).toBe('Added #3: 3.00 food on 2026-01-15\n');
    expect(h.data(), 'the data file').toEqual(dataOf([expense(1, '2026-01-15', 100, 'food'), expense(3, '2026-01-15', 300, 'food')], {}, 4));
  });

  it('a hand-edited nextId that is already used never gives an id twice', async () => {
    const h = home();
    h.seed(dataOf([expense(1, '2026-01-02', 100, 'food'), expense(5, '2026-01-03', 200, 'food')], {}, 2));
    const result = await h.run(['add', '7', 'fun']);
    expect(result.stdout, `${result.label} with ids 1 and 5 and nextId 2`).toBe('Added #6: 7.00 fun on 2026-01-15\n');
    expect(h.data().nextId, 'nextId after the add').toBe(7);
  });

  it('remove of an unknown id fails (exit 1) without rewriting the file; a malformed id is exit 2', async () => {
    const h = home();
    await runAll(h, [['add', '1', 'food']]);
    const before = h.raw();
    const inode = h.inode();
    const missing = await h.run(['remove', '7']);
    expectFailure(missing);
    expect(missing.stderr, `${missing.label}: stderr`).toContain('no expense #7');
    expect(h.inode(), `${missing.label} must not save the file`).toBe(inode);
    expect(h.raw(), `${missing.label}: the data file`).toBe(before);
    for (const id of ['abc', '0', '-1', '1.5', '1e1', '']) expectUsageError(await h.run(['remove', id]));
    expectUsageError(await h.run(['remove']));
    expectUsageError(await h.run(['remove', '1', '2']));
  });

  it('finds the data file: --file, else EXPENSES_FILE, else ~/.expenses.json; relative to io.cwd', async () => {
    const h = home();
    expectOk(await h.run(['add', '1', 'food', '--file', 'sub.json']));
    expectOk(await h.run(['add', '2', 'food'], { env: { EXPENSES_FILE: 'env.json' } }));
    expectOk(await h.run(['add', '3', 'food', '-f', 'flag.json'], { env: { EXPENSES_FILE: 'env.json' } }));
    expectOk(await h.run(['add', '4', 'food'], { env: { EXPENSES_FILE: '' } }));
    expect(h.names(), 'files created in the working folder').toEqual(['.expenses.json', 'env.json', 'flag.json', 'sub.json']);
    const absolute = path.join(h.dir, 'abs.json');
    expectOk(await h.run(['add', '5', 'food', '--file', absolute], { cwd: '/' }));
    expect(h.names(), 'after --file with an absolute path').toContain('abs.json');
    const nowhere = await h.run(['list'], { env: { HOME: undefined } });
    expectFailure(nowhere);
  });

  it('--help prints the usage on stdout; wrong usage is exit 2 with the reason on stderr', async () => {
    const h = home();
    const help = await h.run(['report', '--help']);
    expectOk(help);
    expect(help.stdout, `${help.label}: stdout`).toMatch(/^Usage: expenses/);
    expect((await h.run(['-h'])).stdout, 'expenses -h').toMatch(/^Usage: expenses/);
    for (const argv of [[], ['frobnicate'], ['List'], ['list', '--nope'], ['list', 'extra'], ['add', '5'], ['add', '5', 'eating out!'], ['add', '5', 'food', '--date'], ['report', '--category', 'food'], ['list', '--date', '2026-01-01']]) {
      expectUsageError(await h.run(argv));
    }
    const unknown = await h.run(['frobnicate']);
    expect(unknown.stderr, `${unknown.label}: stderr quotes the command`).toContain('frobnicate');
    expect(h.raw(), 'no data file after usage errors').toBeUndefined();
  });

  it('the Ledger class checks what it is given and keeps its own copy', async () => {
    const { Ledger, LedgerError } = await loadLedger();
    const data = dataOf([expense(1, '2026-01-10', 500, 'food')], { food: 1000 });
    const ledger = new Ledger(data);
    const added = ledger.add({ date: '2026-01-12', amount: -250, category: ' Fun ', note: ' a\n b ' });
    expect(added, 'ledger.add({ amount: -250, category: " Fun " ... })').toEqual(expense(2, '2026-01-12', -250, 'fun', 'a b'));
    expect(data.expenses.length, 'the data given to new Ledger(data) must not change').toBe(1);
    const bad: Array<[string, object]> = [
      ['amount 0', { date: '2026-01-12', amount: 0, category: 'food' }],
      ['amount 12.5', { date: '2026-01-12', amount: 12.5, category: 'food' }],
      ['amount too large', { date: '2026-01-12', amount: 100_000_000_000, category: 'food' }],
      ['date 2026-02-30', { date: '2026-02-30', amount: 100, category: 'food' }],
      ['category ""', { date: '2026-01-12', amount: 100, category: '' }],
      ['category "a b"', { date: '2026-01-12', amount: 100, category: 'a b' }],
      ['category of 31 letters', { date: '2026-01-12', amount: 100, category: 'x'.repeat(31) }],
    ];
    for (const [name, input] of bad) {
      expect(() => ledger.add(input as never), `ledger.add with ${name}`).toThrow(LedgerError);
    }
    expect(ledger.add({ date: '2026-01-12', amount: 99_999_999_999, category: 'x'.repeat(30) }).id, 'ledger.add with the largest amount and a 30-letter category').toBe(3);
    expect(() => ledger.remove(42), 'ledger.remove(42)').toThrow(LedgerError);
    expect(ledger.remove(1), 'ledger.remove(1)').toEqual(expense(1, '2026-01-10', 500, 'food'));
    expect(ledger.toJSON().nextId, 'toJSON().nextId').toBe(4);
    expect(ledger.toJSON().budgets, 'toJSON().budgets').toEqual({ food: 1000 });
    expect(JSON.parse(JSON.stringify(ledger)), 'JSON.stringify(ledger)').toEqual(ledger.toJSON());
  });

  it('refunds are negative expenses and subtract from the total', async () => {
    const h = home();
    await runAll(h, [['add', '20', 'clothes'], ['add', '-20', 'clothes', 'returned'], ['add', '-0.01', 'food']]);
    expect(h.data().expenses.map((e) => e.amount), 'amounts saved').toEqual([2000, -2000, -1]);
    expect((await h.run(['list'])).stdout, 'expenses list').toContain('Total: -0.01\n');
    expect(lines((await h.run(['list'])).stdout).length, 'list lines').toBe(4);
  });
});

