import { UsageError } from './errors.js';

export const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';
export const UPPERCASE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGITS = '0123456789';
export const DEFAULT_SYMBOLS = '!#$%&()*+,-./:;<=>?@[]^_{|}~';
export const AMBIGUOUS = 'Il1O0o|';

export type ClassName = 'lower' | 'upper' | 'digits' | 'symbols';
export interface CharacterClass {
  name: ClassName;
  chars: string[];
}
export interface ClassOptions {
  lower: boolean;
  upper: boolean;
  digits: boolean;
  symbols: boolean | string;
  excludeAmbiguous: boolean;
}

const FORBIDDEN_SYMBOL = /[A-Za-z0-9\s]/u;

// Each entry says where a class's characters come from, or null when the class is off.
const SOURCES: ReadonlyArray<[ClassName, (o: ClassOptions) => string | null]> = [
  ['lower', (o) => (o.lower ? LOWERCASE : null)],
  ['upper', (o) => (o.upper ? UPPERCASE : null)],
  ['digits', (o) => (o.digits ? DIGITS : null)],
  ['symbols', (o) => (o.symbols === false ? null : o.symbols === true ? DEFAULT_SYMBOLS : o.symbols)],
];

function uniqueCodePoints(text: string): string[] {
  const seen: string[] = [];
  for (const ch of text) if (!seen.includes(ch)) seen.push(ch);
  return seen;
}

export function characterClasses(options: ClassOptions): CharacterClass[] {
  if (typeof options.symbols === 'string') {
    if (options.symbols.length === 0) throw new UsageError('symbols: the custom set is empty');
    for (const ch of options.symbols) {
      if (FORBIDDEN_SYMBOL.test(ch)) throw new UsageError(`symbols: ${JSON.stringify(ch)} is a letter, a digit or whitespace`);
    }
  }
  const out: CharacterClass[] = [];
  for (const [name, source] of SOURCES) {
    const text = source(options);
    if (text === null) continue;
    let chars = uniqueCodePoints(text);
    if (options.excludeAmbiguous) {
      const ambiguous = new Set(AMBIGUOUS);
      chars = chars.filter((ch) => !ambiguous.has(ch));
      if (chars.length === 0) throw new UsageError(`no ${name} are left once ambiguous characters are excluded`);
    }
    out.push({ name, chars });
  }
  if (out.length === 0) throw new UsageError('no character class left: turn at least one on');
  return out;
}
