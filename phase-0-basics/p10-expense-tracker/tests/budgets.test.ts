// Hidden suite for p10, task 4: monthly budgets per category and the month report, with UTC
// months: what is spent in one month never counts against the next.
import { OTHER_ZONES, withTimeZone } from '#testkit';
import { describe, expect, it } from 'vitest';
import { ANSI, dataOf, expectOk, expectUsageError, expense, home, lines, loadLedger, runAll } from './helpers.js';

describe('Task 4: Budgets and monthly reports', () => {
  it('budget sets a monthly budget in cents, "none" removes it', async () => {
    const h = home();
    const set = await h.run(['budget', 'Food', '200']);
    expectOk(set);
    expect(set.stdout, `${set.label}: stdout`).toBe('Budget for food: 200.00 a month\n');
    expectOk(await h.run(['budget', 'fun', '0.5']));
    expectOk(await h.run(['budget', 'travel', '0']));
    expect(h.data(), 'the data file after three budgets').toEqual(dataOf([], { food: 20000, fun: 50, travel: 0 }, 1));
    const removed = await h.run(['budget', 'fun', 'NONE']);
    expectOk(removed);
    expect(h.data().budgets, `budgets after ${removed.label}`).toEqual({ food: 20000, travel: 0 });
    expectOk(await h.run(['budget', 'food', '150.25']));
    expect(h.data().budgets.food, 'the food budget after setting it again').toBe(15025);
  });

  it('a negative, malformed or missing budget is a usage error', async () => {
    const h = home();
    for (const argv of [['budget', 'food', '-10'], ['budget', 'food', '10.001'], ['budget', 'food', 'lots'], ['budget', 'food'], ['budget'], ['budget', 'my food', '10'], ['budget', 'food', '10', '20']]) {
      expectUsageError(await h.run(argv));
    }
    expect(h.raw(), 'no data file after refused budgets').toBeUndefined();
  });

  it('report shows spent, budget and left or over per category, sorted by name, and the total', async () => {
    const h = home();
    await runAll(h, [
      ['budget', 'food', '200'],
      ['budget', 'travel', '200'],
      ['budget', 'books', '30'],
      ['add', '120.50', 'food', '--date', '2026-01-02'],
      ['add', '800', 'rent', '--date', '2026-01-01'],
      ['add', '250', 'travel', '--date', '2026-01-20'],
      ['add', '30', 'books', '--date', '2026-01-05'],
    ]);
    const result = await h.run(['report']);
    expectOk(result);
    expect(result.stdout, `${result.label}: stdout`).toBe(
      [
        'Report for 2026-01',
        'books: spent 30.00 of 30.00, 0.00 left',
        'food: spent 120.50 of 200.00, 79.50 left',
        'rent: spent 800.00, no budget',
        'travel: spent 250.00 of 200.00, 50.00 over',
        'Total: spent 1200.50',
        '',
      ].join('\n'),
    );
  });

  it('budgets start again every month: January spending never counts in February', async () => {
    const h = home();
    await runAll(h, [
      ['budget', 'food', '100'],
      ['add', '90', 'food', '--date', '2026-01-31'],
      ['add', '20', 'food', '--date', '2026-02-01'],
      ['add', '15', 'food', '--date', '2025-12-31'],
    ]);
    const january = await h.run(['report', '--month', '2026-01']);
    expect(january.stdout, `${january.label}: stdout`).toBe('Report for 2026-01\nfood: spent 90.00 of 100.00, 10.00 left\nTotal: spent 90.00\n');
    const february = await h.run(['report', '-m', '2026-02']);
    expect(february.stdout, `${february.label}: stdout`).toBe('Report for 2026-02\nfood: spent 20.00 of 100.00, 80.00 left\nTotal: spent 20.00\n');
    const december = await h.run(['report', '--month=2025-12']);
    expect(december.stdout, `${december.label}: stdout`).toBe('Report for 2025-12\nfood: spent 15.00 of 100.00, 85.00 left\nTotal: spent 15.00\n');
  });

  it('report without --month is the current UTC month of the clock, also at 23:59 on its last day', async () => {
    const h = home();
    h.clock.set('2026-01-31T23:59:00.000Z');
    await runAll(h, [['add', '9.99', 'food']]);
    const lastMinute = await h.run(['report']);
    expect(lastMinute.stdout, `${lastMinute.label} at 2026-01-31T23:59Z`).toBe('Report for 2026-01\nfood: spent 9.99, no budget\nTotal: spent 9.99\n');
    h.clock.set('2026-02-01T00:00:00.000Z');
    const nextMonth = await h.run(['report']);
    expect(nextMonth.stdout, `${nextMonth.label} at 2026-02-01T00:00Z`).toBe('Report for 2026-02\nNo expenses.\nTotal: spent 0.00\n');
    h.clock.set('2026-12-31T23:59:59.999Z');
    expect((await h.run(['report'])).stdout, 'expenses report at 2026-12-31T23:59:59.999Z').toMatch(/^Report for 2026-12\n/);
  });

  it('report without --month is the UTC month in other time zones too (Kolkata, Sydney, New York)', async () => {
    for (const zone of OTHER_ZONES) {
      await withTimeZone(zone, async () => {
        const h = home();
        await runAll(h, [['add', '7', 'food', '--date', '2026-01-31'], ['add', '9', 'food', '--date', '2026-02-01']]);
        for (const [at, month, spent] of [['2026-01-31T23:59:00.000Z', '2026-01', '7.00'], ['2026-02-01T00:30:00.000Z', '2026-02', '9.00']] as const) {
          h.clock.set(at);
          const result = await h.run(['report']);
          expect(result.stdout, `${result.label} at ${at} with TZ=${zone}: the SPEC says months are UTC months`).toBe(`Report for ${month}\nfood: spent ${spent}, no budget\nTotal: spent ${spent}\n`);
        }
      });
    }
  });

  it('report sorts categories by code units (compare with <): "éclair" after "zoo"', async () => {
    const h = home();
    await runAll(h, [['budget', 'zoo', '5'], ['add', '2', 'éclair'], ['add', '3', 'eat'], ['add', '4', 'Zoo']]);
    const result = await h.run(['report']);
    expect(lines(result.stdout), `${result.label}: the category lines, in code-unit order`).toEqual([
      'Report for 2026-01',
      'eat: spent 3.00, no budget',
      'zoo: spent 4.00 of 5.00, 1.00 left',
      'éclair: spent 2.00, no budget',
      'Total: spent 9.00',
    ]);
  });

  it('an empty month still lists the budgets, with nothing spent', async () => {
    const h = home();
    const empty = await h.run(['report', '--month', '2026-03']);
    expectOk(empty);
    expect(empty.stdout, `${empty.label} with no data file`).toBe('Report for 2026-03\nNo expenses.\nTotal: spent 0.00\n');
    await runAll(h, [['budget', 'food', '50'], ['add', '5', 'food', '--date', '2026-04-01']]);
    const withBudget = await h.run(['report', '--month', '2026-03']);
    expect(withBudget.stdout, `${withBudget.label} with a food budget`).toBe('Report for 2026-03\nfood: spent 0.00 of 50.00, 50.00 left\nNo expenses.\nTotal: spent 0.00\n');
    for (const month of ['2026-13', '2026-00', '2026-3', 'March', '2026-03-01']) expectUsageError(await h.run(['report', '--month', month]));
    expectUsageError(await h.run(['report', 'extra']));
  });

  it('refunds lower what was spent; a category can end below zero', async () => {
    const h = home();
    await runAll(h, [['budget', 'clothes', '100'], ['add', '80', 'clothes'], ['add', '-100', 'clothes', 'returned coat'], ['add', '0.10', 'food'], ['add', '0.20', 'food']]);
    const result = await h.run(['report']);
    expect(result.stdout, `${result.label}: stdout`).toBe('Report for 2026-01\nclothes: spent -20.00 of 100.00, 120.00 left\nfood: spent 0.30, no budget\nTotal: spent -19.70\n');
  });

  it('Ledger.report gives the numbers in cents: remaining is budget - spent, null without a budget', async () => {
    const { Ledger, LedgerError } = await loadLedger();
    const ledger = new Ledger(dataOf([expense(1, '2026-01-31', 10_001, 'food'), expense(2, '2026-02-01', 500, 'food'), expense(3, '2026-01-15', 42, 'misc')], { food: 10_000, zoo: 700 }));
    expect(ledger.report('2026-01'), 'ledger.report("2026-01")').toMatchObject({
      month: '2026-01',
      total: 10_043,
      categories: [
        { category: 'food', spent: 10_001, budget: 10_000, remaining: -1 },
        { category: 'misc', spent: 42, budget: null, remaining: null },
        { category: 'zoo', spent: 0, budget: 700, remaining: 700 },
      ],
    });
    expect(() => ledger.report('2026-13'), 'ledger.report("2026-13")').toThrow(LedgerError);
    expect(() => ledger.setBudget('food', -1), 'ledger.setBudget("food", -1)').toThrow(LedgerError);
    expect(() => ledger.setBudget('food', 0.5), 'ledger.setBudget("food", 0.5)').toThrow(LedgerError);
    ledger.setBudget('Food', null);
    expect(ledger.toJSON().budgets, 'budgets after setBudget("Food", null)').toEqual({ zoo: 700 });
  });

  it('adding past a budget warns on stderr (the add still succeeds); reaching it exactly does not', async () => {
    const h = home();
    await runAll(h, [['budget', 'food', '100'], ['add', '60', 'food']]);
    const exact = await h.run(['add', '40', 'food']);
    expectOk(exact);
    expect(exact.stderr, `${exact.label}: stderr when food reaches exactly 100.00`).toBe('');
    const other = await h.run(['add', '100', 'food', '--date', '2026-02-01']);
    expect(other.stderr, `${other.label}: February has its own budget`).toBe('');
    const over = await h.run(['add', '0.01', 'food']);
    expectOk(over);
    expect(over.stdout, `${over.label}: stdout`).toBe('Added #4: 0.01 food on 2026-01-15\n');
    expect(over.stderr, `${over.label}: stderr`).toContain('over budget');
    expect(over.stderr, `${over.label}: stderr`).toContain('100.01');
    const noBudget = await h.run(['add', '1000', 'rent']);
    expect(noBudget.stderr, `${noBudget.label}: no budget, no warning`).toBe('');
  });

  it('colours "over" only at a terminal without NO_COLOR', async () => {
    const h = home();
    await runAll(h, [['budget', 'food', '1'], ['add', '2', 'food']]);
    const tty = await h.run(['report'], { tty: true });
    expect(tty.stdout, 'expenses report at a terminal: colour codes').toMatch(ANSI);
    expect(tty.stdout.replace(/\u001b\[[0-9;]*m/g, ''), 'expenses report at a terminal, without its colour codes').toContain('food: spent 2.00 of 1.00, 1.00 over');
    const noColor = await h.run(['report'], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout, 'expenses report with NO_COLOR=1: no colour codes').not.toMatch(ANSI);
    const piped = await h.run(['report']);
    expect(piped.stdout, 'expenses report to a pipe: no colour codes').not.toMatch(ANSI);
  });
});
