/**
 * Type inference for one cell (SPEC.md, Task 3): the number it holds, or undefined when it is not
 * a number. Spaces around the number are allowed (" 12 " is 12).
 */
export function parseNumber(text: string): number | undefined {
  // TODO (Task 3): check the shape with a regex before converting: an optional sign, digits with
  // an optional decimal point (12, 3.5, .5, 5.), an optional exponent (1e3, 2.5E-2). Number()
  // alone accepts "" (as 0), "0x10", "Infinity" and " ". Then refuse results that are not finite
  // ("1e999"): Number.isFinite.
  throw new Error('Not implemented: parseNumber');
}
