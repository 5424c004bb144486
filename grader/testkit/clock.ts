/** A clock a test controls. Apps receive `clock.now` and never read the real time. */
export interface FakeClock {
  now: () => Date;
  /** Moves time forward by `ms` milliseconds. */
  advance: (ms: number) => void;
  set: (to: Date | string) => void;
}

export function fakeClock(start: Date | string = '2026-01-15T12:00:00.000Z'): FakeClock {
  let current = new Date(start).getTime();
  if (Number.isNaN(current)) throw new Error(`fakeClock: invalid start ${String(start)}`);
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (to) => {
      current = new Date(to).getTime();
    },
  };
}
