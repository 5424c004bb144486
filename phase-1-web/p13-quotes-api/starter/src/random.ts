// Deterministic randomness. Math.random() cannot be seeded: the same program gives different
// numbers on every run. A pseudo-random number generator (PRNG) computes its "random" numbers
// from a starting number, the seed: same seed, same sequence, on any machine, after any restart.
// That is what makes GET /quotes/random?seed=abc shareable and the quote of the day stable.

/**
 * Turns a string into a number in [0, 2^32) so a text seed can start a PRNG: FNV-1a, 32 bits.
 * https://en.wikipedia.org/wiki/Fowler%E2%80%93Noll%E2%80%93Vo_hash_function
 */
export function hashString(text: string): number {
  // TODO (Task 4): start with hash = 0x811c9dc5; for each byte of new TextEncoder().encode(text):
  // hash ^= byte; hash = Math.imul(hash, 0x01000193) >>> 0. Return hash.
  throw new Error(`Not implemented: hashString(${JSON.stringify(text)}) (Task 4)`);
}

/**
 * mulberry32: a tiny PRNG with 32 bits of state. Each call returns the next number in [0, 1),
 * like Math.random(). The state lives in this closure, never at module level. Given in full:
 * the bit mixing is not the lesson, seeding it is.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random() function whose numbers depend only on the text seed. */
export function seededRandom(seed: string): () => number {
  // TODO (Task 4): mulberry32 started from hashString(seed).
  throw new Error(`Not implemented: seededRandom(${JSON.stringify(seed)}) (Task 4)`);
}

/** Picks one item with a random() in [0, 1): index Math.floor(random() * length). */
export function pickOne<T>(items: readonly T[], random: () => number): T | undefined {
  // TODO (Task 4): undefined when items is empty.
  throw new Error(`Not implemented: pickOne among ${items.length} items (Task 4)`);
}

/** The UTC calendar day of a moment, as YYYY-MM-DD: the same for all of that day everywhere. */
export function utcDateKey(date: Date): string {
  // TODO (Task 5): toISOString() is always in UTC; keep its first 10 characters.
  throw new Error(`Not implemented: utcDateKey(${date.getTime()}) (Task 5)`);
}
