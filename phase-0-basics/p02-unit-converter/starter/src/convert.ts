// Task 2 (convert) and Task 5 (parseValue, the errors of convert) in SPEC.md.
import { ConversionError } from './errors.js';
import { resolveUnit } from './lookup.js';

/**
 * Reads the value argument: a plain decimal number such as "10", "-40", "2.5", ".5" or "1e3".
 * Throws ConversionError 'not_a_number' for anything else and 'too_large' for "1e999".
 */
export function parseValue(text: string): number {
  // TODO (Task 5): test the text against a regular expression first. Number() alone is too
  // forgiving: Number("") is 0, Number("0x10") is 16 and Number("Infinity") is Infinity.
  throw new Error(`Not implemented: parseValue(${JSON.stringify(text)})`);
}

/**
 * Converts `value` from one unit to another, by name (any name findUnit knows), and returns
 * the unrounded result.
 */
export function convert(value: number, from: string, to: string): number {
  // TODO (Task 2): resolveUnit both names, then go through the base unit:
  //   base = (value + from.offset) * from.factor      result = base / to.factor - to.offset
  // TODO (Task 5): throw ConversionError for different dimensions, for a base value below 0
  // (negative_amount, or below_absolute_zero for temperatures) and for a result that is not finite.
  throw new Error(`Not implemented: convert(${value}, ${JSON.stringify(from)}, ${JSON.stringify(to)})`);
}
