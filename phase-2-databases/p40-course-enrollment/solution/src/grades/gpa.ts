// Letter grades, their points, and the grade point average, computed in whole numbers.

/** The grade table of SPEC.md: points in tenths, so that no sum ever meets a binary fraction. */
export const GRADE_TENTHS = {
  A: 40,
  'A-': 37,
  'B+': 33,
  B: 30,
  'B-': 27,
  'C+': 23,
  C: 20,
  'C-': 17,
  'D+': 13,
  D: 10,
  F: 0,
} as const;

export type Grade = keyof typeof GRADE_TENTHS;
export const GRADES = Object.keys(GRADE_TENTHS) as Grade[];

/** A prerequisite counts as passed with a C or better (2.0 points or more). */
export const PASSING_GRADES: readonly Grade[] = GRADES.filter((grade) => GRADE_TENTHS[grade] >= GRADE_TENTHS.C);

export function gradePoints(grade: Grade): number {
  return GRADE_TENTHS[grade] / 10;
}

/**
 * The credit-weighted average, rounded half up to two decimals, or null without any grade.
 *
 * In floating point, 3.3 * 3 + 4 * 1 is 13.899999999999999, so (13.9 / 4) rounds to 3.47 where
 * the true 3.475 rounds to 3.48. Here everything stays an integer: with tenths t and credits c,
 * the GPA is sum(t * c) / (10 * sum(c)); in hundredths that is 10 * sum(t * c) / sum(c), and
 * rounding a fraction n / d half up is floor((2n + d) / 2d), all exact in integers.
 */
export function gpa(entries: ReadonlyArray<{ grade: Grade; credits: number }>): number | null {
  const credits = entries.reduce((sum, entry) => sum + entry.credits, 0);
  if (credits === 0) return null;
  const tenths = entries.reduce((sum, entry) => sum + GRADE_TENTHS[entry.grade] * entry.credits, 0);
  const numerator = 10 * tenths;
  const hundredths = Math.floor((2 * numerator + credits) / (2 * credits));
  return hundredths / 100;
}
