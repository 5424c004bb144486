// The benchkit's run bookkeeping (the load itself needs autocannon and a real server, which the
// project benches exercise).
import { describe, expect, it } from 'vitest';
import { loadInTurns, medianRun, type LoadFigures } from '../benchkit/http.js';

const figures = (requestsPerSecond: number): LoadFigures => ({ requestsPerSecond, p50Ms: requestsPerSecond / 1000, p99Ms: 0, non2xx: 0, errors: 0 });

describe('benchkit', () => {
  it('loadInTurns runs every load once per round, in turn, and keeps each load runs in order', async () => {
    const calls: string[] = [];
    const load = (name: string, rate: number) => async () => {
      calls.push(name);
      return figures(rate + calls.length);
    };
    const runs = await loadInTurns({ a: load('a', 100), b: load('b', 200) }, 3);
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
    expect(runs.a.map((run) => run.requestsPerSecond)).toEqual([101, 103, 105]);
    expect(runs.b.map((run) => run.requestsPerSecond)).toEqual([202, 204, 206]);
  });

  it('medianRun picks the whole run with the median rate, not a mix of figures', () => {
    const runs = [figures(3000), figures(1000), figures(2000)];
    expect(medianRun(runs)).toBe(runs[2]);
    expect(runs.map((run) => run.requestsPerSecond), 'the input is not reordered').toEqual([3000, 1000, 2000]);
  });
});
