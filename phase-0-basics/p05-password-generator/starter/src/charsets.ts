import { UsageError } from './errors.js';

export const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';
export const UPPERCASE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGITS = '0123456789';
export const DEFAULT_SYMBOLS = '!#$%&()*+,-./:;<=>?@[]^_{|}~';
/** Characters that are easy to misread in many fonts: capital i, small L, one, capital o, zero, small o, bar. */
export const AMBIGUOUS = 'Il1O0o|';

/** A union of string literals: a ClassName can only be one of these four strings. */
export type ClassName = 'lower' | 'upper' | 'digits' | 'symbols';

/** One kind of character a password must contain at least once. */
export interface CharacterClass {
  name: ClassName;
  /** One string per character (code point), in the order of the source text, no duplicates. */
  chars: string[];
}

export interface ClassOptions {
  lower: boolean;
  upper: boolean;
  digits: boolean;
  /** false: no symbols; true: DEFAULT_SYMBOLS; a string: exactly these symbols. */
  symbols: boolean | string;
  excludeAmbiguous: boolean;
}

/**
 * The character classes a password is built from, in the order lower, upper, digits, symbols.
 */
export function characterClasses(options: ClassOptions): CharacterClass[] {
  // TODO (Task 2, SPEC.md):
  // 1. Push one { name, chars } per class that is on. [...LOWERCASE] turns a string into an array
  //    of characters. `typeof options.symbols === 'string'` tells a custom set from true/false.
  // 2. Custom symbols: split with [...text] (by code point, so "🔑" stays whole), then throw a
  //    UsageError if there are none or one matches /[A-Za-z0-9\s]/u. Remove duplicates, keeping
  //    the first copy: [...new Set(chars)].
  // 3. No class at all: throw a UsageError.
  // 4. With excludeAmbiguous, filter every class with !AMBIGUOUS.includes(char); a class that is
  //    left empty is a UsageError whose message names it (e.g. "no symbols are left ...").
  throw new Error(`Not implemented: characterClasses(${JSON.stringify(options)})`);
}
