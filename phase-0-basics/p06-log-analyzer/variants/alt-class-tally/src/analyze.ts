import { parseLine } from './log-line.js';

export interface AnalyzeOptions {
  since?: Date;
  until?: Date;
  top?: number;
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

export function topCounts(counts: ReadonlyMap<string, number>, n: number): Array<{ key: string; count: number }> {
  const entries = Array.from(counts.entries(), ([key, count]) => ({ key, count }));
  entries.sort((x, y) => {
    if (x.count !== y.count) return y.count - x.count;
    return x.key === y.key ? 0 : x.key < y.key ? -1 : 1;
  });
  return entries.slice(0, Math.max(0, n));
}

class Tally {
  requests = 0;
  malformed = 0;
  outOfRange = 0;
  bytes = 0;
  errors = 0;
  readonly byStatus = new Map<string, number>();
  readonly byIp = new Map<string, number>();
  readonly byPath = new Map<string, number>();
  /** ISO strings of the same length sort as the instants they name. */
  readonly byHour = new Map<string, number>();

  static bump(map: Map<string, number>, key: string): void {
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  report(top: number): Report {
    const status: Record<string, number> = {};
    for (const code of [...this.byStatus.keys()].sort()) status[code] = this.byStatus.get(code)!;
    return {
      requests: this.requests,
      malformed: this.malformed,
      outOfRange: this.outOfRange,
      bytes: this.bytes,
      errors: this.errors,
      errorRate: this.requests > 0 ? this.errors / this.requests : 0,
      status,
      topIps: topCounts(this.byIp, top).map((e) => ({ ip: e.key, requests: e.count })),
      topPaths: topCounts(this.byPath, top).map((e) => ({ path: e.key, requests: e.count })),
      hours: [...this.byHour.keys()].sort().map((hour) => ({ hour, requests: this.byHour.get(hour)! })),
    };
  }
}

export async function analyze(lines: AsyncIterable<string> | Iterable<string>, options: AnalyzeOptions = {}): Promise<Report> {
  const tally = new Tally();
  const since = options.since?.getTime() ?? -Infinity;
  const until = options.until?.getTime() ?? Infinity;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const entry = parseLine(line);
    if (!entry) {
      tally.malformed++;
      continue;
    }
    const ms = entry.time.getTime();
    if (ms < since || ms >= until) {
      tally.outOfRange++;
      continue;
    }
    tally.requests++;
    tally.bytes += entry.bytes;
    if (entry.status >= 400) tally.errors++;
    Tally.bump(tally.byStatus, String(entry.status));
    Tally.bump(tally.byIp, entry.ip);
    Tally.bump(tally.byPath, entry.path);
    Tally.bump(tally.byHour, new Date(ms - (ms % 3_600_000)).toISOString());
  }
  return tally.report(options.top ?? 10);
}
