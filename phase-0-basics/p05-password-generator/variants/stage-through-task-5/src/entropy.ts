export type Strength = 'weak' | 'fair' | 'good' | 'strong';

/**
 * Bits of entropy of `picks` independent, uniform choices from `poolSize` options.
 */
export function entropyBits(picks: number, poolSize: number): number {
  // TODO (Task 6, SPEC.md): picks × log2(poolSize). Math.log2 exists. Do not round here.
  throw new Error(`Not implemented: entropyBits(${picks}, ${poolSize})`);
}

/** A word for people, from the unrounded bits. */
export function strength(bits: number): Strength {
  // TODO (Task 6, SPEC.md): below 40 "weak", below 60 "fair", below 80 "good", else "strong".
  throw new Error(`Not implemented: strength(${bits})`);
}
