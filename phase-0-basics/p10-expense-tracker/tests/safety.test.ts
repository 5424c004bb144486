// Hidden suite for p10, task 3: nothing a user saved is ever lost. A damaged data file is never
// written over, a missing one is an empty ledger, saves are atomic. Every file is in a tempDir().
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataOf, expectFailure, expectOk, expectUsageError, expense, home, loadLedger, loadStore, scriptedPrompts, terminalStdin } from './helpers.js';

const good = () => dataOf([expense(1, '2026-01-10', 1250, 'food', 'Lunch'), expense(2, '2026-01-11', -300, 'fun', 'refund ✓')], { food: 20000 });

describe('Task 3: A data file that is never lost', () => {
  it('a data file that is not JSON is left exactly as it is by every command (exit 1)', async () => {
    const h = home();
    const damaged = '{\n  "nextId": 3,\n  "expenses": [\n    { "id": 1, "date": "2026-01-10", "amou';
    h.seed(damaged);
    const csv = h.write('in.csv', 'date,amount,category,note\n2026-01-02,5.00,food,\n');
    const commands = [['add', '5', 'food'], ['remove', '1'], ['budget', 'food', '10'], ['import', csv], ['list'], ['report'], ['export']];
    for (const argv of commands) {
      const result = await h.run(argv);
      expectFailure(result);
      expect(result.stderr, `${result.label}: stderr should name the data file`).toContain(h.file);
      expect(h.raw(), `${result.label}: the damaged data file must stay exactly as it was`).toBe(damaged);
    }
    expect(h.names(), 'files in HOME afterwards').toEqual(['.expenses.json', 'in.csv']);
  });

  it('wrong usage is exit 2 before any file is read, even when the data file is damaged', async () => {
    const h = home();
    h.seed('{ not json');
    for (const argv of [['List'], ['add', '5'], ['add', 'abc', 'food'], ['remove', 'x'], ['report', '--month', '2026-13'], ['budget', 'food', '-3']]) {
      const result = await h.run(argv);
      expectUsageError(result);
      expect(h.raw(), `${result.label}: the damaged data file`).toBe('{ not json');
    }
  });

  it('valid JSON that is not a ledger is damaged too', async () => {
    const ok = expense(1, '2026-01-10', 1250, 'food');
    const cases: Array<[string, unknown]> = [
      ['an array', []],
      ['null', null],
      ['no nextId', { expenses: [], budgets: {} }],
      ['no expenses', { nextId: 1, budgets: {} }],
      ['no budgets', { nextId: 1, expenses: [] }],
      ['nextId 0', { nextId: 0, expenses: [], budgets: {} }],
      ['amount as a float', dataOf([{ ...ok, amount: 12.5 }])],
      ['amount as a string', dataOf([{ ...ok, amount: '12.50' as unknown as number }])],
      ['amount 0', dataOf([{ ...ok, amount: 0 }])],
      ['a date that does not exist', dataOf([{ ...ok, date: '2026-02-30' }])],
      ['a date with a time', dataOf([{ ...ok, date: '2026-01-10T10:00:00Z' }])],
      ['id 1.5', dataOf([{ ...ok, id: 1.5 }])],
      ['id as a string', dataOf([{ ...ok, id: '1' as unknown as number }])],
      ['no note', dataOf([{ ...ok, note: undefined as unknown as string }])],
      ['an upper-case category', dataOf([{ ...ok, category: 'Food' }])],
      ['a negative budget', dataOf([], { food: -100 })],
      ['a budget of 10.5 cents', dataOf([], { food: 10.5 })],
      ['two expenses with id 1', dataOf([ok, { ...ok, note: 'again' }], {}, 2)],
    ];
    for (const [name, content] of cases) {
      const h = home();
      const text = `${JSON.stringify(content, null, 2)}\n`;
      h.seed(text);
      const result = await h.run(['add', '5', 'food']);
      expect(result.code, `a data file with ${name}: exit code of expenses add 5 food; stderr: ${result.stderr}`).toBe(1);
      expect(h.raw(), `a data file with ${name}: must stay as it was`).toBe(text);
    }
  });

  it('loadLedger throws CorruptFileError for a damaged file, and reads a missing or blank one as empty', async () => {
    const { loadLedger: load, CorruptFileError } = await loadStore();
    const h = home();
    h.seed('not json');
    await expect(load(h.file), 'loadLedger on a file holding "not json"').rejects.toBeInstanceOf(CorruptFileError);
    const missing = await load(path.join(h.dir, 'nope.json'));
    expect(missing.toJSON(), 'loadLedger of a missing file').toEqual(dataOf([], {}, 1));
    h.seed('  \n');
    expect((await load(h.file)).toJSON(), 'loadLedger of a blank file').toEqual(dataOf([], {}, 1));
    expect(h.names(), 'loading never creates files').toEqual(['.expenses.json']);
  });

  it('reading commands on a missing file show an empty ledger and create nothing', async () => {
    const h = home();
    for (const argv of [['list'], ['report'], ['export']]) expectOk(await h.run(argv));
    expect(h.names(), 'files in HOME after list, report and export without a data file').toEqual([]);
  });

  it('a data file that cannot be read (a folder) is a failure, not an empty ledger', async () => {
    const h = home();
    mkdirSync(h.file);
    const list = await h.run(['list']);
    expectFailure(list);
    const add = await h.run(['add', '5', 'food']);
    expectFailure(add);
    expect(readdirSync(h.file), 'the folder in place of the data file').toEqual([]);
  });

  it('keeps everything already saved when adding, removing and setting budgets', async () => {
    const h = home();
    h.seed(good());
    expectOk(await h.run(['add', '7', 'travel', 'train 🚆', '--date', '2026-01-12']));
    expectOk(await h.run(['budget', 'fun', '50']));
    expectOk(await h.run(['remove', '1']));
    expect(h.data(), 'the data file after add, budget and remove').toEqual(
      dataOf([expense(2, '2026-01-11', -300, 'fun', 'refund ✓'), expense(3, '2026-01-12', 700, 'travel', 'train 🚆')], { food: 20000, fun: 5000 }, 4),
    );
  });

  it('saves atomically: a new file replaces the old one, written as JSON with 2 spaces, no temp file left', async () => {
    const h = home();
    h.seed(good());
    const before = h.inode();
    expectOk(await h.run(['add', '1', 'food']));
    expect(h.inode(), 'the data file should be a new file after a save (temp file + rename), not rewritten in place').not.toBe(before);
    expect(h.names(), 'files in HOME after a save').toEqual(['.expenses.json']);
    expect(h.raw(), 'the data file is JSON.stringify(data, null, 2) and a newline').toBe(`${JSON.stringify(h.data(), null, 2)}\n`);
  });

  it('saveLedger writes what loadLedger reads back; a save into a missing folder fails cleanly', async () => {
    const { loadLedger: load, saveLedger } = await loadStore();
    const { Ledger } = await loadLedger();
    const h = home();
    const ledger = new Ledger(good());
    await saveLedger(h.file, ledger);
    expect((await load(h.file)).toJSON(), 'loadLedger after saveLedger').toEqual(good());
    await expect(saveLedger(path.join(h.dir, 'no', 'such', 'folder.json'), ledger), 'saveLedger into a missing folder').rejects.toThrow();
    const result = await h.run(['add', '1', 'food', '--file', 'missing/e.json']);
    expectFailure(result);
    expect(h.names(), 'the folder is not created').toEqual(['.expenses.json']);
  });

  it('interactive add on a damaged file fails before asking anything', async () => {
    const h = home();
    h.seed('{');
    const script = scriptedPrompts(['5', 'food', '', '', true]);
    const result = await h.run(['add'], { stdin: terminalStdin(), io: { prompts: script.prompts } });
    expectFailure(result);
    expect(script.asked.length, `${result.label} on a damaged file: questions asked`).toBe(0);
    expect(h.raw(), 'the damaged file').toBe('{');
  });
});

