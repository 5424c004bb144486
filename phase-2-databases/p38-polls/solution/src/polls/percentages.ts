// Whole percentages that always sum to 100: the largest remainder (Hamilton) method.

export interface Tally {
  votes: number;
}

/**
 * Each option first gets floor(votes * 100 / total); the points still missing go one each to
 * the largest remainders (votes * 100 mod total), more votes first between equal remainders,
 * then the earlier option. Integers throughout: no float ever decides a tie.
 */
export function largestRemainder(tallies: readonly Tally[]): number[] {
  const total = tallies.reduce((sum, t) => sum + t.votes, 0);
  if (total === 0) return tallies.map(() => 0);
  const shares = tallies.map((t, index) => ({ index, votes: t.votes, floor: Math.floor((t.votes * 100) / total), remainder: (t.votes * 100) % total }));
  const percents = shares.map((s) => s.floor);
  let missing = 100 - percents.reduce((sum, p) => sum + p, 0);
  const order = [...shares].sort((a, b) => b.remainder - a.remainder || b.votes - a.votes || a.index - b.index);
  for (const share of order) {
    if (missing === 0) break;
    percents[share.index]! += 1;
    missing -= 1;
  }
  return percents;
}
