// Tasks 4 to 6: time filters, the reports, and the log-analyzer command (main and the real CLI).
import { controlledStdin, OTHER_ZONES, runCli, tempDir, withTimeZone } from '#testkit';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyzer,
  ANSI,
  command,
  FIXTURE,
  FIXTURE_LINES,
  FIXTURE_REPORT,
  FIXTURE_TEXT,
  loadAnalyze,
  loadFormat,
  loadTime,
  logLine,
  preloadModules,
  reportFields,
  show,
  stripAnsi,
  textNumber,
  textSection,
  type Report,
} from './helpers.js';

beforeAll(preloadModules);

/** Parses stdout as JSON, failing with what was printed when it is not JSON. */
function parseJson(stdout: string, label: string): Report {
  try {
    return JSON.parse(stdout) as Report;
  } catch {
    return expect.fail(`${label}: stdout should be one JSON object, got ${show(stdout.slice(0, 300))}`);
  }
}

/** Runs main with --json and the other arguments, expecting exit code 0 and a JSON report. */
async function jsonReport(argv: string[], stdin: string | Readable = FIXTURE, cwd?: string): Promise<Report> {
  const args = ['--json', ...argv];
  const result = await analyzer(args, { stdin, cwd });
  const label = command(args);
  expect(result.stderr, `${label}: stderr`).toBe('');
  expect(result.code, `${label}: exit code`).toBe(0);
  return parseJson(result.stdout, label);
}

/** Expects exit code 2, nothing on stdout, and a message on stderr that names `option`. */
async function expectUsageError(argv: string[], option?: string): Promise<string> {
  const result = await analyzer(argv, { stdin: FIXTURE });
  const label = command(argv);
  expect(result.code, `${label}: exit code (usage error)`).toBe(2);
  expect(result.stdout, `${label}: nothing on stdout`).toBe('');
  expect(result.stderr.trim(), `${label}: a message on stderr`).not.toBe('');
  if (option !== undefined) expect(result.stderr, `${label}: the message on stderr names ${option}`).toContain(option);
  return result.stderr;
}

/** A folder with the spec's access.log and a second log. */
function logFolder(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'access.log'), FIXTURE);
  writeFileSync(path.join(dir, 'other.log'), `${logLine({ ip: '10.9.9.9', status: 503, bytes: 10 })}\n${logLine({ ip: '10.9.9.9', bytes: 5 })}\n`);
  return dir;
}

describe('Task 4: Filter by time', () => {
  it('parseIsoTime reads the ISO 8601 forms of the spec, without an offset as UTC', async () => {
    const { parseIsoTime } = await loadTime();
    const cases: Array<[string, string]> = [
      ['2000-10-10', '2000-10-10T00:00:00.000Z'],
      ['2000-10-10T13:55', '2000-10-10T13:55:00.000Z'],
      ['2000-10-10T13:55:36', '2000-10-10T13:55:36.000Z'],
      ['2000-10-10T13:55:36Z', '2000-10-10T13:55:36.000Z'],
      ['2000-10-10T13:55:36.5Z', '2000-10-10T13:55:36.500Z'],
      ['2000-10-10T13:55:36.123+02:00', '2000-10-10T11:55:36.123Z'],
      ['2000-10-10T13:55-07:00', '2000-10-10T20:55:00.000Z'],
      ['2024-02-29T23:59:59.07Z', '2024-02-29T23:59:59.070Z'],
      ['2000-01-01T00:30+01:00', '1999-12-31T23:30:00.000Z'],
    ];
    for (const [text, expected] of cases) {
      const date = parseIsoTime(text);
      expect(date instanceof Date ? date.toISOString() : date, `parseIsoTime(${show(text)})`).toBe(expected);
    }
  });

  for (const zone of OTHER_ZONES) {
    it(`a time without an offset is UTC also on a machine whose zone is ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const { parseIsoTime } = await loadTime();
        const cases: Array<[string, string]> = [
          ['2000-10-10', '2000-10-10T00:00:00.000Z'],
          ['2000-10-10T13:55', '2000-10-10T13:55:00.000Z'],
          ['2024-03-10T02:30:00', '2024-03-10T02:30:00.000Z'],
          ['2024-10-06T02:30', '2024-10-06T02:30:00.000Z'],
          ['2024-11-03T01:30:00.25', '2024-11-03T01:30:00.250Z'],
          ['2000-10-10T13:55-07:00', '2000-10-10T20:55:00.000Z'],
        ];
        for (const [text, expected] of cases) {
          const date = parseIsoTime(text);
          expect(date instanceof Date ? date.toISOString() : date, `parseIsoTime(${show(text)}) with the machine in ${zone}: no offset means UTC, not the machine's zone`).toBe(expected);
        }
      });
    });
  }

  it('parseIsoTime returns null for anything else', async () => {
    const { parseIsoTime } = await loadTime();
    const bad = [
      '',
      'yesterday',
      '2000-13-01',
      '2000-00-10',
      '2000-02-30',
      '2023-02-29',
      '2000-10-00',
      '2000-10-32',
      '2000-10-10T24:00',
      '2000-10-10T13:60',
      '2000-10-10T13:55:60Z',
      '2000-10-10T13',
      '2000-10-10 13:55',
      '2000-10-10T13:55:36.1234Z',
      '2000-10-10T13:55+25:00',
      '2000-10-10T13:55+01:60',
      'x2000-10-10',
      '2000-10-10x',
      '2000-10-10T13:55:36Zx',
      '10/Oct/2000:13:55:36 -0700',
      '20001010',
    ];
    for (const text of bad) {
      const date = parseIsoTime(text);
      expect(date instanceof Date ? date.toISOString() : date, `parseIsoTime(${show(text)}) should be null`).toBeNull();
    }
  });

  it('analyze keeps since <= time < until and counts the rest as out of range', async () => {
    const { analyze } = await loadAnalyze();
    const lines = [
      logLine({ time: '10/Oct/2000:12:00:00 +0000', status: 500, bytes: 1 }),
      logLine({ time: '10/Oct/2000:12:59:59 +0000', status: 200, bytes: 10 }),
      'garbage',
      logLine({ time: '10/Oct/2000:06:00:00 -0700', status: 404, bytes: 100 }), // 13:00:00 UTC
      logLine({ time: '10/Oct/2000:13:00:01 +0000', status: 503, bytes: 1000 }),
      logLine({ time: '31/Feb/2000:13:00:00 +0000' }),
    ];
    const since = new Date('2000-10-10T12:59:59Z');
    const until = new Date('2000-10-10T13:00:01Z');
    const report = await analyze(lines, { since, until });
    const label = `analyze(lines at 12:00:00, 12:59:59, 13:00:00 and 13:00:01 UTC, { since: 12:59:59, until: 13:00:01 })`;
    expect(report.requests, `${label}.requests`).toBe(2);
    expect(report.outOfRange, `${label}.outOfRange`).toBe(2);
    expect(report.malformed, `${label}.malformed`).toBe(2);
    expect(report.bytes, `${label}.bytes`).toBe(110);
    expect(report.status, `${label}.status`).toEqual({ '200': 1, '404': 1 });
    expect(report.errors, `${label}.errors`).toBe(1);
    expect(report.hours, `${label}.hours`).toEqual([
      { hour: '2000-10-10T12:00:00.000Z', requests: 1 },
      { hour: '2000-10-10T13:00:00.000Z', requests: 1 },
    ]);
    const onlySince = await analyze(lines, { since });
    expect([onlySince.requests, onlySince.outOfRange], 'analyze(the same lines, { since: 12:59:59 }): [requests, outOfRange]').toEqual([3, 1]);
    const onlyUntil = await analyze(lines, { until });
    expect([onlyUntil.requests, onlyUntil.outOfRange], 'analyze(the same lines, { until: 13:00:01 }): [requests, outOfRange]').toEqual([3, 1]);
  });
});

describe('Task 5: Text and JSON reports', () => {
  it('--since and --until filter the report, in UTC, the start included and the end excluded', async () => {
    const cases: Array<[string[], number, number]> = [
      [['--since', '2000-10-10T21:00Z'], 4, 2],
      [['--since', '2000-10-10T20:58:01'], 5, 1],
      [['--until', '2000-10-10T22:00Z'], 5, 1],
      [['--since', '2000-10-10T14:00-07:00', '--until', '2000-10-10T21:02'], 1, 5],
      [['--since=2000-10-10', '--until=2000-10-11'], 6, 0],
      [['--since', '2000-10-11'], 0, 6],
    ];
    for (const [argv, requests, outOfRange] of cases) {
      const report = await jsonReport(argv);
      const label = `${command(['--json', ...argv])} < access.log`;
      expect(report.requests, `${label}: requests`).toBe(requests);
      expect(report.outOfRange, `${label}: outOfRange`).toBe(outOfRange);
      expect(report.malformed, `${label}: malformed`).toBe(1);
    }
  });

  it('an invalid --since or --until is a usage error (exit code 2)', async () => {
    for (const value of ['yesterday', '2000-13-01', '2000-02-30', '10/Oct/2000:13:55:36 -0700', '']) {
      await expectUsageError(['--since', value], '--since');
      await expectUsageError([`--until=${value}`], '--until');
    }
    await expectUsageError(['--since'], '--since');
  });

  it('--since must be earlier than --until', async () => {
    await expectUsageError(['--since', '2000-10-10T21:00Z', '--until', '2000-10-10T21:00Z'], '--since');
    await expectUsageError(['--since', '2000-10-11', '--until', '2000-10-10'], '--until');
    const report = await jsonReport(['--since', '2000-10-10T21:00Z', '--until', '2000-10-10T21:00:00.001Z']);
    expect(report.requests, '--since 21:00Z --until 21:00:00.001Z: requests').toBe(0);
  });

  for (const zone of OTHER_ZONES) {
    it(`--since and --until without an offset are UTC also on a machine whose zone is ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const cut: Array<[string[], number, number]> = [
          [['--since', '2000-10-10T20:58:01'], 5, 1],
          [['--since', '2000-10-10T14:00-07:00', '--until', '2000-10-10T21:02'], 1, 5],
          [['--until', '2000-10-10'], 0, 6],
        ];
        for (const [argv, requests, outOfRange] of cut) {
          const report = await jsonReport(argv);
          const label = `${command(['--json', ...argv])} < access.log with the machine in ${zone}`;
          expect([report.requests, report.outOfRange], `${label}: [requests, outOfRange]`).toEqual([requests, outOfRange]);
        }
      });
    });
  }

  it('prints the numbers of the text report', async () => {
    const { code, stdout, stderr } = await analyzer([], { stdin: FIXTURE });
    const label = 'log-analyzer < access.log';
    expect(code, `${label}: exit code`).toBe(0);
    expect(stderr, `${label}: stderr`).toBe('');
    expect(textNumber(stdout, 'Requests'), `${label}: "Requests:" line`).toBe(6);
    expect(textNumber(stdout, 'Malformed lines'), `${label}: "Malformed lines:" line`).toBe(1);
    expect(textNumber(stdout, 'Outside time range'), `${label}: "Outside time range:" line`).toBe(0);
    expect(textNumber(stdout, 'Bytes sent'), `${label}: "Bytes sent:" line`).toBe(4527);
    expect(stdout, `${label}: "Error rate:" line`).toMatch(/^Error rate: 33\.3% \(2 of 6\)$/m);
    expect(textSection(stdout, 'Status codes:'), `${label}: rows under "Status codes:"`).toEqual([['200', 3], ['304', 1], ['404', 1], ['500', 1]]);
    expect(textSection(stdout, 'Top IPs:'), `${label}: rows under "Top IPs:"`).toEqual([['203.0.113.9', 3], ['198.51.100.23', 2], ['192.0.2.7', 1]]);
    expect(textSection(stdout, 'Top paths:'), `${label}: rows under "Top paths:"`).toEqual([['/about', 2], ['/index.html', 2], ['/login', 1], ['/missing.png', 1]]);
    expect(textSection(stdout, 'Requests per hour (UTC):'), `${label}: rows under "Requests per hour (UTC):"`).toEqual([
      ['2000-10-10 20:00', 2],
      ['2000-10-10 21:00', 3],
      ['2000-10-10 22:00', 1],
    ]);
  });

  it('the text report is exactly the layout of the spec', async () => {
    const { stdout } = await analyzer([], { stdin: FIXTURE });
    expect(stdout, 'log-analyzer < access.log').toBe(FIXTURE_TEXT);
    const rates: Array<[string[], string]> = [
      [[logLine({ status: 500 }), logLine(), logLine()], 'Error rate: 33.3% (1 of 3)'],
      [[logLine({ status: 500 }), logLine({ status: 404 }), logLine()], 'Error rate: 66.7% (2 of 3)'],
      [[logLine({ status: 500 })], 'Error rate: 100.0% (1 of 1)'],
    ];
    for (const [lines, expected] of rates) {
      const result = await analyzer([], { stdin: lines.join('\n') });
      expect(result.stdout.split('\n')[4], `the error rate line for ${show(lines.map((l) => l.split('"')[2]?.trim()))}`).toBe(expected);
    }
  });

  it('an empty input prints zeros and (none) under each heading, and exits 0', async () => {
    const result = await analyzer([], { stdin: '' });
    expect(result.code, 'log-analyzer < empty file: exit code').toBe(0);
    expect(result.stdout, 'log-analyzer < empty file').toBe(
      'Requests: 0\nMalformed lines: 0\nOutside time range: 0\nBytes sent: 0\nError rate: 0.0% (0 of 0)\n\n' +
        'Status codes:\n  (none)\n\nTop IPs:\n  (none)\n\nTop paths:\n  (none)\n\nRequests per hour (UTC):\n  (none)\n',
    );
    const json = await jsonReport([], '\n\n');
    expect(json.errorRate, 'log-analyzer --json < two blank lines: errorRate').toBe(0);
    expect(json.requests, 'log-analyzer --json < two blank lines: requests').toBe(0);
  });

  it('--json prints the report object', async () => {
    const report = await jsonReport([]);
    expect(reportFields(report), 'log-analyzer --json < access.log').toEqual(FIXTURE_REPORT);
    expect(report.errorRate, 'log-analyzer --json < access.log: errorRate').toBeCloseTo(1 / 3, 12);
  });

  it('--top N shortens the top lists of both reports, not the others', async () => {
    const json = await jsonReport(['--top', '2']);
    expect(json.topIps, 'log-analyzer --json --top 2: topIps').toEqual(FIXTURE_REPORT.topIps.slice(0, 2));
    expect(json.topPaths, 'log-analyzer --json --top 2: topPaths').toEqual(FIXTURE_REPORT.topPaths.slice(0, 2));
    expect(json.hours, 'log-analyzer --json --top 2: hours').toEqual(FIXTURE_REPORT.hours);
    expect(json.status, 'log-analyzer --json --top 2: status').toEqual(FIXTURE_REPORT.status);
    const one = await jsonReport(['--top=1']);
    expect(one.topPaths, 'log-analyzer --json --top=1: topPaths').toEqual([{ path: '/about', requests: 2 }]);
    const text = await analyzer(['--top', '1'], { stdin: FIXTURE });
    expect(textSection(text.stdout, 'Top IPs:'), 'log-analyzer --top 1: rows under "Top IPs:"').toEqual([['203.0.113.9', 3]]);
    expect(textSection(text.stdout, 'Top paths:'), 'log-analyzer --top 1: rows under "Top paths:"').toEqual([['/about', 2]]);
    expect(textSection(text.stdout, 'Status codes:')?.length, 'log-analyzer --top 1: rows under "Status codes:"').toBe(4);
    const many = await jsonReport(['--top', '007']);
    expect(many.topIps.length, 'log-analyzer --json --top 007: topIps').toBe(3);
  });

  it('--top must be a whole number of at least 1', async () => {
    for (const value of ['0', 'abc', '2.5', '1e3', '', ' 3', '-3']) {
      await expectUsageError([`--top=${value}`], '--top');
    }
    await expectUsageError(['--top'], '--top');
  });

  it('colours only a terminal without a non-empty NO_COLOR, and never the JSON', async () => {
    const tty = await analyzer([], { stdin: FIXTURE, tty: true });
    expect(tty.stdout, 'log-analyzer < access.log at a terminal: colour codes').toMatch(ANSI);
    expect(stripAnsi(tty.stdout), 'log-analyzer < access.log at a terminal, colour codes removed').toBe(FIXTURE_TEXT);
    const lines = tty.stdout.split('\n');
    for (const heading of ['Status codes:', 'Top IPs:', 'Top paths:', 'Requests per hour (UTC):']) {
      const line = lines.find((l) => stripAnsi(l) === heading) ?? '';
      expect(line, `at a terminal, the heading "${heading}" is bold`).toContain('\u001b[1m');
    }
    const rateLine = lines.find((l) => stripAnsi(l).startsWith('Error rate:')) ?? '';
    expect(rateLine, 'at a terminal, with errors, the error rate is red').toContain('\u001b[31m');
    const calm = await analyzer([], { stdin: logLine(), tty: true });
    const calmRate = calm.stdout.split('\n').find((l) => stripAnsi(l).startsWith('Error rate:')) ?? '';
    expect(calmRate, 'at a terminal, without errors, the error rate line has no colour').not.toMatch(ANSI);
    for (const value of ['1', '0', 'false']) {
      const noColor = await analyzer([], { stdin: FIXTURE, tty: true, env: { NO_COLOR: value } });
      expect(noColor.stdout, `log-analyzer at a terminal with NO_COLOR=${value}: any non-empty value turns colour off`).toBe(FIXTURE_TEXT);
    }
    const empty = await analyzer([], { stdin: FIXTURE, tty: true, env: { NO_COLOR: '' } });
    expect(empty.stdout, 'log-analyzer at a terminal with NO_COLOR="" (empty): an empty NO_COLOR does not turn colour off').toMatch(ANSI);
    const pipe = await analyzer([], { stdin: FIXTURE, tty: false });
    expect(pipe.stdout, 'log-analyzer | other-program (not a terminal)').toBe(FIXTURE_TEXT);
    const json = await analyzer(['--json'], { stdin: FIXTURE, tty: true });
    expect(json.stdout, 'log-analyzer --json at a terminal').not.toMatch(ANSI);
    expect(reportFields(parseJson(json.stdout, 'log-analyzer --json at a terminal')), 'log-analyzer --json at a terminal').toEqual(FIXTURE_REPORT);
  });

  for (const zone of OTHER_ZONES) {
    it(`shows the hours in UTC also on a machine whose zone is ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const { stdout } = await analyzer([], { stdin: FIXTURE });
        expect(stdout, `log-analyzer < access.log with the machine in ${zone}: the same report as anywhere else, hours in UTC`).toBe(FIXTURE_TEXT);
        const { formatText } = await loadFormat();
        const report: Report = {
          ...FIXTURE_REPORT,
          errorRate: 2 / 6,
          hours: [
            { hour: '2024-03-10T06:00:00.000Z', requests: 4 },
            { hour: '2024-10-05T15:00:00.000Z', requests: 1 },
            { hour: '2024-12-31T23:00:00.000Z', requests: 2 },
          ],
        };
        expect(textSection(formatText(report, { color: false }), 'Requests per hour (UTC):'), `formatText(a report with the hours ${show(report.hours.map((h) => h.hour))}) with the machine in ${zone}: rows under "Requests per hour (UTC):"`).toEqual([
          ['2024-03-10 06:00', 4],
          ['2024-10-05 15:00', 1],
          ['2024-12-31 23:00', 2],
        ]);
      });
    });
  }

  it('formatText formats any report, with or without colour', async () => {
    const { formatText } = await loadFormat();
    const report: Report = { ...FIXTURE_REPORT, errorRate: 2 / 6 };
    expect(formatText(report, { color: false }), 'formatText(the report of access.log, { color: false })').toBe(FIXTURE_TEXT);
    const coloured = formatText(report, { color: true });
    expect(coloured, 'formatText(the report of access.log, { color: true })').toMatch(ANSI);
    expect(stripAnsi(coloured), 'formatText(..., { color: true }) without its colour codes').toBe(FIXTURE_TEXT);
    const unicode: Report = { ...report, topPaths: [{ path: '/日本', requests: 12 }, { path: '/a', requests: 3 }] };
    const paths = textSection(formatText(unicode, { color: false }), 'Top paths:');
    expect(paths, 'formatText with the paths "/日本" and "/a": rows under "Top paths:"').toEqual([['/日本', 12], ['/a', 3]]);
  });

  it('prints --help on stdout and exits 0', async () => {
    const result = await analyzer(['--help']);
    expect(result.code, 'log-analyzer --help: exit code').toBe(0);
    expect(result.stderr, 'log-analyzer --help: stderr').toBe('');
    expect(result.stdout, 'log-analyzer --help').toMatch(/^Usage: log-analyzer/);
    for (const option of ['--json', '--top', '--since', '--until']) {
      expect(result.stdout, `log-analyzer --help mentions ${option}`).toContain(option);
    }
    const short = await analyzer(['-h']);
    expect([short.code, short.stdout.startsWith('Usage: log-analyzer')], 'log-analyzer -h: [exit code, starts with Usage]').toEqual([0, true]);
  });
});

describe('Task 6: Files, stdin and errors', () => {
  it('adds up several files, relative paths resolved against io.cwd', async () => {
    const dir = logFolder();
    const report = await jsonReport(['access.log', 'other.log'], '', dir);
    const label = 'log-analyzer --json access.log other.log (in the folder of the files)';
    expect(report.requests, `${label}: requests`).toBe(8);
    expect(report.malformed, `${label}: malformed`).toBe(1);
    expect(report.bytes, `${label}: bytes`).toBe(4542);
    expect(report.status, `${label}: status`).toEqual({ '200': 4, '304': 1, '404': 1, '500': 1, '503': 1 });
    expect(report.topIps[0], `${label}: topIps[0] (ties: "10.9.9.9" < "198.51.100.23")`).toEqual({ ip: '203.0.113.9', requests: 3 });
    expect(report.topIps[1], `${label}: topIps[1]`).toEqual({ ip: '10.9.9.9', requests: 2 });
    const absolute = await jsonReport([path.join(dir, 'other.log')], '', tempDir());
    expect(absolute.requests, 'log-analyzer --json /absolute/path/other.log (from another folder)').toBe(2);
  });

  it('reads stdin when no file is given, and for "-" among files', async () => {
    const dir = logFolder();
    const report = await jsonReport(['other.log', '-'], FIXTURE, dir);
    expect(report.requests, 'log-analyzer --json other.log - < access.log: requests').toBe(8);
    const stdinOnly = await jsonReport([], `${logLine()}\n`, dir);
    expect(stdinOnly.requests, 'log-analyzer --json < one line').toBe(1);
  });

  it('reports a missing file on stderr, still analyses the others and exits 1', async () => {
    const dir = logFolder();
    const argv = ['--json', 'missing.log', 'other.log'];
    const result = await analyzer(argv, { cwd: dir });
    const label = command(argv);
    expect(result.stderr, `${label}: stderr`).toBe('log-analyzer: missing.log: No such file or directory\n');
    expect(result.code, `${label}: exit code`).toBe(1);
    expect(parseJson(result.stdout, label).requests, `${label}: the report still counts other.log`).toBe(2);
  });

  it('reports a folder given as a file and exits 1', async () => {
    const dir = logFolder();
    mkdirSync(path.join(dir, 'logs'));
    const argv = ['--json', 'access.log', 'logs'];
    const result = await analyzer(argv, { cwd: dir });
    const label = command(argv);
    expect(result.stderr, `${label}: stderr`).toBe('log-analyzer: logs: Is a directory\n');
    expect(result.code, `${label}: exit code`).toBe(1);
    expect(parseJson(result.stdout, label).requests, `${label}: the report still counts access.log`).toBe(6);
  });

  it('an unknown option or a terminal as stdin without a file is a usage error (exit code 2)', async () => {
    await expectUsageError(['--bogus', 'access.log'], '--bogus');
    await expectUsageError(['-x'], '-x');
    const terminal = Object.assign(controlledStdin(), { isTTY: true });
    const result = await analyzer([], { stdin: terminal });
    terminal.end();
    expect(result.code, 'log-analyzer with no file and a terminal as stdin: exit code').toBe(2);
    expect(result.stdout, 'log-analyzer with no file and a terminal as stdin: stdout').toBe('');
    expect(result.stderr.trim(), 'log-analyzer with no file and a terminal as stdin: a message on stderr').not.toBe('');
    const dir = logFolder();
    const withFile = await analyzer(['--json', 'other.log'], { stdin: Object.assign(controlledStdin(), { isTTY: true }), cwd: dir });
    expect(withFile.code, 'log-analyzer --json other.log with a terminal as stdin (not read): exit code').toBe(0);
    expect(parseJson(withFile.stdout, 'log-analyzer --json other.log').requests, 'log-analyzer --json other.log with a terminal as stdin: requests').toBe(2);
  });

  it('streams stdin: lines, \\r\\n and UTF-8 characters cut between chunks', async () => {
    const text = [logLine({ request: 'GET /café HTTP/1.1' }), logLine({ request: 'GET /日本 HTTP/1.1', status: 404 }), 'garbage', logLine({ request: 'GET /café?x=1 HTTP/1.1' })].join('\r\n');
    const bytes = Buffer.from(`${text}\r\n`);
    const stdin = controlledStdin();
    const running = analyzer(['--json'], { stdin });
    // Cut every 7 bytes: inside lines, inside é and 日本, between \r and \n.
    for (let at = 0; at < bytes.length; at += 7) stdin.write(bytes.subarray(at, at + 7));
    stdin.end();
    const result = await running;
    const label = 'log-analyzer --json < four \\r\\n lines with "/café" and "/日本", fed 7 bytes at a time';
    const report = parseJson(result.stdout, label);
    expect(report.requests, `${label}: requests`).toBe(3);
    expect(report.malformed, `${label}: malformed`).toBe(1);
    expect(report.topPaths, `${label}: topPaths`).toEqual([
      { path: '/café', requests: 2 },
      { path: '/日本', requests: 1 },
    ]);
  });

  it('analyses a 100 MB stdin in bounded memory', async () => {
    // Few long lines: the memory a wrong solution keeps grows with the bytes, the time with the lines.
    const lines = 12_000;
    const agent = `Mozilla/5.0 ${'x'.repeat(8200)}`;
    const memory = () => {
      const usage = process.memoryUsage();
      return usage.heapUsed + usage.arrayBuffers;
    };
    const baseline = memory();
    let peak = baseline;
    // The log is made on demand, 60 KB at a time: it never exists as a whole.
    async function* generate() {
      let chunk = '';
      for (let i = 0; i < lines; i++) {
        const time = `10/Oct/2000:${String(10 + (i % 3)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00 +0000`;
        chunk += i % 250 === 249 ? 'garbage\n' : `${logLine({ ip: `10.0.0.${i % 7}`, time, request: `GET /p/${i % 40} HTTP/1.1`, status: i % 4 === 0 ? 404 : 200, agent })}\n`;
        if (chunk.length > 60_000) {
          peak = Math.max(peak, memory());
          yield Buffer.from(chunk);
          chunk = '';
        }
      }
      yield Buffer.from(chunk);
      peak = Math.max(peak, memory());
    }
    const report = await jsonReport([], Readable.from(generate()));
    const label = `log-analyzer --json < ${lines} generated lines of 8 KB`;
    expect(report.malformed, `${label}: malformed`).toBe(48);
    expect(report.requests, `${label}: requests`).toBe(lines - 48);
    expect(report.topIps.length, `${label}: topIps`).toBe(7);
    expect(report.hours.length, `${label}: hours`).toBe(3);
    const grownMB = Math.round((peak - baseline) / 1e6);
    expect(grownMB, `${label}: memory grew by ${grownMB} MB while reading about 100 MB; read line by line and keep only counts`).toBeLessThan(50);
  });

  it('the real CLI analyses a file and a piped stdin, and exits 0', async () => {
    const dir = logFolder();
    const result = await runCli(['--json', 'other.log', '-'], { cwd: dir, stdin: FIXTURE_LINES.join('\r\n') });
    const label = 'src/cli.ts --json other.log - < access.log';
    expect(result.code, `${label}: exit code`).toBe(0);
    const report = parseJson(result.stdout, label);
    expect([report.requests, report.malformed], `${label}: [requests, malformed]`).toEqual([8, 1]);
  });

  it('the real CLI exits 1 for a missing file', async () => {
    const result = await runCli(['nope.log'], { cwd: tempDir() });
    expect(result.code, 'src/cli.ts nope.log: exit code').toBe(1);
    expect(result.stderr, 'src/cli.ts nope.log: stderr').toContain('log-analyzer: nope.log: No such file or directory');
    expect(textNumber(result.stdout, 'Requests'), 'src/cli.ts nope.log: the report on stdout').toBe(0);
  });

  it('the real CLI exits 2 for an unknown option', async () => {
    const result = await runCli(['--bogus'], { stdin: FIXTURE });
    expect([result.code, result.stdout], 'src/cli.ts --bogus: [exit code, stdout]').toEqual([2, '']);
  });
});
