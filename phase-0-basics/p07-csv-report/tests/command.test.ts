// Hidden suite for p07 csv-report, Task 5: main(argv, io) with in-memory streams and files in a
// temporary folder. real-cli.test.ts runs the real src/cli.ts for two more checks.
import { controlledStdin, tempDir } from '#testkit';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ANSI, run, SALES, settle, stripAnsi } from './helpers.js';

/** A folder with sales.csv (the SALES text of helpers.ts) in it. */
function salesFolder(files: Record<string, string> = {}): string {
  const dir = tempDir('b100-p07-');
  writeFileSync(path.join(dir, 'sales.csv'), SALES);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function parseJson(text: string, label: string): Array<Record<string, unknown>> {
  try {
    return JSON.parse(text) as Array<Record<string, unknown>>;
  } catch {
    return expect.fail(`${label}: stdout should be JSON, got ${JSON.stringify(text.slice(0, 300))}`);
  }
}

const SALES_TABLE = [
  'region  count  sum(amount)',
  '------  -----  -----------',
  'north       2         30.5',
  'south       2           20',
  'east        1            0',
  '',
].join('\n');

describe('Task 5: The csv-report command', () => {
  it('prints a grouped table for a file relative to io.cwd, exit 0', async () => {
    const cwd = salesFolder();
    const result = await run(['--group-by', 'region', '--count', '--sum', 'amount', 'sales.csv'], { cwd });
    expect(result.stdout, `${result.label}: stdout`).toBe(SALES_TABLE);
    expect(result.stderr, `${result.label}: stderr`).toBe('');
    expect(result.code, `${result.label}: exit code`).toBe(0);
  });

  it('reads stdin when FILE is missing or "-", and prints csv or json with --format', async () => {
    const argv = ['--group-by', 'region', '--sum', 'amount', '--avg', 'qty'];
    const csv = await run([...argv, '--format', 'csv'], { stdin: SALES });
    expect(csv.stdout, `${csv.label} < sales.csv: stdout`).toBe('region,sum(amount),avg(qty)\nnorth,30.5,2.5\nsouth,20,3\neast,0,4\n');
    expect(csv.code, `${csv.label}: exit code`).toBe(0);
    const json = await run([...argv, '--format=json', '-'], { stdin: SALES });
    expect(parseJson(json.stdout, json.label), `${json.label} < sales.csv`).toEqual([
      { region: 'north', 'sum(amount)': 30.5, 'avg(qty)': 2.5 },
      { region: 'south', 'sum(amount)': 20, 'avg(qty)': 3 },
      { region: 'east', 'sum(amount)': 0, 'avg(qty)': 4 },
    ]);
    expect(json.code, `${json.label}: exit code`).toBe(0);
  });

  it('counts rows when no aggregate is asked, and orders columns count, sum, avg, min, max', async () => {
    const plain = await run(['--format', 'json'], { stdin: SALES });
    expect(parseJson(plain.stdout, plain.label), `${plain.label} < sales.csv`).toEqual([{ count: 5 }]);
    const mixed = await run(['--max', 'qty', '--min', 'amount', '--avg', 'amount', '--sum', 'qty', '--sum', 'amount', '--count', '--format', 'csv', '--sum', 'qty'], { stdin: SALES });
    expect(mixed.stdout.split('\n')[0], `${mixed.label}: header`).toBe('count,sum(qty),sum(amount),avg(amount),min(amount),max(qty)');
    expect(mixed.stdout.split('\n')[1], `${mixed.label}: values`).toBe('5,15,50.5,12.625,8,5');
  });

  it('sorts with --sort COL, COL:asc and COL:desc', async () => {
    const base = ['--group-by', 'region', '--sum', 'amount', '--format', 'csv'];
    const cases: Array<[string, string[]]> = [
      ['sum(amount):desc', ['north', 'south', 'east']],
      ['sum(amount)', ['east', 'south', 'north']],
      ['region:asc', ['east', 'north', 'south']],
      ['region:desc', ['south', 'north', 'east']],
    ];
    for (const [sort, order] of cases) {
      const result = await run([...base, '--sort', sort], { stdin: SALES });
      const groups = result.stdout.trim().split('\n').slice(1).map((line) => line.split(',')[0]);
      expect(groups, `${result.label}: group order`).toEqual(order);
      expect(result.code, `${result.label}: exit code`).toBe(0);
    }
  });

  it('uses --delimiter for reading and for csv output; "tab" names a tab', async () => {
    const semi = await run(['--delimiter', ';', '--group-by', 'k', '--sum', 'v', '--format', 'csv'], { stdin: 'k;v\n"a;b";1,5\na;b;2\n"a;b";2\n' });
    expect(semi.stdout, `${semi.label}: stdout`).toBe('k;sum(v)\n"a;b";2\n');
    expect(semi.stderr, `${semi.label}: stderr (1,5 is not a number)`).toContain('line 2: "1,5" in column "v" is not a number');
    expect(semi.code, `${semi.label}: exit code`).toBe(1);
    const tab = await run(['--delimiter', 'tab', '--sum', 'v', '--format', 'json'], { stdin: 'k\tv\nx, y\t2\nz\t3\n' });
    expect(parseJson(tab.stdout, tab.label), `${tab.label}`).toEqual([{ 'sum(v)': 5 }]);
    expect(tab.code, `${tab.label}: exit code`).toBe(0);
  });

  it('reports ragged and non-numeric rows on stderr with their line, prints the rest, exits 1', async () => {
    const text = 'region,note,amount\r\nnorth,"a\r\nb",1\r\nsouth,short\r\nnorth,x,abc\r\nsouth,y,2\r\n';
    const result = await run(['--group-by', 'region', '--sum', 'amount', '--format', 'csv'], { stdin: text });
    expect(result.stdout, `${result.label}: stdout (the report of the good rows)`).toBe('region,sum(amount)\nnorth,1\nsouth,2\n');
    expect(result.stderr, `${result.label}: stderr`).toBe('line 4: expected 3 fields, found 2\nline 5: "abc" in column "amount" is not a number\n');
    expect(result.code, `${result.label}: exit code`).toBe(1);
  });

  it('reports each bad row as soon as it is read, while stdin is still open', async () => {
    const { main } = await import('./helpers.js').then((helpers) => helpers.loadMain());
    const stdin = controlledStdin();
    let stderr = '';
    const sink = Object.assign(new Writable({ write: (chunk: Buffer, _encoding, done) => { stderr += chunk.toString(); done(); } }), { isTTY: false });
    const stdout = Object.assign(new Writable({ write: (_chunk, _encoding, done) => done() }), { isTTY: false });
    const running = main(['--sum', 'n'], { stdin, stdout, stderr: sink, env: {}, cwd: tempDir() });
    stdin.write('n\n1\n2,3\n');
    await settle();
    expect(stderr, 'csv-report --sum n after "n\\n1\\n2,3\\n" with stdin still open: stderr').toContain('line 3: expected 1 fields, found 2');
    stdin.end('4\n');
    expect(await running, 'csv-report --sum n: exit code').toBe(1);
  });

  it('reads stdin cut anywhere: inside quoted fields, between \\r and \\n, inside UTF-8 characters', async () => {
    const text = 'city,"note",n\r\n"Zürich","say ""grüezi""\r\nnow",1.5\r\n東京,"a,b",2\r\n"Zürich",,3\r\n';
    const bytes = Buffer.from(text);
    const stdin = controlledStdin();
    const pending = run(['--group-by', 'city', '--count', '--sum', 'n', '--format', 'json'], { stdin });
    for (let at = 0; at < bytes.length; at += 3) stdin.write(bytes.subarray(at, at + 3));
    stdin.end();
    const result = await pending;
    expect(parseJson(result.stdout, result.label), `${result.label} fed 3 bytes at a time`).toEqual([
      { city: 'Zürich', count: 2, 'sum(n)': 4.5 },
      { city: '東京', count: 1, 'sum(n)': 2 },
    ]);
    expect(result.code, `${result.label}: exit code`).toBe(0);
  });

  it('stops with exit 1 and the line on stderr for broken quoting; nothing on stdout', async () => {
    const cases: Array<[string, string]> = [
      ['a,b\n1,2\n3,"x\n\n', 'error: line 3: unterminated quoted field'],
      ['a,b\n"1"2,3\n', 'error: line 2: unexpected character after closing quote'],
    ];
    for (const [text, message] of cases) {
      const result = await run(['--count'], { stdin: text });
      expect(result.stderr, `${result.label} < ${JSON.stringify(text)}: stderr`).toContain(message);
      expect(result.stdout, `${result.label}: stdout`).toBe('');
      expect(result.code, `${result.label}: exit code`).toBe(1);
    }
  });

  it('exits 1 with an error naming the file when it is missing or a folder', async () => {
    const cwd = salesFolder();
    mkdirSync(path.join(cwd, 'folder.csv'));
    for (const file of ['nope.csv', 'folder.csv']) {
      const result = await run(['--count', file], { cwd });
      expect(result.code, `${result.label}: exit code`).toBe(1);
      expect(result.stderr, `${result.label}: stderr`).toMatch(/^error: /);
      expect(result.stderr, `${result.label}: stderr names the file`).toContain(file);
      expect(result.stdout, `${result.label}: stdout`).toBe('');
    }
  });

  it('exits 1 for an empty input or a column the header does not have', async () => {
    const empty = await run(['--count'], { stdin: '' });
    expect(empty.code, `${empty.label} < empty input: exit code`).toBe(1);
    expect(empty.stderr, `${empty.label} < empty input: stderr`).toMatch(/^error: /);
    expect(empty.stdout, `${empty.label} < empty input: stdout`).toBe('');
    const missing = await run(['--sum', 'price'], { stdin: SALES });
    expect(missing.code, `${missing.label} < sales.csv: exit code`).toBe(1);
    expect(missing.stderr, `${missing.label}: stderr names the column`).toContain('"price"');
    expect(missing.stdout, `${missing.label}: stdout`).toBe('');
  });

  it('reads a header-only file as a report with no data', async () => {
    const result = await run(['--count', '--sum', 'amount', '--avg', 'amount', '--format', 'csv'], { stdin: 'name,amount\r\n' });
    expect(result.stdout, `${result.label} < "name,amount\\r\\n": stdout`).toBe('count,sum(amount),avg(amount)\n0,0,\n');
    expect(result.code, `${result.label}: exit code`).toBe(0);
  });

  it('--help and -h print the usage to stdout and exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['--sum', 'x', '--help']]) {
      const result = await run(argv);
      expect(result.stdout, `${result.label}: stdout`).toMatch(/^Usage: csv-report/);
      expect(result.stderr, `${result.label}: stderr`).toBe('');
      expect(result.code, `${result.label}: exit code`).toBe(0);
    }
  });

  it('exits 2 with the error and the usage on stderr for a wrong command line', async () => {
    const cases = [
      ['--nope'], ['--format', 'xml'], ['--delimiter', ';;'], ['--delimiter', '"'], ['--delimiter', ''], ['--sum'], ['a.csv', 'b.csv'],
      ['--sort', 'amount'], ['--sum', 'amount', '--sort', 'count'], ['--group-by', 'region', '--sort', 'sum(amount):down'], ['--count=yes'],
    ];
    for (const argv of cases) {
      const result = await run(argv, { stdin: SALES });
      expect(result.code, `${result.label}: exit code`).toBe(2);
      expect(result.stderr, `${result.label}: stderr`).toMatch(/^error: /);
      expect(result.stderr, `${result.label}: stderr shows the usage`).toContain('Usage: csv-report');
      expect(result.stdout, `${result.label}: stdout`).toBe('');
    }
  });

  it('finds usage errors from argv alone, before reading any input', async () => {
    const { main } = await import('./helpers.js').then((helpers) => helpers.loadMain());
    const cases = [['--format', 'xml'], ['--delimiter', ';;'], ['--sum', 'amount', '--sort', 'count'], ['--count=yes'], ['--nope']];
    for (const argv of cases) {
      const stdin = controlledStdin();
      stdin.write('region,amount\nnorth,1\n');
      const sink = () => Object.assign(new Writable({ write: (_chunk, _encoding, done) => done() }), { isTTY: false });
      let code: number | undefined;
      const running = Promise.resolve(main(argv, { stdin, stdout: sink(), stderr: sink(), env: {}, cwd: tempDir() })).then((c: number) => (code = c));
      await settle();
      expect(code, `csv-report ${argv.join(' ')} with stdin still open: a usage error is found from argv alone, exit 2 without waiting for the input`).toBe(2);
      stdin.end();
      await running;
    }
    const dir = tempDir('b100-p07-');
    for (const argv of [['--format', 'xml', 'missing.csv'], ['--sort', 'price', 'missing.csv']]) {
      const result = await run(argv, { cwd: dir });
      expect(result.code, `${result.label} (missing.csv does not exist): the usage error comes first, exit 2`).toBe(2);
      expect(result.stderr, `${result.label}: stderr shows the usage`).toContain('Usage: csv-report');
    }
  });

  it('exits 2 when there is no FILE and stdin is a terminal', async () => {
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const result = await run(['--count'], { stdin });
    expect(result.code, `${result.label} with a terminal as stdin: exit code`).toBe(2);
    expect(result.stderr, `${result.label}: stderr`).toMatch(/^error: /);
    expect(result.stdout, `${result.label}: stdout`).toBe('');
  });

  it('bolds the table header at a terminal, and writes no colour with NO_COLOR or csv/json', async () => {
    const argv = ['--group-by', 'region', '--count', '--sum', 'amount'];
    const tty = await run(argv, { stdin: SALES, tty: true });
    expect(tty.stdout, `${tty.label} at a terminal: stdout has ANSI codes`).toMatch(ANSI);
    expect(tty.stdout.split('\n')[1], `${tty.label} at a terminal: only the header is styled`).not.toMatch(ANSI);
    expect(stripAnsi(tty.stdout), `${tty.label} at a terminal, without its codes`).toBe(SALES_TABLE);
    const noColor = await run(argv, { stdin: SALES, tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout, `${noColor.label} with NO_COLOR=1: stdout`).toBe(SALES_TABLE);
    for (const format of ['csv', 'json']) {
      const result = await run([...argv, '--format', format], { stdin: SALES, tty: true });
      expect(result.stdout, `${result.label} at a terminal: stdout`).not.toMatch(ANSI);
    }
    const error = await run(['--nope'], { tty: true, env: { NO_COLOR: '1' } });
    expect(error.stderr, `${error.label} at a terminal with NO_COLOR=1: stderr`).not.toMatch(ANSI);
    const redError = await run(['--nope'], { tty: true, env: {} });
    expect(redError.stderr, `${redError.label} at a terminal: "error:" is red`).toMatch(ANSI);
  });

  it('NO_COLOR turns colour off only when it is not empty (no-color.org)', async () => {
    const argv = ['--group-by', 'region', '--count', '--sum', 'amount'];
    for (const value of ['1', '0', 'false']) {
      const result = await run(argv, { stdin: SALES, tty: true, env: { NO_COLOR: value } });
      expect(result.stdout, `${result.label} at a terminal with NO_COLOR=${value}: any non-empty value turns colour off`).toBe(SALES_TABLE);
    }
    const empty = await run(argv, { stdin: SALES, tty: true, env: { NO_COLOR: '' } });
    expect(empty.stdout, `${empty.label} at a terminal with NO_COLOR="" (empty): an empty NO_COLOR does not turn colour off, the header stays bold`).toMatch(ANSI);
    expect(stripAnsi(empty.stdout), `${empty.label} at a terminal with NO_COLOR="", without its codes`).toBe(SALES_TABLE);
  });
});
