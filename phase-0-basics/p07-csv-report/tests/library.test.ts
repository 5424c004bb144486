// Hidden suite for p07 csv-report, Tasks 1 to 4: the parser, numbers, the report and its formats,
// through the Interface of SPEC.md only. command.test.ts covers Task 5 (main).
import { controlledStdin } from '#testkit';
import { describe, expect, it } from 'vitest';
import {
  expectRecords, loadErrors, loadFormat, loadNumbers, loadParse, loadReport, parseAll, rec, recordFields, reportOf, reportOfRecords, rows, settle, show, type CsvRecord, type Report,
} from './helpers.js';

/** parseCsv must throw CsvSyntaxError with this message and line, while or after reading `chunks`. */
async function expectSyntaxError(text: string, message: string, line: number): Promise<void> {
  const { CsvSyntaxError } = await loadErrors();
  const label = `parseCsv(${show(text)})`;
  let thrown: unknown;
  try {
    await parseAll(text);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `${label} should throw a CsvSyntaxError (the class in src/errors.ts)`).toBeInstanceOf(CsvSyntaxError);
  const error = thrown as { message: string; line: number };
  expect(error.message, `${label}: the error's message`).toBe(message);
  expect(error.line, `${label}: the error's line`).toBe(line);
}

describe('Task 1: Parse CSV records', () => {
  it('splits lines into records and fields, each with its line number', async () => {
    await expectRecords('name,amount\nann,3\nbob,4\n', [rec(1, 'name', 'amount'), rec(2, 'ann', '3'), rec(3, 'bob', '4')]);
    await expectRecords('a', [rec(1, 'a')]);
  });

  it('reads quoted fields: delimiters inside, "" for a quote, empty quotes', async () => {
    await expectRecords('"a,b","say ""hi""",""\n', [rec(1, 'a,b', 'say "hi"', '')]);
    await expectRecords('"""",x\n', [rec(1, '"', 'x')]);
    await expectRecords('"",""', [rec(1, '', '')]);
  });

  it('keeps empty fields, at the start, in the middle and at the end of a line', async () => {
    await expectRecords(',a,,b,\n', [rec(1, '', 'a', '', 'b', '')]);
    await expectRecords('x,\n,y\n', [rec(1, 'x', ''), rec(2, '', 'y')]);
  });

  it('keeps line breaks inside quoted fields and counts them in the line numbers', async () => {
    await expectRecords('id,note\n1,"two\nlines"\n2,"three\n\nlines"\n3,end\n', [
      rec(1, 'id', 'note'), rec(2, '1', 'two\nlines'), rec(4, '2', 'three\n\nlines'), rec(7, '3', 'end'),
    ]);
  });

  it('accepts \\r\\n and \\r line ends and keeps them as they are inside quotes', async () => {
    await expectRecords('a,b\r\n1,2\r\n3,4', [rec(1, 'a', 'b'), rec(2, '1', '2'), rec(3, '3', '4')]);
    await expectRecords('a,"x\r\ny"\r\nb,c\r\n', [rec(1, 'a', 'x\r\ny'), rec(3, 'b', 'c')]);
    await expectRecords('a\rb\r', [rec(1, 'a'), rec(2, 'b')]);
  });

  it('skips empty lines (they still count) and makes no record of the last line break', async () => {
    await expectRecords('a,b\n\n1,2\n\n\n3,4\n', [rec(1, 'a', 'b'), rec(3, '1', '2'), rec(6, '3', '4')]);
    await expectRecords('\r\n\r\nh\r\n', [rec(3, 'h')]);
    await expectRecords('', []);
    await expectRecords('\n\n', []);
  });

  it('keeps spaces as part of the fields', async () => {
    await expectRecords('  a , b ,"  c  "\n', [rec(1, '  a ', ' b ', '  c  ')]);
    await expectRecords(' \n', [rec(1, ' ')]);
  });

  it('uses another delimiter when asked, and then a comma is plain data', async () => {
    await expectRecords('a;b,c;"d;e"\n', [rec(1, 'a', 'b,c', 'd;e')], { delimiter: ';' });
    await expectRecords('a\tb c\t\n', [rec(1, 'a', 'b c', '')], { delimiter: '\t' });
    await expectRecords('1|2\n', [rec(1, '1', '2')], { delimiter: '|' });
  });

  it('reads Unicode text as it is', async () => {
    await expectRecords('café,日本,"😀, ok"\n', [rec(1, 'café', '日本', '😀, ok')]);
  });
});

describe('Task 2: Stream across chunks', () => {
  const TRICKY = 'id,"q ""x"", y",z\r\n1,"a\r\nb",""\r\n\r\n2,"""",c\r\n';
  const TRICKY_RECORDS = [rec(1, 'id', 'q "x", y', 'z'), rec(2, '1', 'a\r\nb', ''), rec(5, '2', '"', 'c')];

  it('gives the same records wherever the input is cut into two chunks', async () => {
    for (let at = 0; at <= TRICKY.length; at++) {
      const chunks = [TRICKY.slice(0, at), TRICKY.slice(at)];
      expect(await parseAll(chunks), `parseCsv(${show(chunks)})`).toEqual(TRICKY_RECORDS);
    }
  });

  it('gives the same records when fed one character at a time', async () => {
    const chunks = [...TRICKY];
    expect(await parseAll(chunks), `parseCsv of ${show(TRICKY)} one character per chunk`).toEqual(TRICKY_RECORDS);
    const lone = [...'a\r', '\r', 'b'];
    expect(await parseAll(lone), `parseCsv(${show(lone)})`).toEqual([rec(1, 'a'), rec(3, 'b')]);
  });

  it('decodes UTF-8 bytes cut inside a character (Buffer chunks)', async () => {
    const text = 'name,city\n"Zoë","東京, 日本"\n😀,é\n';
    const bytes = Buffer.from(text);
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    expect(await parseAll(chunks), `parseCsv of ${show(text)} as Buffers of one byte each`).toEqual([
      rec(1, 'name', 'city'), rec(2, 'Zoë', '東京, 日本'), rec(3, '😀', 'é'),
    ]);
  });

  it('drops a UTF-8 byte order mark at the start, even split over chunks', async () => {
    const bytes = Buffer.from('\uFEFFname,n\nx,1\n');
    const chunks = [bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)];
    expect(await parseAll(chunks), 'parseCsv of BOM + "name,n\\nx,1\\n" cut inside the BOM').toEqual([rec(1, 'name', 'n'), rec(2, 'x', '1')]);
    expect(await parseAll(['\uFEFFa\n']), 'parseCsv("\\uFEFFa\\n")').toEqual([rec(1, 'a')]);
  });

  it('hands out each record as soon as it is complete, before the input ends', async () => {
    const { parseCsv } = await loadParse();
    const stdin = controlledStdin();
    const records = parseCsv(stdin)[Symbol.asyncIterator]();
    stdin.write('a,b\n1,"x');
    const first = records.next();
    const waited = await Promise.race([first.then(() => 'record'), settle().then(() => 'waiting')]);
    expect(waited, 'parseCsv(stream) after "a,b\\n1,\\"x" was written and the stream is still open: the header record should be yielded').toBe('record');
    expect(recordFields((await first).value as CsvRecord), 'first record').toEqual(rec(1, 'a', 'b'));
    const second = records.next();
    stdin.write('y"\n2,z\n');
    stdin.end();
    expect(recordFields((await second).value as CsvRecord), 'second record, completed by the next chunk').toEqual(rec(2, '1', 'xy'));
    expect(recordFields((await records.next()).value as CsvRecord), 'third record').toEqual(rec(3, '2', 'z'));
    expect((await records.next()).done, 'the records end with the stream').toBe(true);
  });

  it('throws CsvSyntaxError for a quoted field that never closes, at the line it opened', async () => {
    const { CsvSyntaxError } = await loadErrors();
    const error = new CsvSyntaxError('boom', 4);
    expect(error instanceof Error, 'new CsvSyntaxError("boom", 4) instanceof Error').toBe(true);
    expect(error.name, 'new CsvSyntaxError("boom", 4).name').toBe('CsvSyntaxError');
    expect([error.message, error.line], 'new CsvSyntaxError("boom", 4): message and line').toEqual(['boom', 4]);
    await expectSyntaxError('a,b\n1,"abc\n\n', 'unterminated quoted field', 2);
    await expectSyntaxError('"', 'unterminated quoted field', 1);
    await expectSyntaxError('a\n"x\ny"\n"', 'unterminated quoted field', 4);
  });

  it('throws CsvSyntaxError for stray quotes, at the line of the bad character', async () => {
    await expectSyntaxError('a,b\n"x"y,1\n', 'unexpected character after closing quote', 2);
    await expectSyntaxError('"multi\nline" ,1\n', 'unexpected character after closing quote', 2);
    await expectSyntaxError('a,b\n1,ab"c\n', 'unexpected quote in unquoted field', 2);
    await expectSyntaxError('h\n"a\nb"\nx "\n', 'unexpected quote in unquoted field', 4);
  });
});

describe('Task 3: Numbers and bad rows', () => {
  it('parseNumber reads the numbers the spec allows', async () => {
    const { parseNumber } = await loadNumbers();
    const cases: Array<[string, number]> = [
      ['42', 42], ['-3.5', -3.5], ['+7', 7], ['0', 0], ['1e3', 1000], ['2.5E-2', 0.025], ['.5', 0.5], ['5.', 5], [' 12 ', 12], ['007', 7], ['1e+2', 100],
    ];
    for (const [text, value] of cases) expect(parseNumber(text), `parseNumber(${show(text)})`).toBe(value);
  });

  it('parseNumber returns undefined for everything else', async () => {
    const { parseNumber } = await loadNumbers();
    for (const text of ['', '   ', 'abc', '12abc', '1,234', '0x10', 'NaN', 'Infinity', '1e999', '--1', '$5', '1 2', '.', 'e3', '1e', '+-1', '١٢']) {
      expect(parseNumber(text), `parseNumber(${show(text)})`).toBeUndefined();
    }
  });

  it('reportColumns names the report columns: the group column, then one label per aggregate', async () => {
    const { reportColumns } = await loadReport();
    const options = { groupBy: 'region', aggregates: [{ fn: 'count' as const }, { fn: 'sum' as const, column: 'amount' }, { fn: 'avg' as const, column: 'qty' }, { fn: 'min' as const, column: 'a b' }, { fn: 'max' as const, column: 'amount' }] };
    expect(reportColumns(options), `reportColumns(${show(options)})`).toEqual(['region', 'count', 'sum(amount)', 'avg(qty)', 'min(a b)', 'max(amount)']);
    expect(reportColumns({ aggregates: [{ fn: 'sum', column: 'x' }] }), 'reportColumns without groupBy').toEqual(['sum(x)']);
  });

  it('computes count, sum, avg, min and max over every row', async () => {
    const { report, problems, label } = await reportOf('name,amount\na,4\nb,-2.5\nc,10\nd,0.5\n', {
      aggregates: [{ fn: 'count' }, { fn: 'sum', column: 'amount' }, { fn: 'avg', column: 'amount' }, { fn: 'min', column: 'amount' }, { fn: 'max', column: 'amount' }],
    });
    expect(report.columns, `${label}: columns`).toEqual(['count', 'sum(amount)', 'avg(amount)', 'min(amount)', 'max(amount)']);
    expect(report.rows.length, `${label}: one row without groupBy`).toBe(1);
    const [count, sum, avg, min, max] = report.rows[0]!;
    expect(count, `${label}: count`).toBe(4);
    expect(sum, `${label}: sum`).toBeCloseTo(12, 10);
    expect(avg, `${label}: avg`).toBeCloseTo(3, 10);
    expect(min, `${label}: min`).toBe(-2.5);
    expect(max, `${label}: max`).toBe(10);
    expect(problems, `${label}: problems`).toEqual([]);
  });

  it('skips empty cells in sum, avg, min and max, but counts their rows', async () => {
    const aggregates = [{ fn: 'count' as const }, { fn: 'sum' as const, column: 'v' }, { fn: 'avg' as const, column: 'v' }, { fn: 'min' as const, column: 'v' }, { fn: 'max' as const, column: 'v' }];
    const some = await reportOf('k,v\na,6\nb,\nc, \nd,-2\n', { aggregates });
    expect(some.report.rows, `${some.label}: rows`).toEqual([[4, 4, 2, -2, 6]]);
    expect(some.problems, `${some.label}: empty cells are not problems`).toEqual([]);
    const none = await reportOf('k,v\na,\nb,\n', { aggregates });
    expect(none.report.rows, `${none.label}: a column with no values sums to 0 and has no avg, min or max`).toEqual([[2, 0, null, null, null]]);
  });

  it('skips rows with the wrong number of fields and reports their physical line', async () => {
    const text = 'name,note,amount\na,"two\nlines",5\nb,short\nc,x,1,extra\nd,"x",7\n';
    const { report, problems, label } = await reportOf(text, { aggregates: [{ fn: 'count' }, { fn: 'sum', column: 'amount' }] });
    expect(problems, `${label}: problems`).toEqual([
      { line: 4, message: 'expected 3 fields, found 2' },
      { line: 5, message: 'expected 3 fields, found 4' },
    ]);
    expect(report.rows, `${label}: rows (only the good rows count)`).toEqual([[2, 12]]);
  });

  it('skips rows whose aggregated cell is not a number, naming the cell and the column', async () => {
    const text = 'name,amount,qty\na,5,1\nb,n/a,2\nc,3,lots\nd,1,oops\n';
    const { report, problems, label } = await reportOf(text, { aggregates: [{ fn: 'count' }, { fn: 'sum', column: 'amount' }, { fn: 'max', column: 'qty' }] });
    expect(problems, `${label}: problems`).toEqual([
      { line: 3, message: '"n/a" in column "amount" is not a number' },
      { line: 4, message: '"lots" in column "qty" is not a number' },
      { line: 5, message: '"oops" in column "qty" is not a number' },
    ]);
    expect(report.rows, `${label}: rows (a bad row counts nowhere)`).toEqual([[1, 5, 1]]);
    const other = await reportOf('name,amount\nx y,1\n', { aggregates: [{ fn: 'sum', column: 'amount' }] });
    expect(other.problems, `${other.label}: text in a column that is not aggregated is fine`).toEqual([]);
  });

  it('gives a report of one empty row for a file with only a header', async () => {
    const { report, label } = await reportOf('name,amount\n', { aggregates: [{ fn: 'count' }, { fn: 'sum', column: 'amount' }, { fn: 'avg', column: 'amount' }] });
    expect(report.rows, `${label}: rows`).toEqual([[0, 0, null]]);
    const grouped = await reportOf('name,amount\n', { groupBy: 'name', aggregates: [{ fn: 'count' }] });
    expect(grouped.report, `${grouped.label}: no groups`).toEqual({ columns: ['name', 'count'], rows: [] });
  });

  it('throws ReportError for an empty input or a column the header lacks; header names are trimmed', async () => {
    const { ReportError } = await loadErrors();
    const empty = reportOf('', { aggregates: [{ fn: 'count' }] });
    await expect(empty, 'buildReport of an empty input').rejects.toBeInstanceOf(ReportError);
    const missing = reportOf('name,amount\na,1\n', { aggregates: [{ fn: 'sum', column: 'price' }] });
    await expect(missing, 'buildReport with sum(price) of "name,amount"').rejects.toBeInstanceOf(ReportError);
    await expect(reportOf('name,amount\na,1\n', { aggregates: [{ fn: 'sum', column: 'price' }] }), 'the error names the column').rejects.toThrow('"price"');
    await expect(reportOf('name,amount\na,1\n', { groupBy: 'Name', aggregates: [{ fn: 'count' }] }), 'buildReport grouped by "Name" (names are case-sensitive)').rejects.toBeInstanceOf(ReportError);
    const trimmed = await reportOf(' name , amount \na,2\n', { groupBy: 'name', aggregates: [{ fn: 'sum', column: 'amount' }] });
    expect(trimmed.report.rows, `${trimmed.label}: rows`).toEqual([['a', 2]]);
  });
});

describe('Task 4: Group, sort and format', () => {
  const SALES = rows(['region', 'amount'], ['north', '10'], ['south', '5'], ['North', '1'], ['north', '2.5'], ['', '4'], ['south', ''], [' north', '3'], ['north ', '6'], [' north', '1']);

  it('makes one row per group, in the order the groups first appear', async () => {
    const { report, label } = await reportOfRecords(SALES, { groupBy: 'region', aggregates: [{ fn: 'count' }, { fn: 'sum', column: 'amount' }, { fn: 'avg', column: 'amount' }] });
    expect(report.columns, `${label}: columns`).toEqual(['region', 'count', 'sum(amount)', 'avg(amount)']);
    expect(report.rows, `${label}: rows (a group is its exact text: " north" and "north " are groups of their own, spaces kept)`).toEqual([
      ['north', 2, 12.5, 6.25],
      ['south', 2, 5, 5],
      ['North', 1, 1, 1],
      ['', 1, 4, 4],
      [' north', 2, 4, 2],
      ['north ', 1, 6, 6],
    ]);
  });

  it('sorts by a report column, ascending or descending, with ties in appearance order', async () => {
    const data = rows(['k', 'v'], ['a', '3'], ['b', '1'], ['c', '3'], ['d', '2'], ['e', '1']);
    const options = (descending: boolean) => ({ groupBy: 'k', aggregates: [{ fn: 'sum' as const, column: 'v' }], sort: { column: 'sum(v)', descending } });
    const up = await reportOfRecords(data, options(false));
    expect(up.report.rows.map((row) => row[0]), `${up.label}: order`).toEqual(['b', 'e', 'd', 'a', 'c']);
    const down = await reportOfRecords(data, options(true));
    expect(down.report.rows.map((row) => row[0]), `${down.label}: order`).toEqual(['a', 'c', 'd', 'b', 'e']);
    const byCount = await reportOfRecords(rows(['k'], ['x'], ['y'], ['y'], ['z'], ['y'], ['z']), { groupBy: 'k', aggregates: [{ fn: 'count' }], sort: { column: 'count', descending: true } });
    expect(byCount.report.rows, `${byCount.label}: rows`).toEqual([['y', 3], ['z', 2], ['x', 1]]);
  });

  it('puts empty cells last in both directions', async () => {
    const data = rows(['k', 'v'], ['a', ''], ['b', '2'], ['c', '-1'], ['d', '']);
    for (const descending of [false, true]) {
      const { report, label } = await reportOfRecords(data, { groupBy: 'k', aggregates: [{ fn: 'max', column: 'v' }], sort: { column: 'max(v)', descending } });
      expect(report.rows, `${label}: rows`).toEqual(descending ? [['b', 2], ['c', -1], ['a', null], ['d', null]] : [['c', -1], ['b', 2], ['a', null], ['d', null]]);
    }
  });

  it('sorts the group column as numbers when all its values are numbers, otherwise as text', async () => {
    const numbers = rows(['year'], ['10'], ['9'], ['100'], ['-1'], ['9.5']);
    const sortedNumbers = await reportOfRecords(numbers, { groupBy: 'year', aggregates: [], sort: { column: 'year', descending: false } });
    expect(sortedNumbers.report.rows.map((row) => row[0]), `${sortedNumbers.label}: order`).toEqual(['-1', '9', '9.5', '10', '100']);
    const text = rows(['code'], ['b10'], ['10'], ['a'], ['9']);
    const sortedText = await reportOfRecords(text, { groupBy: 'code', aggregates: [], sort: { column: 'code', descending: true } });
    expect(sortedText.report.rows.map((row) => row[0]), `${sortedText.label}: order`).toEqual(['b10', 'a', '9', '10']);
  });

  it('formatNumber rounds to 12 significant digits', async () => {
    const { formatNumber } = await loadFormat();
    const cases: Array<[number, string]> = [
      [0.1 + 0.2, '0.3'], [10 / 3, '3.33333333333'], [2 / 3, '0.666666666667'], [8498676.759999991, '8498676.76'], [2.5, '2.5'], [-0, '0'], [1e21, '1e+21'], [123456789012, '123456789012'], [1234567890123, '1234567890120'], [-7, '-7'], [0.000123456789012345, '0.000123456789012'],
    ];
    for (const [value, text] of cases) expect(formatNumber(value), `formatNumber(${Object.is(value, -0) ? '-0' : value})`).toBe(text);
  });

  it('formatTable aligns columns: text left, numbers right, two spaces apart', async () => {
    const { formatTable } = await loadFormat();
    const report: Report = { columns: ['region', 'count', 'avg(amount)'], rows: [['north', 12, 6.25], ['café', 1, null], ['日本', 100, 0.1 + 0.2]] };
    const expected = ['region  count  avg(amount)', '------  -----  -----------', 'north      12         6.25', 'café        1', '日本        100          0.3', ''].join('\n');
    expect(formatTable(report), `formatTable(${show(report)})`).toBe(expected);
  });

  it('formatTable puts multi-line values on one line, bolds only the header, and has a header for no rows', async () => {
    const { formatTable } = await loadFormat();
    const report: Report = { columns: ['note', 'n'], rows: [['a\nb\r\nc\rd', 1]] };
    expect(formatTable(report), `formatTable(${show(report)})`).toBe('note     n\n-------  -\na b c d  1\n');
    const bold = (text: string) => `<${text}>`;
    expect(formatTable(report, bold), `formatTable(${show(report)}, text => "<" + text + ">")`).toBe('<note     n>\n-------  -\na b c d  1\n');
    const empty: Report = { columns: ['region', 'count'], rows: [] };
    expect(formatTable(empty), `formatTable(${show(empty)})`).toBe('region  count\n------  -----\n');
  });

  it('formatCsv quotes what needs quotes and writes numbers like formatNumber', async () => {
    const { formatCsv } = await loadFormat();
    const report: Report = { columns: ['name', 'sum(a,b)'], rows: [['x, "y"', 0.1 + 0.2], ['two\nlines', null], ['plain;', -0]] };
    expect(formatCsv(report), `formatCsv(${show(report)})`).toBe('name,"sum(a,b)"\n"x, ""y""",0.3\n"two\nlines",\nplain;,0\n');
    expect(formatCsv(report, ';'), `formatCsv(${show(report)}, ";")`).toBe('name;sum(a,b)\n"x, ""y""";0.3\n"two\nlines";\n"plain;";0\n');
    const cr: Report = { columns: ['v'], rows: [['a\rb']] };
    expect(formatCsv(cr), `formatCsv(${show(cr)})`).toBe('v\n"a\rb"\n');
  });

  it('formatJson writes an array of objects keyed by column, with null and rounded numbers', async () => {
    const { formatJson } = await loadFormat();
    const report: Report = { columns: ['region', 'sum(amount)', 'avg(amount)'], rows: [['north', 0.1 + 0.2, null], ['"quoted"', 10 / 4, 1]] };
    const text = formatJson(report);
    expect(text.endsWith('\n'), `formatJson(${show(report)}) ends with a newline`).toBe(true);
    const parsed = JSON.parse(text) as Array<Record<string, unknown>>;
    expect(parsed, `formatJson(${show(report)})`).toEqual([
      { region: 'north', 'sum(amount)': 0.3, 'avg(amount)': null },
      { region: '"quoted"', 'sum(amount)': 2.5, 'avg(amount)': 1 },
    ]);
    expect(Object.keys(parsed[0]!), 'formatJson keys keep the column order').toEqual(report.columns);
    expect(JSON.parse(formatJson({ columns: ['k'], rows: [] })), 'formatJson of no rows').toEqual([]);
  });
});
