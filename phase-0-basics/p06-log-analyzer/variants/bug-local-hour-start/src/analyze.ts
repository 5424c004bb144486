// Turning lines into numbers: one pass over the input, a few counters and Maps.
//
// Nothing is kept per line: each line is parsed, added to the counts and forgotten. The memory
// used grows with the number of distinct clients, paths, status codes and hours, not with the
// length of the log, which is what lets a log of millions of lines go through in a few MB.
import { parseLine, type LogEntry } from './log-line.js';
import { parseLogTime } from './time.js';

export interface AnalyzeOptions {
  /** Keep requests at or after this instant. */
  since?: Date;
  /** Keep requests strictly before this instant. */
  until?: Date;
  /** Length of the top lists; 10 when not given. */
  top?: number;
}

/** The result of an analysis; `--json` prints exactly this object. */
export interface Report {
  /** Well-formed lines inside the time range. */
  requests: number;
  /** Lines that are not blank and could not be parsed. */
  malformed: number;
  /** Well-formed lines outside the time range. */
  outOfRange: number;
  /** Sum of the response sizes. */
  bytes: number;
  /** Requests answered with a status of 400 or more. */
  errors: number;
  /** errors / requests, between 0 and 1; 0 when there are no requests. */
  errorRate: number;
  /** Requests per status code: { "200": 5, "404": 1 }. */
  status: Record<string, number>;
  topIps: Array<{ ip: string; requests: number }>;
  topPaths: Array<{ path: string; requests: number }>;
  /** Requests per hour (UTC), oldest first; only hours that had requests. */
  hours: Array<{ hour: string; requests: number }>;
}

const DEFAULT_TOP = 10;

const MS_PER_HOUR = 3_600_000;

/** The running totals of one analysis. Maps because the keys are only known as lines arrive. */
interface Tally {
  requests: number;
  malformed: number;
  outOfRange: number;
  bytes: number;
  errors: number;
  status: Map<number, number>;
  ips: Map<string, number>;
  paths: Map<string, number>;
  /** Keyed by the start of the hour in milliseconds since 1970: numbers sort by time. */
  hours: Map<number, number>;
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function inRange(time: Date, options: AnalyzeOptions): boolean {
  // Half-open range [since, until): consecutive ranges never count a request twice.
  if (options.since && time < options.since) return false;
  if (options.until && time >= options.until) return false;
  return true;
}

function count(tally: Tally, entry: LogEntry): void {
  tally.requests += 1;
  tally.bytes += entry.bytes;
  if (entry.status >= 400) tally.errors += 1;
  increment(tally.status, entry.status);
  increment(tally.ips, entry.ip);
  increment(tally.paths, entry.path);
  // Rounding the time down to a multiple of one hour gives the start of its hour in UTC.
  const hourStart = new Date(entry.time);
  hourStart.setMinutes(0, 0, 0);
  increment(tally.hours, hourStart.getTime());
}

/**
 * The `n` keys with the highest counts, highest first. Ties are broken by the key in plain
 * string order (UTF-16 code units, what < compares), so the result never depends on the order in
 * which the lines arrived, nor on the machine's language, as localeCompare would.
 */
export function topCounts(counts: ReadonlyMap<string, number>, n: number): Array<{ key: string; count: number }> {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    // The keys of a Map are all different, so two keys are never equal here.
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
    .slice(0, n);
}

function toReport(tally: Tally, top: number): Report {
  return {
    requests: tally.requests,
    malformed: tally.malformed,
    outOfRange: tally.outOfRange,
    bytes: tally.bytes,
    errors: tally.errors,
    errorRate: tally.requests === 0 ? 0 : tally.errors / tally.requests,
    // An object with integer-like keys lists them in ascending order, in JSON too.
    status: Object.fromEntries(tally.status),
    topIps: topCounts(tally.ips, top).map(({ key, count }) => ({ ip: key, requests: count })),
    topPaths: topCounts(tally.paths, top).map(({ key, count }) => ({ path: key, requests: count })),
    hours: [...tally.hours]
      .sort(([a], [b]) => a - b)
      .map(([start, requests]) => ({ hour: new Date(start).toISOString(), requests })),
  };
}

/**
 * parseLogTime that remembers its last answer. A busy server writes many lines in the same
 * second, so consecutive lines very often carry the same time text: reading it once per second
 * instead of once per line makes the whole analysis about a quarter faster. The memory lives in
 * this closure, one per analysis, so two analyses never share it.
 */
function lastTimeParser(): (text: string) => Date | null {
  let lastText: string | undefined;
  let lastTime: Date | null = null;
  return (text) => {
    if (text !== lastText) {
      lastText = text;
      lastTime = parseLogTime(text);
    }
    return lastTime;
  };
}

/**
 * Reads every line once and returns the report. `lines` may be an array or, to stream, an async
 * iterable such as `readLines(stream)`: `for await` accepts both. Blank lines are skipped,
 * malformed lines are counted and skipped; neither stops the analysis.
 */
export async function analyze(lines: AsyncIterable<string> | Iterable<string>, options: AnalyzeOptions = {}): Promise<Report> {
  const tally: Tally = { requests: 0, malformed: 0, outOfRange: 0, bytes: 0, errors: 0, status: new Map(), ips: new Map(), paths: new Map(), hours: new Map() };
  const parseTime = lastTimeParser();
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const entry = parseLine(line, parseTime);
    if (entry === null) tally.malformed += 1;
    else if (!inRange(entry.time, options)) tally.outOfRange += 1;
    else count(tally, entry);
  }
  return toReport(tally, options.top ?? DEFAULT_TOP);
}
