// Whole percentages that always sum to 100: the largest remainder method (SPEC.md, Task 5).

export interface Tally {
  votes: number;
}

/** TODO (Task 5): one whole percent per tally, in the same order, by the rule of SPEC.md. */
export function largestRemainder(tallies: readonly Tally[]): number[] {
  void tallies;
  throw new Error('Not implemented: largestRemainder (Task 5)');
}
