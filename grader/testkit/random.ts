// Seeds instead of Math.random: a suite that needs many "random" values gets the same ones on
// every run, so a failure can be replayed.

/**
 * mulberry32: a small, fast, well-spread generator. Returns a function giving numbers in [0, 1),
 * like Math.random, the same sequence for the same seed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
