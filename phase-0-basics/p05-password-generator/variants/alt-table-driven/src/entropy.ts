export type Strength = 'weak' | 'fair' | 'good' | 'strong';

export function entropyBits(picks: number, poolSize: number): number {
  return Math.log2(poolSize) * picks;
}

const LEVELS: ReadonlyArray<[number, Strength]> = [[80, 'strong'], [60, 'good'], [40, 'fair']];

export function strength(bits: number): Strength {
  return LEVELS.find(([min]) => bits >= min)?.[1] ?? 'weak';
}
