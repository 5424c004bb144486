// What project benchmarks share: an HTTP load run with autocannon against an app on loopback,
// and the one-line JSON figures format that `npm run bench` collects. Benchmarks run outside
// vitest (with tsx), so they cannot use the testkit.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';

// Benchmarks seed their data the way suites do (the module has no vitest in it).
export { seededRandom } from '../testkit/random.js';

export interface LoadOptions {
  /** Requests to cycle through; the default is GET /. */
  requests?: autocannon.Request[];
  connections?: number;
  durationSeconds?: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers outside 2xx and connection errors: a benchmark with these measured the wrong thing. */
  non2xx: number;
  errors: number;
}

/** Serves `app` on 127.0.0.1 port 0, loads it with autocannon, closes it and returns the figures. */
export async function loadTest(app: RequestListener, options: LoadOptions = {}): Promise<LoadFigures> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: options.connections ?? 10,
      duration: options.durationSeconds ?? 5,
      requests: options.requests,
      // The load generator runs in a worker thread: on the main thread it would steal the
      // event loop from the server it is measuring.
      workers: 1,
    });
    return {
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
    };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * Runs each load in turn, `rounds` times over: on a shared machine a slow spell then slows every
 * load alike instead of one. Returns each load's runs, in order. A load is any measured run (an
 * HTTP load here, a timed command in the grader's own bench).
 */
export async function loadInTurns<K extends string, R = LoadFigures>(loads: Record<K, () => Promise<R>>, rounds: number): Promise<Record<K, R[]>> {
  const names = Object.keys(loads) as K[];
  const runs = Object.fromEntries(names.map((name) => [name, [] as R[]])) as Record<K, R[]>;
  for (let round = 0; round < rounds; round++) {
    for (const name of names) runs[name].push(await loads[name]());
  }
  return runs;
}

/** The run with the median rate (of an odd number of runs), so that its latencies go with it. */
export function medianRun(runs: LoadFigures[]): LoadFigures {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Prints a figures table for people, then the JSON line `npm run bench` reads (always last). */
export function report(project: string, figures: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(56)} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  console.log(JSON.stringify({ project, figures }));
}
