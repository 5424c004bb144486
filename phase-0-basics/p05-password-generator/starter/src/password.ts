import { characterClasses, type ClassOptions } from './charsets.js';
import { UsageError } from './errors.js';
import { pick, type RandomInt } from './random.js';

export const MIN_LENGTH = 1;
export const MAX_LENGTH = 128;

/** `extends` copies every field of ClassOptions into this interface and adds `length`. */
export interface PasswordOptions extends ClassOptions {
  /** Characters (code points) in the password. */
  length: number;
}

/**
 * A password with at least one character of every requested class, every valid password
 * equally likely.
 */
export function generatePassword(options: PasswordOptions, randomInt: RandomInt): string {
  // TODO (Task 3, SPEC.md):
  // 1. const classes = characterClasses(options) (it throws for impossible classes).
  // 2. Throw a UsageError whose message contains "length" when options.length is not a whole
  //    number from MIN_LENGTH to MAX_LENGTH, or is smaller than classes.length.
  // 3. const alphabet = every class's chars, one after the other (classes.flatMap(...)).
  // 4. Loop: draw options.length characters, each pick(alphabet, randomInt). If every class has
  //    at least one character in the draw, return the characters joined. Otherwise throw the
  //    whole draw away and draw again. (Not "one of each class, then shuffle": see the spec.)
  throw new Error(`Not implemented: generatePassword(${JSON.stringify(options)}, ${typeof randomInt})`);
}
