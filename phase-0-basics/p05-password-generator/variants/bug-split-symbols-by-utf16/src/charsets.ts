import { UsageError } from './errors.js';

export const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';
export const UPPERCASE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGITS = '0123456789';
export const DEFAULT_SYMBOLS = '!#$%&()*+,-./:;<=>?@[]^_{|}~';
/** Characters that are easy to misread in many fonts: capital i, small L, one, capital o, zero, small o, bar. */
export const AMBIGUOUS = 'Il1O0o|';

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

/** The characters of a custom symbol set, checked, without duplicates. */
function customSymbols(text: string): string[] {
  const chars = text.split('');
  if (chars.length === 0) throw new UsageError('--symbols needs at least one character');
  // Custom symbols must not overlap the other classes (that would make those characters twice as
  // likely) and must be visible: a space at the end of a password is easy to lose when copying.
  const bad = chars.find((char) => /[A-Za-z0-9\s]/u.test(char));
  if (bad !== undefined) throw new UsageError(`--symbols cannot contain letters, digits or spaces, got ${JSON.stringify(bad)}`);
  // A Set keeps the first copy of each character: a symbol listed twice must not be picked twice as often.
  return [...new Set(chars)];
}

/** Every class the options ask for, in the order lower, upper, digits, symbols. */
function requestedClasses(options: ClassOptions): CharacterClass[] {
  const classes: CharacterClass[] = [];
  if (options.lower) classes.push({ name: 'lower', chars: [...LOWERCASE] });
  if (options.upper) classes.push({ name: 'upper', chars: [...UPPERCASE] });
  if (options.digits) classes.push({ name: 'digits', chars: [...DIGITS] });
  if (options.symbols === true) classes.push({ name: 'symbols', chars: [...DEFAULT_SYMBOLS] });
  if (typeof options.symbols === 'string') classes.push({ name: 'symbols', chars: customSymbols(options.symbols) });
  return classes;
}

/**
 * The character classes a password is built from. Throws a UsageError when no class is left or
 * when removing ambiguous characters empties one: such a password cannot be generated.
 */
export function characterClasses(options: ClassOptions): CharacterClass[] {
  const classes = requestedClasses(options);
  if (classes.length === 0) throw new UsageError('every character class is turned off: keep at least one of lower, upper, digits, symbols');
  if (!options.excludeAmbiguous) return classes;
  return classes.map(({ name, chars }) => {
    const kept = chars.filter((char) => !AMBIGUOUS.includes(char));
    if (kept.length === 0) throw new UsageError(`no ${name} are left once ambiguous characters are excluded`);
    return { name, chars: kept };
  });
}
