// Deterministic randomness. Math.random() cannot be seeded: the same program gives different
// numbers on every run. A pseudo-random number generator (PRNG) computes its "random" numbers
// from a starting number, the seed: same seed, same sequence, on any machine, after any restart.
// That is what makes GET /quotes/random?seed=abc shareable and the quote of the day stable.

/**
 * FNV-1a, 32 bits: turns a string into a number in [0, 2^32) so a text seed can start a PRNG.
 * Close strings ("day-1", "day-2") give very different numbers. Math.imul multiplies as 32-bit
 * integers; `>>> 0` keeps the result an unsigned 32-bit integer.
 * https://en.wikipedia.org/wiki/Fowler%E2%80%93Noll%E2%80%93Vo_hash_function
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * mulberry32: a tiny PRNG with 32 bits of state. Each call returns the next number in [0, 1),
 * like Math.random(). The state lives in this closure, never at module level.
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
  return mulberry32(hashString(seed));
}

/** Picks one item with a random() in [0, 1): index Math.floor(random() * length). */
export function pickOne<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** The UTC calendar day of a moment, as YYYY-MM-DD: the same for all of that day everywhere. */
export function utcDateKey(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
