import { characterClasses, type ClassName, type ClassOptions } from './charsets.js';
import { UsageError } from './errors.js';
import { pick, type RandomInt } from './random.js';

export interface PasswordOptions extends ClassOptions {
  length: number;
}

export function generatePassword(options: PasswordOptions, randomInt: RandomInt): string {
  const classes = characterClasses(options);
  const { length } = options;
  const ok = Number.isSafeInteger(length) && length >= 1 && length <= 128 && length >= classes.length;
  if (!ok) throw new UsageError(`invalid length ${length}: 1 to 128 and at least ${classes.length}`);
  const owner = new Map<string, ClassName>();
  const alphabet: string[] = [];
  for (const cls of classes) {
    for (const ch of cls.chars) {
      owner.set(ch, cls.name);
      alphabet.push(ch);
    }
  }
  let drawn: string[] = [];
  let covered = new Set<ClassName>();
  while (drawn.length === 0 || covered.size < classes.length) {
    drawn = [];
    covered = new Set();
    for (let i = 0; i < length; i++) {
      const ch = pick(alphabet, randomInt);
      drawn.push(ch);
      covered.add(owner.get(ch)!);
    }
  }
  return drawn.join('');
}
