export type Strength = 'weak' | 'fair' | 'good' | 'strong';

/**
 * Bits of entropy of `picks` independent, uniform choices from `poolSize` options: each choice
 * multiplies the number of possible results by poolSize, and log2 counts those doublings.
 * 16 characters from 90 give 16 × log2(90) ≈ 103.87 bits; 6 words from 1024 give 60 bits.
 */
export function entropyBits(picks: number, poolSize: number): number {
  return picks * Math.log2(poolSize);
}

/** A word for people, from the unrounded bits: below 40 weak, below 60 fair, below 80 good. */
export function strength(bits: number): Strength {
  if (bits < 40) return 'weak';
  if (bits < 60) return 'fair';
  if (bits < 80) return 'good';
  return 'strong';
}
