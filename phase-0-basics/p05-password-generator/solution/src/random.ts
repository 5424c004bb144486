import { randomInt } from 'node:crypto';

/**
 * Where randomness comes from: a whole number from 0 up to (not including) `maxExclusive`,
 * every value equally likely. Passing it around as a parameter (instead of calling a random
 * function directly) lets tests hand in a seeded source and get the same "random" output twice.
 */
export type RandomInt = (maxExclusive: number) => number;

/**
 * The real source. node:crypto's randomInt reads the operating system's cryptographically secure
 * generator, which an attacker cannot predict (Math.random can be predicted from a few outputs).
 * It also avoids modulo bias for us: it throws away raw values that would make some results
 * more likely than others, instead of squeezing them into range with `%`.
 */
export function secureRandomInt(maxExclusive: number): number {
  return randomInt(maxExclusive);
}

/** One element of `items`, each with the same chance: the only way this program chooses anything. */
export function pick<T>(items: readonly T[], randomInt: RandomInt): T {
  if (items.length === 0) throw new RangeError('pick needs at least one item to choose from');
  const index = randomInt(items.length);
  // A broken source must fail loudly: returning undefined would quietly weaken a password.
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new RangeError(`randomInt(${items.length}) returned ${index}, which is not an index of the list`);
  }
  return items[index] as T;
}
