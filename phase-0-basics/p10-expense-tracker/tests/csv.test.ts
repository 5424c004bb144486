// Hidden suite for p10, task 5: CSV import (all or nothing, every bad row reported with its line)
// and export (RFC 4180 quoting), and that an export imports back to the same expenses.
import { describe, expect, it } from 'vitest';
import { callText, dataOf, expectFailure, expectOk, expense, home, loadCsv, runAll } from './helpers.js';

const HEADER = 'date,amount,category,note\n';

describe('Task 5: CSV import and export', () => {
  it('parseExpensesCsv reads rows, quoted fields, "" escapes, CRLF, a BOM and a last line without newline', async () => {
    const { parseExpensesCsv } = await loadCsv();
    const text = '\uFEFFdate,amount,category,note\r\n2026-01-02,12.50,food,Lunch\r\n\r\n2026-01-03,-3,Fun,"Say ""hi"", then go"\r\n2026-01-04, 7 ,travel,"two\nlines"';
    const result = parseExpensesCsv(text);
    expect(result.problems, callText('parseExpensesCsv', [text])).toEqual([]);
    expect(result.expenses.map((e) => ({ ...e, note: e.note ?? '' })), callText('parseExpensesCsv', [text])).toEqual([
      { date: '2026-01-02', amount: 1250, category: 'food', note: 'Lunch' },
      { date: '2026-01-03', amount: -300, category: 'fun', note: 'Say "hi", then go' },
      { date: '2026-01-04', amount: 700, category: 'travel', note: 'two lines' },
    ]);
  });

  it('reports each bad row with the line it starts on', async () => {
    const { parseExpensesCsv } = await loadCsv();
    const text = [
      'date,amount,category,note', // 1
      '2026-01-02,19.999,food,too precise', // 2
      '2026-01-03,5.00,food,"a note', // 3: a quoted note over two lines
      'that goes on"', // 4
      '2026-02-30,5.00,food,', // 5
      '', // 6: blank, skipped
      '2026-01-04,5.00,food', // 7: three fields
      '2026-01-05,0,food,', // 8: zero
      '2026-01-06,abc,food,', // 9
      '2026-01-07,5.00,eating out,', // 10
      '2026-01-08,5.00,food,,extra', // 11
      '2026-01-09,1.5,food,fine', // 12
    ].join('\n');
    const result = parseExpensesCsv(text);
    const label = callText('parseExpensesCsv', [text]);
    expect(result.problems.map((p) => p.line), `${label}: the lines of the problems`).toEqual([2, 5, 7, 8, 9, 10, 11]);
    for (const problem of result.problems) expect(typeof problem.message === 'string' && problem.message.length > 0, `${label}: a message for line ${problem.line}`).toBe(true);
    expect(result.expenses.map((e) => e.amount), `${label}: the good rows`).toEqual([500, 150]);
  });

  it('a missing or wrong header, an empty file and an unclosed quote are problems', async () => {
    const { parseExpensesCsv } = await loadCsv();
    const cases: Array<[string, number[]]> = [
      ['', [1]],
      ['2026-01-02,5.00,food,\n', [1]],
      ['date,amount,category\n2026-01-02,5.00,food\n', [1]],
      ['\n\ndate,amount,category,note\n2026-01-02,5.00,food,"never closed\n2026-01-03,1.00,food,\n', [4]],
    ];
    for (const [text, lines] of cases) {
      const result = parseExpensesCsv(text);
      expect(result.problems.map((p) => p.line), `${callText('parseExpensesCsv', [text])}: lines of the problems`).toEqual(lines);
      expect(result.expenses, `${callText('parseExpensesCsv', [text])}: expenses`).toEqual([]);
    }
    const upper = parseExpensesCsv(' Date , AMOUNT,Category,Note\n2026-01-02,5.00,food,\n');
    expect(upper.problems, 'a header in other case, with spaces, is still the header').toEqual([]);
    expect(parseExpensesCsv(HEADER), 'only the header: nothing to import, no problem').toEqual({ expenses: [], problems: [] });
  });

  it('import adds every row of a good file and prints how many', async () => {
    const h = home();
    await runAll(h, [['add', '1', 'food']]);
    h.write('bank.csv', `${HEADER}2026-01-02,12.50,Food,Lunch\n2026-01-03,-3.00,fun,refund\n`);
    const result = await h.run(['import', 'bank.csv']);
    expectOk(result);
    expect(result.stdout, `${result.label}: stdout`).toMatch(/^Imported 2 expenses/);
    expect(h.data(), `the data file after ${result.label}`).toEqual(
      dataOf([expense(1, '2026-01-15', 100, 'food'), expense(2, '2026-01-02', 1250, 'food', 'Lunch'), expense(3, '2026-01-03', -300, 'fun', 'refund')], {}, 4),
    );
    const one = await h.run(['import', h.write('one.csv', `${HEADER}2026-01-05,1,food,\n`)]);
    expect(one.stdout, `${one.label}: stdout`).toMatch(/^Imported 1 expense\b/);
  });

  it('import is all or nothing: any bad row imports none and lists every bad line on stderr (exit 1)', async () => {
    const h = home();
    await runAll(h, [['add', '1', 'food']]);
    const before = h.raw();
    const inode = h.inode();
    h.write('bad.csv', `${HEADER}2026-01-02,12.50,food,ok\n2026-01-03,19.999,food,\n2026-01-04,1.00,food,ok\n2026-13-01,1.00,food,\n`);
    const result = await h.run(['import', 'bad.csv']);
    expectFailure(result);
    expect(result.stderr, `${result.label}: stderr names line 3`).toMatch(/line 3\b/);
    expect(result.stderr, `${result.label}: stderr names line 5`).toMatch(/line 5\b/);
    expect(result.stderr, `${result.label}: stderr must not blame the good line 2`).not.toMatch(/line 2\b/);
    expect(result.stderr, `${result.label}: stderr must not blame the good line 4`).not.toMatch(/line 4\b/);
    expect(h.raw(), `${result.label}: the data file must not change`).toBe(before);
    expect(h.inode(), `${result.label}: the data file must not even be rewritten`).toBe(inode);
  });

  it('importing a missing file or a file with no header fails (exit 1) and creates nothing', async () => {
    const h = home();
    const missing = await h.run(['import', 'nope.csv']);
    expectFailure(missing);
    expect(missing.stderr, `${missing.label}: stderr names the file`).toContain('nope.csv');
    h.write('empty.csv', '');
    expectFailure(await h.run(['import', 'empty.csv']));
    expect(h.names(), 'files in HOME').toEqual(['empty.csv']);
    h.write('header.csv', HEADER);
    const headerOnly = await h.run(['import', 'header.csv']);
    expectOk(headerOnly);
    expect(headerOnly.stdout, `${headerOnly.label}: stdout`).toMatch(/^Imported 0 expenses/);
    expect(h.raw(), `${headerOnly.label}: nothing to import, no data file written`).toBeUndefined();
  });

  it('export writes the header and one line per expense, oldest first, quoting only where needed', async () => {
    const h = home();
    await runAll(h, [
      ['add', '12.5', 'food', 'Lunch,', 'then', 'coffee'],
      ['add', '-3', 'fun', 'a "great" film', '--date', '2026-01-02'],
      ['add', '7', 'travel', '--date', '2026-02-01'],
    ]);
    const result = await h.run(['export']);
    expectOk(result);
    expect(result.stdout, `${result.label}: stdout`).toBe(`${HEADER}2026-01-02,-3.00,fun,"a ""great"" film"\n2026-01-15,12.50,food,"Lunch, then coffee"\n2026-02-01,7.00,travel,\n`);
    const january = await h.run(['export', '--month', '2026-01', '--category', 'food']);
    expect(january.stdout, `${january.label}: stdout`).toBe(`${HEADER}2026-01-15,12.50,food,"Lunch, then coffee"\n`);
    const none = await h.run(['export', '--month', '2025-01']);
    expect(none.stdout, `${none.label}: stdout`).toBe(HEADER);
  });

  it('an export imports back to the same expenses (round trip), Unicode and quotes included', async () => {
    const h = home();
    await runAll(h, [
      ['add', '0.10', 'café', 'crème, brûlée "extra"'],
      ['add', '-0.20', 'food', '--date', '2025-12-31'],
      ['add', '999999999.99', 'house', '🏠 new roof'],
      ['add', '1', 'food', 'a,b,,c'],
    ]);
    const exported = (await h.run(['export'])).stdout;
    const file = h.write('out.csv', exported);
    const result = await h.run(['import', file, '--file', 'copy.json']);
    expectOk(result);
    const strip = ({ id: _id, ...rest }: { id: number }) => rest;
    const copy = (await h.run(['export', '--file', 'copy.json'])).stdout;
    expect(copy, 'export of the imported copy').toBe(exported);
    const { parseExpensesCsv, expensesToCsv } = await loadCsv();
    const original = h.data().expenses;
    const sorted = [...original].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    expect(parseExpensesCsv(expensesToCsv(sorted)).expenses.map((e) => ({ ...e, note: e.note ?? '' })), 'parseExpensesCsv(expensesToCsv(expenses))').toEqual(sorted.map(strip));
  });
});
