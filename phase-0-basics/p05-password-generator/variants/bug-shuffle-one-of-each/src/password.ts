import { characterClasses, type CharacterClass, type ClassOptions } from './charsets.js';
import { UsageError } from './errors.js';
import { pick, type RandomInt } from './random.js';

export const MIN_LENGTH = 1;
export const MAX_LENGTH = 128;

export interface PasswordOptions extends ClassOptions {
  /** Characters (code points) in the password. */
  length: number;
}

function checkLength(length: number, classes: readonly CharacterClass[]): void {
  if (!Number.isInteger(length) || length < MIN_LENGTH || length > MAX_LENGTH) {
    throw new UsageError(`length must be a whole number from ${MIN_LENGTH} to ${MAX_LENGTH}, got ${length}`);
  }
  if (length < classes.length) {
    throw new UsageError(`length ${length} is too short to include all ${classes.length} character classes`);
  }
}

function containsEveryClass(password: readonly string[], classes: readonly CharacterClass[]): boolean {
  return classes.every((cls) => password.some((char) => cls.chars.includes(char)));
}

/**
 * A password with at least one character of every requested class.
 *
 * Every character comes from the whole alphabet, and a draw that misses a class is thrown away
 * whole (rejection sampling). That keeps every valid password equally likely. The popular
 * shortcut, one character of each class first and the rest at random, then a shuffle, makes
 * passwords with few letters more likely than they should be.
 */
export function generatePassword(options: PasswordOptions, randomInt: RandomInt): string {
  const classes = characterClasses(options);
  checkLength(options.length, classes);
  const alphabet = classes.flatMap((cls) => cls.chars);
  // One of each class first, the rest from the whole alphabet, then a Fisher-Yates shuffle.
  const password = classes.map((cls) => pick(cls.chars, randomInt));
  while (password.length < options.length) password.push(pick(alphabet, randomInt));
  for (let i = password.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [password[i], password[j]] = [password[j]!, password[i]!];
  }
  if (!containsEveryClass(password, classes)) throw new Error('unreachable');
  return password.join('');
}
