// Turning lines into numbers: one pass over the input, a few counters and Maps (SPEC.md, Tasks 3
// and 4). Keep only counts, never the lines: the memory used must not grow with the log's length.
import { parseLine } from './log-line.js';

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

/**
 * The `n` keys with the highest counts, highest first. Ties are broken by the key in plain
 * string order (what `<` compares, not localeCompare).
 */
export function topCounts(counts: ReadonlyMap<string, number>, n: number): Array<{ key: string; count: number }> {
  // TODO: Task 3 in SPEC.md. [...counts] is an array of [key, count] pairs; sort it with a
  // comparison function, then slice. Do not change the map.
  throw new Error('Not implemented: topCounts');
}

/**
 * Reads every line once and returns the report. `lines` may be an array or an async iterable
 * such as `readLines(stream)`: `for await` accepts both. Blank lines are skipped, malformed lines
 * are counted and skipped; neither stops the analysis.
 */
export async function analyze(lines: AsyncIterable<string> | Iterable<string>, options: AnalyzeOptions = {}): Promise<Report> {
  // TODO: Task 3 in SPEC.md (and the since/until options in Task 4).
  // - Running totals: a few numbers and a Map per list (status codes, IPs, paths, hour starts).
  // - for await (const line of lines) { ... parseLine(line) ... }
  // - At the end, turn the Maps into the Report's lists with topCounts.
  throw new Error('Not implemented: analyze');
}
