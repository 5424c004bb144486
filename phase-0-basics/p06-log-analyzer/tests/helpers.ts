// Shared by the p06 suite: the module shapes SPEC.md's Interface promises, lazy loaders, a log
// line builder, the fixture log of the spec with its expected report, and readers for the text
// report that find the numbers without depending on the spacing.
import { load, runMain, type CliResult, type MainFn, type RunMainOptions } from '#testkit';

export { ANSI } from '#testkit';

export interface LogEntry {
  ip: string;
  time: Date;
  method: string;
  path: string;
  status: number;
  bytes: number;
  referer: string | null;
  userAgent: string | null;
}

export interface Report {
  requests: number;
  malformed: number;
  outOfRange: number;
  bytes: number;
  errors: number;
  errorRate: number;
  status: Record<string, number>;
  topIps: Array<{ ip: string; requests: number }>;
  topPaths: Array<{ path: string; requests: number }>;
  hours: Array<{ hour: string; requests: number }>;
}

export interface AnalyzeOptions {
  since?: Date;
  until?: Date;
  top?: number;
}

export interface TimeModule {
  parseLogTime(text: string): Date | null;
  parseIsoTime(text: string): Date | null;
}
export interface LogLineModule {
  parseLine(line: string): LogEntry | null;
}
export interface ReadLinesModule {
  readLines(input: NodeJS.ReadableStream): AsyncIterable<string>;
}
export interface AnalyzeModule {
  analyze(lines: AsyncIterable<string> | Iterable<string>, options?: AnalyzeOptions): Promise<Report>;
  topCounts(counts: ReadonlyMap<string, number>, n: number): Array<{ key: string; count: number }>;
}
export interface FormatModule {
  formatText(report: Report, options: { color: boolean }): string;
}

export const loadTime = () => load<TimeModule>('src/time.ts', ['parseLogTime', 'parseIsoTime']);
export const loadLogLine = () => load<LogLineModule>('src/log-line.ts', ['parseLine']);
export const loadReadLines = () => load<ReadLinesModule>('src/read-lines.ts', ['readLines']);
export const loadAnalyze = () => load<AnalyzeModule>('src/analyze.ts', ['analyze', 'topCounts']);
export const loadFormat = () => load<FormatModule>('src/format.ts', ['formatText']);
export const loadMain = () => load<{ main: MainFn }>('src/main.ts', ['main']);

/**
 * Loads every module once before the checks of a file run, ignoring failures: each check still
 * loads what it needs with load() and reports its own missing file or export. Code at the top of
 * a module (tables, regular expressions) then runs outside any one check, so mutation testing
 * (npm run mutate) tries its changes against every check, not only the first that loaded it.
 */
export async function preloadModules(): Promise<void> {
  await Promise.allSettled([loadTime(), loadLogLine(), loadReadLines(), loadAnalyze(), loadFormat(), loadMain()]);
}

/** Calls the learner's main with in-memory streams. */
export async function analyzer(argv: string[], options: RunMainOptions = {}): Promise<CliResult> {
  const { main } = await loadMain();
  return runMain(main, argv, options);
}

export function show(value: unknown): string {
  return JSON.stringify(value);
}

/** `main(["--json", "a.log"])`: how checks name a command in their messages. */
export function command(argv: readonly string[]): string {
  return `log-analyzer ${argv.join(' ')}`.trim();
}

export interface LineParts {
  ip?: string;
  user?: string;
  time?: string;
  request?: string;
  status?: string | number;
  bytes?: string | number;
  referer?: string;
  agent?: string;
  /** Leave out the referer and user agent: a common-format line. */
  common?: boolean;
}

/** One combined-format line; every part has a harmless default. */
export function logLine(parts: LineParts = {}): string {
  const head = `${parts.ip ?? '192.0.2.1'} - ${parts.user ?? '-'} [${parts.time ?? '10/Oct/2000:13:55:36 -0700'}] "${parts.request ?? 'GET / HTTP/1.1'}" ${parts.status ?? 200} ${parts.bytes ?? 100}`;
  return parts.common ? head : `${head} "${parts.referer ?? '-'}" "${parts.agent ?? 'Mozilla/5.0'}"`;
}

/** The access.log of the spec's examples (without its final newline). */
export const FIXTURE_LINES = [
  '203.0.113.9 - - [10/Oct/2000:13:55:36 -0700] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"',
  '203.0.113.9 - - [10/Oct/2000:13:58:01 -0700] "GET /about?lang=en HTTP/1.1" 200 1024 "/index.html" "Mozilla/5.0"',
  '198.51.100.23 - - [10/Oct/2000:14:01:12 -0700] "GET /missing.png HTTP/1.1" 404 153 "-" "curl/8.0"',
  '198.51.100.23 - - [10/Oct/2000:14:02:00 -0700] "POST /login HTTP/1.1" 500 - "-" "curl/8.0"',
  '192.0.2.7 - bob [10/Oct/2000:21:10:00 +0000] "GET /index.html HTTP/2.0" 304 0 "-" "Mozilla/5.0"',
  'not a log line',
  '203.0.113.9 - - [10/Oct/2000:22:00:00 +0000] "GET /about HTTP/1.1" 200 1024',
];

export const FIXTURE = `${FIXTURE_LINES.join('\n')}\n`;

/** What the spec says the fixture gives, errorRate aside (compare it with toBeCloseTo). */
export const FIXTURE_REPORT = {
  requests: 6,
  malformed: 1,
  outOfRange: 0,
  bytes: 4527,
  errors: 2,
  status: { '200': 3, '304': 1, '404': 1, '500': 1 },
  topIps: [
    { ip: '203.0.113.9', requests: 3 },
    { ip: '198.51.100.23', requests: 2 },
    { ip: '192.0.2.7', requests: 1 },
  ],
  topPaths: [
    { path: '/about', requests: 2 },
    { path: '/index.html', requests: 2 },
    { path: '/login', requests: 1 },
    { path: '/missing.png', requests: 1 },
  ],
  hours: [
    { hour: '2000-10-10T20:00:00.000Z', requests: 2 },
    { hour: '2000-10-10T21:00:00.000Z', requests: 3 },
    { hour: '2000-10-10T22:00:00.000Z', requests: 1 },
  ],
};

/** The spec's text report of the fixture, exactly. */
export const FIXTURE_TEXT = `Requests: 6
Malformed lines: 1
Outside time range: 0
Bytes sent: 4527
Error rate: 33.3% (2 of 6)

Status codes:
  200  3
  304  1
  404  1
  500  1

Top IPs:
  203.0.113.9    3
  198.51.100.23  2
  192.0.2.7      1

Top paths:
  /about        2
  /index.html   2
  /login        1
  /missing.png  1

Requests per hour (UTC):
  2000-10-10 20:00  2
  2000-10-10 21:00  3
  2000-10-10 22:00  1
`;

/** Only the fields the spec promises, so that extra fields never fail a check. */
export function reportFields(report: Report): Omit<Report, 'errorRate'> {
  const { requests, malformed, outOfRange, bytes, errors, status, topIps, topPaths, hours } = report;
  return { requests, malformed, outOfRange, bytes, errors, status, topIps, topPaths, hours };
}

export function entryFields(entry: LogEntry | null): unknown {
  if (entry === null || typeof entry !== 'object') return entry;
  const { ip, method, path, status, bytes, referer, userAgent } = entry;
  const time = entry.time instanceof Date ? entry.time.toISOString() : entry.time;
  return { ip, time, method, path, status, bytes, referer, userAgent };
}

/** The number after `label:` at the start of a line of the text report, or undefined. */
export function textNumber(text: string, label: string): number | undefined {
  const match = new RegExp(`^${label}:\\s*(\\d+)\\s*$`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The rows under a heading of the text report, as [key, count], up to the next blank line. */
export function textSection(text: string, heading: string): Array<[string, number]> | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start === -1) return undefined;
  const rows: Array<[string, number]> = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trim() === '(none)') break;
    const match = /^\s+(.*\S)\s+(\d+)\s*$/.exec(line);
    if (!match) break;
    rows.push([match[1]!, Number(match[2])]);
  }
  return rows;
}

export const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Lets the event loop go round `n` times: enough for a stream to deliver what was written. */
export async function eventLoopTurns(n = 50): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}
