// Tasks 1 to 3: the library functions, called directly.
import { controlledStdin, OTHER_ZONES, withTimeZone } from '#testkit';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  entryFields,
  eventLoopTurns,
  FIXTURE_LINES,
  FIXTURE_REPORT,
  loadAnalyze,
  loadLogLine,
  loadReadLines,
  loadTime,
  logLine,
  preloadModules,
  reportFields,
  show,
} from './helpers.js';

beforeAll(preloadModules);

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

function iso(date: Date | null): string | null {
  return date instanceof Date ? date.toISOString() : date;
}

describe('Task 1: Parse a log line', () => {
  it('parseLogTime converts the server offset to UTC', async () => {
    const { parseLogTime } = await loadTime();
    const cases: Array<[string, string]> = [
      ['10/Oct/2000:13:55:36 -0700', '2000-10-10T20:55:36.000Z'],
      ['01/Jan/2024:02:00:00 +0530', '2023-12-31T20:30:00.000Z'],
      ['31/Dec/1999:23:59:59 -0100', '2000-01-01T00:59:59.000Z'],
      ['15/Jun/2026:00:00:00 +0000', '2026-06-15T00:00:00.000Z'],
      ['29/Feb/2024:12:30:00 +0000', '2024-02-29T12:30:00.000Z'],
      ['29/Feb/2000:00:00:00 +0000', '2000-02-29T00:00:00.000Z'],
      ['01/Mar/2024:00:00:00 +2330', '2024-02-29T00:30:00.000Z'],
      ['30/Nov/2023:23:59:59 -2359', '2023-12-01T23:58:59.000Z'],
      ['31/Dec/2024:23:59:59 +0000', '2024-12-31T23:59:59.000Z'],
    ];
    // One day in every month, to check the month names.
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    months.forEach((month, index) => {
      cases.push([`28/${month}/2025:09:00:00 +0000`, `2025-${String(index + 1).padStart(2, '0')}-28T09:00:00.000Z`]);
    });
    for (const [text, expected] of cases) {
      expect(iso(parseLogTime(text)), `parseLogTime(${show(text)})`).toBe(expected);
    }
  });

  for (const zone of OTHER_ZONES) {
    it(`parseLogTime and parseLine give the same instant on a machine whose zone is ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const { parseLogTime } = await loadTime();
        const { parseLine } = await loadLogLine();
        // Times whose clock reading does not exist or exists twice in one of the zones (DST
        // changes), and ones whose local day or hour differs from the written one.
        const cases: Array<[string, string]> = [
          ['10/Oct/2000:13:55:36 -0700', '2000-10-10T20:55:36.000Z'],
          ['01/Jan/2024:02:00:00 +0530', '2023-12-31T20:30:00.000Z'],
          ['10/Mar/2024:02:30:00 +0000', '2024-03-10T02:30:00.000Z'],
          ['03/Nov/2024:01:30:00 -0400', '2024-11-03T05:30:00.000Z'],
          ['06/Oct/2024:02:30:00 +1100', '2024-10-05T15:30:00.000Z'],
          ['07/Apr/2024:02:30:00 +0000', '2024-04-07T02:30:00.000Z'],
          ['31/Dec/2024:23:59:59 +0000', '2024-12-31T23:59:59.000Z'],
        ];
        for (const [text, expected] of cases) {
          expect(iso(parseLogTime(text)), `parseLogTime(${show(text)}) with the machine in ${zone}: the written offset alone decides, never the machine's zone`).toBe(expected);
          const line = logLine({ time: text });
          expect(iso(parseLine(line)?.time ?? null), `parseLine(${show(line)}).time with the machine in ${zone}`).toBe(expected);
        }
      });
    });
  }

  it('parseLogTime returns null for text that is not a log time or a moment that does not exist', async () => {
    const { parseLogTime } = await loadTime();
    const bad = [
      '',
      '31/Feb/2024:00:00:00 +0000',
      '29/Feb/2023:00:00:00 +0000',
      '29/Feb/1900:00:00:00 +0000',
      '31/Apr/2024:00:00:00 +0000',
      '32/Jan/2024:00:00:00 +0000',
      '00/Jan/2024:00:00:00 +0000',
      '10/Foo/2000:13:55:36 -0700',
      '10/oct/2000:13:55:36 -0700',
      '10/Oct/2000:24:00:00 +0000',
      '10/Oct/2000:13:60:00 +0000',
      '10/Oct/2000:13:55:60 +0000',
      '10/Oct/2000:13:55:36 +0060',
      '10/Oct/2000:13:55:36 +2400',
      '10/Oct/2000:13:55:36',
      '10/Oct/2000:13:55:36 -07:00',
      '1/Oct/2000:13:55:36 -0700',
      '[10/Oct/2000:13:55:36 -0700]',
      ' 10/Oct/2000:13:55:36 -0700',
      '10/Oct/2000:13:55:36 -0700 ',
      '110/Oct/2000:13:55:36 -0700',
      '10/Oct/2000:13:55:36 -07000',
      '2000-10-10T13:55:36Z',
    ];
    for (const text of bad) {
      expect(iso(parseLogTime(text)), `parseLogTime(${show(text)}) should be null`).toBeNull();
    }
  });

  it('parseLine reads every field of a combined-format line', async () => {
    const { parseLine } = await loadLogLine();
    const line = FIXTURE_LINES[1]!;
    expect(entryFields(parseLine(line)), `parseLine(${show(line)})`).toEqual({
      ip: '203.0.113.9',
      time: '2000-10-10T20:58:01.000Z',
      method: 'GET',
      path: '/about',
      status: 200,
      bytes: 1024,
      referer: '/index.html',
      userAgent: 'Mozilla/5.0',
    });
    const post = '2001:db8::7 - alice [01/Feb/2026:08:00:00 +0100] "POST /api/orders?id=5&x=1 HTTP/2.0" 201 87 "https://shop.example/cart" "curl/8.5.0"';
    expect(entryFields(parseLine(post)), `parseLine(${show(post)})`).toEqual({
      ip: '2001:db8::7',
      time: '2026-02-01T07:00:00.000Z',
      method: 'POST',
      path: '/api/orders',
      status: 201,
      bytes: 87,
      referer: 'https://shop.example/cart',
      userAgent: 'curl/8.5.0',
    });
  });

  it('parseLine accepts a common-format line, "-" for bytes and an HTTP/2 request', async () => {
    const { parseLine } = await loadLogLine();
    const common = FIXTURE_LINES[6]!;
    expect(entryFields(parseLine(common)), `parseLine(${show(common)})`).toEqual({
      ip: '203.0.113.9',
      time: '2000-10-10T22:00:00.000Z',
      method: 'GET',
      path: '/about',
      status: 200,
      bytes: 1024,
      referer: null,
      userAgent: null,
    });
    const dash = FIXTURE_LINES[3]!;
    expect(parseLine(dash)?.bytes, `parseLine(${show(dash)}).bytes`).toBe(0);
    const http2 = logLine({ request: 'GET /h2 HTTP/2' });
    expect(parseLine(http2)?.path, `parseLine(${show(http2)}).path`).toBe('/h2');
  });

  it('parseLine keeps escaped quotes inside quoted fields and Unicode in paths', async () => {
    const { parseLine } = await loadLogLine();
    const quoted = logLine({ agent: String.raw`Bot \"quoted\" 1.0`, referer: String.raw`say \"hi\"` });
    const entry = parseLine(quoted);
    expect(entry, `parseLine(${show(quoted)}) should not be null: \\" does not end a quoted field`).not.toBeNull();
    expect(entry?.userAgent, `parseLine(${show(quoted)}).userAgent`).toBe(String.raw`Bot \"quoted\" 1.0`);
    expect(entry?.referer, `parseLine(${show(quoted)}).referer`).toBe(String.raw`say \"hi\"`);
    const unicode = logLine({ request: 'GET /café/日本?q=ü HTTP/1.1' });
    expect(parseLine(unicode)?.path, `parseLine(${show(unicode)}).path`).toBe('/café/日本');
    const query = logLine({ request: 'GET /search?q=a?b HTTP/1.1' });
    expect(parseLine(query)?.path, `parseLine(${show(query)}).path`).toBe('/search');
    const root = logLine({ request: 'GET /?page=2 HTTP/1.1' });
    expect(parseLine(root)?.path, `parseLine(${show(root)}).path`).toBe('/');
  });

  it('parseLine returns null for malformed lines instead of throwing', async () => {
    const { parseLine } = await loadLogLine();
    const bad = [
      '',
      'not a log line',
      '192.0.2.1 - - 10/Oct/2000:13:55:36 -0700 "GET / HTTP/1.1" 200 100 "-" "-"',
      logLine({ status: 'abc' }),
      logLine({ status: '20' }),
      logLine({ status: '2000' }),
      logLine({ bytes: 'x' }),
      logLine({ bytes: '' }),
      logLine({ request: '-' }),
      logLine({ request: 'get / HTTP/1.1' }),
      logLine({ request: 'GET /' }),
      logLine({ request: 'GET / FTP/1.1' }),
      logLine({ request: 'GET /a b HTTP/1.1' }),
      logLine({ time: '31/Feb/2024:00:00:00 +0000' }),
      logLine({ time: 'yesterday' }),
      `${logLine({ common: true })} "-"`,
      logLine().slice(0, -5),
      logLine().replace('192.0.2.1 ', ''),
      '192.0.2.1 - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200 100',
    ];
    for (const line of bad) {
      let result: unknown;
      expect(() => (result = parseLine(line)), `parseLine(${show(line)}) should not throw`).not.toThrow();
      expect(result, `parseLine(${show(line)}) should be null`).toBeNull();
    }
  });
});

describe('Task 2: Read lines from a stream', () => {
  it('joins a line cut between chunks and keeps a last line without a newline', async () => {
    const { readLines } = await loadReadLines();
    const chunks = ['first li', 'ne\nsecond\n', '\nthi', 'rd'];
    const lines = await collect(readLines(Readable.from(chunks.map((c) => Buffer.from(c)))));
    expect(lines, `readLines of the chunks ${show(chunks)}`).toEqual(['first line', 'second', '', 'third']);
  });

  it('removes \\r\\n line endings, even when \\r and \\n arrive in different chunks', async () => {
    const { readLines } = await loadReadLines();
    const chunks = ['one\r\ntwo\r', '\nthree\r\n'];
    const lines = await collect(readLines(Readable.from(chunks.map((c) => Buffer.from(c)))));
    expect(lines, `readLines of the chunks ${show(chunks)}`).toEqual(['one', 'two', 'three']);
  });

  it('decodes a UTF-8 character whose bytes are split between chunks', async () => {
    const { readLines } = await loadReadLines();
    const bytes = Buffer.from('/café 😀\nnaïve\n');
    // Cut inside é (2 bytes) and inside 😀 (4 bytes).
    const chunks = [bytes.subarray(0, 5), bytes.subarray(5, 9), bytes.subarray(9)];
    const lines = await collect(readLines(Readable.from(chunks)));
    expect(lines, 'readLines of "/café 😀\\nnaïve\\n" cut inside é and inside 😀').toEqual(['/café 😀', 'naïve']);
  });

  it('gives no line for an empty stream', async () => {
    const { readLines } = await loadReadLines();
    expect(await collect(readLines(Readable.from([]))), 'readLines of an empty stream').toEqual([]);
  });

  it('hands out each line as soon as it is complete, before the input ends', async () => {
    const { readLines } = await loadReadLines();
    const input = controlledStdin();
    try {
      const lines = readLines(input)[Symbol.asyncIterator]();
      input.write('first line\nsecond ');
      let first: IteratorResult<string> | undefined;
      void lines.next().then((result) => (first = result));
      await eventLoopTurns();
      expect(first?.value, 'after writing "first line\\nsecond " to a stream that has not ended, the first line').toBe('first line');
      input.write('half\nthird');
      let second: IteratorResult<string> | undefined;
      void lines.next().then((result) => (second = result));
      await eventLoopTurns();
      expect(second?.value, 'after writing "half\\nthird", the second line').toBe('second half');
      input.end();
      expect((await lines.next()).value, 'after the end, the last line').toBe('third');
      expect((await lines.next()).done, 'after the last line, the lines are done').toBe(true);
    } finally {
      input.end();
    }
  });

  it('throws out of the loop when the stream fails', async () => {
    const { readLines } = await loadReadLines();
    const failing = new Readable({
      read() {
        this.push('one\n');
        this.destroy(new Error('disk on fire'));
      },
    });
    await expect(collect(readLines(failing)), 'reading a stream that fails with "disk on fire"').rejects.toThrow('disk on fire');
  });
});

describe('Task 3: Count and rank', () => {
  it('counts requests, bytes, status codes and malformed lines of the spec example', async () => {
    const { analyze } = await loadAnalyze();
    const report = await analyze(FIXTURE_LINES);
    expect(reportFields(report), 'analyze(the access.log of the spec)').toEqual(FIXTURE_REPORT);
    expect(report.errorRate, 'analyze(the access.log of the spec).errorRate').toBeCloseTo(2 / 6, 12);
  });

  it('reads an async iterable of lines, one at a time', async () => {
    const { analyze } = await loadAnalyze();
    async function* lines() {
      for (const line of FIXTURE_LINES) yield line;
    }
    const report = await analyze(lines());
    expect(reportFields(report), 'analyze(an async generator of the spec example lines)').toEqual(FIXTURE_REPORT);
  });

  it('skips blank lines and counts malformed ones without stopping', async () => {
    const { analyze } = await loadAnalyze();
    const lines = ['', logLine(), '   ', '\t', 'garbage', logLine({ status: 'abc' }), logLine({ status: 404 }), ''];
    const report = await analyze(lines);
    expect(report.requests, `analyze(${show(lines)}).requests`).toBe(2);
    expect(report.malformed, `analyze(${show(lines)}).malformed`).toBe(2);
    expect(report.outOfRange, `analyze(${show(lines)}).outOfRange`).toBe(0);
  });

  it('errors are statuses from 400 up; the error rate is errors / requests', async () => {
    const { analyze } = await loadAnalyze();
    const statuses = [200, 399, 400, 499, 500, 599, 301, 302];
    const lines = statuses.map((status) => logLine({ status }));
    const report = await analyze(lines);
    expect(report.errors, `errors among statuses ${show(statuses)}`).toBe(4);
    expect(report.errorRate, `errorRate among statuses ${show(statuses)}`).toBeCloseTo(0.5, 12);
    const none = await analyze([logLine({ status: 399 })]);
    expect(none.errorRate, 'errorRate with one 399 response').toBe(0);
  });

  it('an empty input gives zeros and empty lists, with an error rate of 0 (not NaN)', async () => {
    const { analyze } = await loadAnalyze();
    const report = await analyze([]);
    expect(reportFields(report), 'analyze([])').toEqual({
      requests: 0,
      malformed: 0,
      outOfRange: 0,
      bytes: 0,
      errors: 0,
      status: {},
      topIps: [],
      topPaths: [],
      hours: [],
    });
    expect(report.errorRate, 'analyze([]).errorRate').toBe(0);
  });

  it('ranks by count, breaks ties by plain string order, and keeps 10 by default', async () => {
    const { analyze } = await loadAnalyze();
    // Twelve clients: 10.0.0.1 once, 10.0.0.2 twice... except 10.0.0.9 to 10.0.0.12, which all
    // have 5 requests, arriving in an order that is neither sorted nor reversed.
    const counts: Array<[string, number]> = [
      ['10.0.0.11', 5], ['10.0.0.1', 1], ['10.0.0.9', 5], ['10.0.0.2', 2], ['10.0.0.12', 5], ['10.0.0.3', 3],
      ['10.0.0.10', 5], ['10.0.0.4', 4], ['10.0.0.5', 6], ['10.0.0.6', 7], ['10.0.0.7', 8], ['10.0.0.8', 9],
    ];
    const lines = counts.flatMap(([ip, n]) => Array.from({ length: n }, () => logLine({ ip })));
    const report = await analyze(lines);
    expect(report.topIps, 'topIps of 12 clients: most requests first, ties in string order ("10.0.0.10" < "10.0.0.9"), 10 at most').toEqual([
      { ip: '10.0.0.8', requests: 9 },
      { ip: '10.0.0.7', requests: 8 },
      { ip: '10.0.0.6', requests: 7 },
      { ip: '10.0.0.5', requests: 6 },
      { ip: '10.0.0.10', requests: 5 },
      { ip: '10.0.0.11', requests: 5 },
      { ip: '10.0.0.12', requests: 5 },
      { ip: '10.0.0.9', requests: 5 },
      { ip: '10.0.0.4', requests: 4 },
      { ip: '10.0.0.3', requests: 3 },
    ]);
    const top3 = await analyze(lines, { top: 3 });
    expect(top3.topIps.map((row) => row.ip), 'topIps with { top: 3 }').toEqual(['10.0.0.8', '10.0.0.7', '10.0.0.6']);
    expect(top3.requests, 'requests with { top: 3 } still counts everything').toBe(lines.length);
  });

  it('paths without their query string, ties in code-unit order (not localeCompare)', async () => {
    const { analyze } = await loadAnalyze();
    const targets = ['/b?x=1', '/a', '/B', '/b?x=2', '/a?y', '/B', '/é', '/z', '/é'];
    const lines = targets.map((target) => logLine({ request: `GET ${target} HTTP/1.1` }));
    const report = await analyze(lines, { top: 4 });
    expect(report.topPaths, `topPaths of ${show(targets)} with { top: 4 }`).toEqual([
      { path: '/B', requests: 2 },
      { path: '/a', requests: 2 },
      { path: '/b', requests: 2 },
      { path: '/é', requests: 2 },
    ]);
  });

  it('counts requests per hour in UTC, oldest hour first, whatever the order of the lines', async () => {
    const { analyze } = await loadAnalyze();
    const times = [
      '10/Oct/2000:23:59:59 +0000',
      '10/Oct/2000:18:30:00 -0700', // 11 Oct 01:30 UTC
      '11/Oct/2000:03:00:00 +0200', // 11 Oct 01:00 UTC
      '10/Oct/2000:23:00:00 +0000',
      '09/Oct/2000:08:15:00 +0000',
      '11/Oct/2000:01:59:59 +0000',
    ];
    const report = await analyze(times.map((time) => logLine({ time })));
    expect(report.hours, `hours of the times ${show(times)}`).toEqual([
      { hour: '2000-10-09T08:00:00.000Z', requests: 1 },
      { hour: '2000-10-10T23:00:00.000Z', requests: 2 },
      { hour: '2000-10-11T01:00:00.000Z', requests: 3 },
    ]);
  });

  for (const zone of OTHER_ZONES) {
    it(`counts requests per hour in UTC also on a machine whose zone is ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const { analyze } = await loadAnalyze();
        // Minutes on both sides of :30, so that an hour started in local time (Asia/Kolkata is
        // UTC+5:30) or a local day lands in other buckets than the UTC hour.
        const times = [
          '10/Oct/2000:20:10:00 +0000',
          '10/Oct/2000:20:50:00 +0000',
          '10/Oct/2000:21:20:00 +0000',
          '10/Oct/2000:23:45:00 +0000',
          '11/Oct/2000:00:15:00 +0000',
          '10/Mar/2024:06:40:00 +0000', // 01:40 then 03:40 in New York: its DST change is at 07:00 UTC
          '10/Mar/2024:07:20:00 +0000',
          '03/Nov/2024:05:30:00 +0000', // 01:30 in New York, an hour that happens twice
          '03/Nov/2024:06:30:00 +0000',
        ];
        const report = await analyze(times.map((time) => logLine({ time })));
        expect(report.hours, `analyze(lines at ${show(times)}).hours with the machine in ${zone}: hours start on the UTC hour, whatever the machine's zone`).toEqual([
          { hour: '2000-10-10T20:00:00.000Z', requests: 2 },
          { hour: '2000-10-10T21:00:00.000Z', requests: 1 },
          { hour: '2000-10-10T23:00:00.000Z', requests: 1 },
          { hour: '2000-10-11T00:00:00.000Z', requests: 1 },
          { hour: '2024-03-10T06:00:00.000Z', requests: 1 },
          { hour: '2024-03-10T07:00:00.000Z', requests: 1 },
          { hour: '2024-11-03T05:00:00.000Z', requests: 1 },
          { hour: '2024-11-03T06:00:00.000Z', requests: 1 },
        ]);
      });
    });
  }

  it('topCounts ranks any Map and leaves it unchanged', async () => {
    const { topCounts } = await loadAnalyze();
    const counts = new Map([['pear', 2], ['apple', 2], ['fig', 7], ['Zucchini', 2], ['kiwi', 1]]);
    const before = [...counts];
    expect(topCounts(counts, 3), 'topCounts({pear: 2, apple: 2, fig: 7, Zucchini: 2, kiwi: 1}, 3)').toEqual([
      { key: 'fig', count: 7 },
      { key: 'Zucchini', count: 2 },
      { key: 'apple', count: 2 },
    ]);
    expect(topCounts(counts, 10).map((row) => row.key), 'topCounts(the same map, 10)').toEqual(['fig', 'Zucchini', 'apple', 'pear', 'kiwi']);
    expect(topCounts(new Map(), 5), 'topCounts(an empty map, 5)').toEqual([]);
    expect([...counts], 'the map after topCounts').toEqual(before);
  });
});
