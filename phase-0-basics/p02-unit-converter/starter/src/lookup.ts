// Task 1 (findUnit) and Task 5 (suggestUnit, resolveUnit) in SPEC.md.
import { distance } from 'fastest-levenshtein';
import { ConversionError } from './errors.js';
import { UNITS, type Unit } from './units.js';

/**
 * How names are compared: "KM", "Km" and "km" are the same unit, and so are "m³" and "m3" or
 * "℃" and "°C". See "Unit names" in SPEC.md.
 */
export function normalizeName(name: string): string {
  // TODO (Task 1): NFKC normalisation, then lower case (String.prototype.normalize, toLowerCase).
  throw new Error(`Not implemented: normalizeName(${JSON.stringify(name)})`);
}

/**
 * The unit a user means by `name` (its symbol, its full name or any alias, compared after
 * normalizeName), or undefined.
 */
export function findUnit(name: string): Unit | undefined {
  // TODO (Task 1): search UNITS. Beware of a plain object used as a dictionary:
  // table["constructor"] finds a function that every object inherits.
  throw new Error(`Not implemented: findUnit(${JSON.stringify(name)})`);
}

/**
 * The symbol of the unit whose name is closest to `name`, or undefined when nothing is close
 * enough. "Did you mean" in SPEC.md fixes the rules.
 */
export function suggestUnit(name: string): string | undefined {
  // TODO (Task 5): distance(a, b) from fastest-levenshtein counts the single-character edits
  // between two strings. Compare the normalised name with every name of every unit, keep the
  // closest (the first one on a tie), and allow at most Math.min(2, Math.floor(length / 3)) edits.
  throw new Error(`Not implemented: suggestUnit(${JSON.stringify(name)})`);
}

/** Like findUnit, but an unknown name is an error that says what the user may have meant. */
export function resolveUnit(name: string): Unit {
  // TODO (Task 5): throw new ConversionError('unknown_unit', ...) with the message of SPEC.md.
  throw new Error(`Not implemented: resolveUnit(${JSON.stringify(name)})`);
}
