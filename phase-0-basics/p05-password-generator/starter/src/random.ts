import { randomInt } from 'node:crypto';

/**
 * Where randomness comes from: a whole number from 0 up to (not including) `maxExclusive`,
 * every value equally likely. This is a function type: any function with this shape fits.
 * https://www.typescriptlang.org/docs/handbook/2/functions.html#function-type-expressions
 *
 * Every function that chooses something takes a RandomInt parameter instead of calling a random
 * function itself. Tests then pass a seeded source and get the same "random" output every run.
 */
export type RandomInt = (maxExclusive: number) => number;

/**
 * The real source, used when nobody passes another one.
 */
export function secureRandomInt(maxExclusive: number): number {
  // TODO (Task 1, SPEC.md): return node:crypto's randomInt(maxExclusive) (imported above).
  // Not Math.random (predictable), not randomBytes(1)[0] % maxExclusive (biased, see the spec).
  throw new Error(`Not implemented: secureRandomInt(${maxExclusive})`);
}

/**
 * One element of `items`, each with the same chance. `<T>` makes this a generic function: it
 * works for a list of characters and for a list of words alike, and returns the same type.
 * https://www.typescriptlang.org/docs/handbook/2/generics.html
 */
export function pick<T>(items: readonly T[], randomInt: RandomInt): T {
  // TODO (Task 1, SPEC.md):
  // - An empty list: throw new RangeError(...) before calling randomInt.
  // - Ask randomInt(items.length) for one index: call it exactly once.
  // - If the index is not a whole number from 0 to items.length - 1 (Number.isInteger), throw a
  //   RangeError: a broken random source must fail loudly.
  // - Return items[index]. TypeScript types it `T | undefined` (the index could be out of range),
  //   so after your check write `items[index] as T`.
  throw new Error(`Not implemented: pick from ${items.length} items (${typeof randomInt})`);
}
