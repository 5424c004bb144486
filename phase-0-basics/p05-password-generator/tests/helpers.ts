// Shared by the p05 suites: the module shapes SPEC.md's Interface promises, lazy loaders, seeded
// and scripted random sources, a chi-square test, and runners whose messages name the input.
import { load, runMain, seededRandom, type CliResult, type MainFn, type RunMainOptions } from '#testkit';
import { expect } from 'vitest';

export { ANSI } from '#testkit';

export type RandomInt = (maxExclusive: number) => number;
export type ErrorClass = new (message: string) => Error;

export interface ClassOptions {
  lower: boolean;
  upper: boolean;
  digits: boolean;
  symbols: boolean | string;
  excludeAmbiguous: boolean;
}

export interface PasswordOptions extends ClassOptions {
  length: number;
}

export interface PassphraseOptions {
  words: number;
  separator: string;
  capitalize: boolean;
}

export interface CharacterClass {
  name: string;
  chars: string[];
}

export const loadErrors = () => load<{ UsageError: ErrorClass; WordListError: ErrorClass }>('src/errors.ts', ['UsageError', 'WordListError']);
export const loadRandom = () =>
  load<{ secureRandomInt: RandomInt; pick: <T>(items: readonly T[], randomInt: RandomInt) => T }>('src/random.ts', ['secureRandomInt', 'pick']);
export const loadCharsets = () =>
  load<{
    LOWERCASE: string;
    UPPERCASE: string;
    DIGITS: string;
    DEFAULT_SYMBOLS: string;
    AMBIGUOUS: string;
    characterClasses: (options: ClassOptions) => CharacterClass[];
  }>('src/charsets.ts', ['LOWERCASE', 'UPPERCASE', 'DIGITS', 'DEFAULT_SYMBOLS', 'AMBIGUOUS', 'characterClasses']);
export const loadPassword = () =>
  load<{ generatePassword: (options: PasswordOptions, randomInt: RandomInt) => string }>('src/password.ts', ['generatePassword']);
export const loadPassphrase = () =>
  load<{
    parseWordList: (text: string) => string[];
    generatePassphrase: (options: PassphraseOptions, wordList: readonly string[], randomInt: RandomInt) => string;
  }>('src/passphrase.ts', ['parseWordList', 'generatePassphrase']);
export const loadWords = () => load<{ WORDS: readonly string[] }>('src/words.ts', ['WORDS']);
export const loadEntropy = () =>
  load<{ entropyBits: (picks: number, poolSize: number) => number; strength: (bits: number) => string }>('src/entropy.ts', ['entropyBits', 'strength']);
export const loadMain = () => load<{ main: MainFn }>('src/main.ts', ['main']);

/** Every class on, the defaults of the spec. */
export const ALL: PasswordOptions = { length: 16, lower: true, upper: true, digits: true, symbols: true, excludeAmbiguous: false };

export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGIT = '0123456789';
export const SYMBOLS = '!#$%&()*+,-./:;<=>?@[]^_{|}~';
export const AMBIGUOUS = 'Il1O0o|';

/** `generatePassword({"length":3})`: how checks name a call in their messages. */
export function callText(name: string, args: readonly unknown[]): string {
  return `${name}(${args.map((arg) => (typeof arg === 'function' ? 'randomInt' : JSON.stringify(arg))).join(', ')})`;
}

function describeValue(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return JSON.stringify(value) ?? String(value);
}

/** Calls `fn` and fails with a readable message when it throws instead of returning. */
export function callOrFail<T>(label: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    return expect.fail(`${label} threw ${describeValue(error)}`);
  }
}

/** `fn` must throw an instance of `errorClass` (and a message matching `pattern`, when given). */
export function expectThrows(label: string, fn: () => unknown, errorClass: ErrorClass | RangeErrorConstructor, pattern?: RegExp): Error {
  let returned: unknown;
  try {
    returned = fn();
  } catch (error) {
    expect(error, `${label} should throw a ${errorClass.name}, but threw ${describeValue(error)}`).toBeInstanceOf(errorClass);
    expect((error as Error).name, `${label}: the error's name, as shown in stack traces`).toBe(errorClass.name);
    if (pattern) expect((error as Error).message, `${label}: the ${errorClass.name}'s message`).toMatch(pattern);
    return error as Error;
  }
  return expect.fail(`${label} should throw a ${errorClass.name}, but it returned ${describeValue(returned)}`);
}

type Recording = RandomInt & { maxes: number[] };

function checkMax(maxExclusive: number): void {
  // The same rule as node:crypto's randomInt: a whole number of at least 1.
  if (!Number.isSafeInteger(maxExclusive) || maxExclusive < 1) {
    throw new RangeError(`randomInt was called with ${String(maxExclusive)}: it needs a whole number of at least 1`);
  }
}

/**
 * A seeded, uniform source (mulberry32): the same seed gives the same numbers, so statistical
 * checks have the same result on every run. It records every maxExclusive it is asked for.
 */
export function seeded(seed: number): Recording {
  const next = seededRandom(seed);
  const maxes: number[] = [];
  return Object.assign(
    (maxExclusive: number) => {
      checkMax(maxExclusive);
      maxes.push(maxExclusive);
      return Math.floor(next() * maxExclusive);
    },
    { maxes },
  );
}

/** A source that returns exactly these numbers, in order, and fails when asked for more. */
export function scripted(values: readonly number[]): Recording {
  const maxes: number[] = [];
  return Object.assign(
    (maxExclusive: number) => {
      maxes.push(maxExclusive);
      checkMax(maxExclusive);
      if (maxes.length > values.length) {
        throw new Error(`randomInt was called more than the ${values.length} times this check expects (asked for randomInt(${maxExclusive}))`);
      }
      return values[maxes.length - 1]!;
    },
    { maxes },
  );
}

/** Pearson's chi-square statistic of observed counts against expected counts. */
export function chiSquare(observed: readonly number[], expected: readonly number[]): number {
  return observed.reduce((sum, o, i) => sum + (o - expected[i]!) ** 2 / expected[i]!, 0);
}

/**
 * The value a chi-square statistic with `df` degrees of freedom exceeds with probability about
 * 1 in 100 000 (z = 4.265), by the Wilson-Hilferty approximation. Seeds are fixed, so a fair
 * implementation passes every run; a biased one lands far above it.
 */
export function chiSquareLimit(df: number, z = 4.265): number {
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

/** Asserts that `counts` (one per outcome) look like draws where every outcome is equally likely. */
export function expectUniform(counts: readonly number[], label: string, z?: number): void {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = counts.map(() => total / counts.length);
  const statistic = chiSquare(counts, expected);
  const limit = chiSquareLimit(counts.length - 1, z);
  expect(statistic, `${label}: chi-square ${statistic.toFixed(1)} over ${counts.length} outcomes should stay below ${limit.toFixed(1)} (counts ${counts.join(' ')})`).toBeLessThan(limit);
}

/** Counts how often each item of `outcomes` occurs in `draws`. */
export function countOf(draws: Iterable<string>, outcomes: readonly string[]): number[] {
  const counts = new Map(outcomes.map((o) => [o, 0]));
  for (const d of draws) if (counts.has(d)) counts.set(d, counts.get(d)! + 1);
  return outcomes.map((o) => counts.get(o)!);
}

/** Runs the learner's main with in-memory streams and the given random source. */
export async function run(argv: string[], options: RunMainOptions & { randomInt?: RandomInt } = {}): Promise<CliResult & { label: string; lines: string[] }> {
  const { main } = await loadMain();
  const label = callText('main', [argv]);
  const { randomInt, ...rest } = options;
  const io = { ...rest.io, ...(randomInt ? { randomInt } : {}) };
  const result = await runMain(main, argv, { ...rest, io });
  const lines = result.stdout.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return { ...result, label, lines };
}

/** A usage or file error: this exit code, nothing on stdout, a message naming `mention` on stderr. */
export function expectFailure(result: CliResult & { label: string }, code: number, mention: RegExp): void {
  expect(result.code, `${result.label}: exit code (stderr: ${result.stderr.trim() || 'empty'})`).toBe(code);
  expect(result.stdout, `${result.label}: nothing on stdout when it fails`).toBe('');
  expect(result.stderr, `${result.label}: the message on stderr should name what is wrong`).toMatch(mention);
}

/** A success: exit code 0, nothing on stderr. */
export function expectSuccess(result: CliResult & { label: string }): void {
  expect(result.code, `${result.label}: exit code (stderr: ${result.stderr.trim() || 'empty'})`).toBe(0);
  expect(result.stderr, `${result.label}: nothing on stderr when it works`).toBe('');
}

/** Which of the four default classes `char` belongs to, or undefined. */
export function classOf(char: string): 'lower' | 'upper' | 'digits' | 'symbols' | undefined {
  if (LOWER.includes(char)) return 'lower';
  if (UPPER.includes(char)) return 'upper';
  if (DIGIT.includes(char)) return 'digits';
  if (SYMBOLS.includes(char)) return 'symbols';
  return undefined;
}

/** Asserts a default password: `length` characters from the default alphabet, every class present. */
export function expectDefaultPassword(password: string, length: number, label: string): void {
  const chars = [...password];
  expect(chars.length, `${label}: length of ${JSON.stringify(password)}`).toBe(length);
  const classes = new Set(chars.map(classOf));
  expect(classes.has(undefined), `${label}: ${JSON.stringify(password)} has a character outside the default alphabet`).toBe(false);
  expect([...classes].sort(), `${label}: classes in ${JSON.stringify(password)}`).toEqual(['digits', 'lower', 'symbols', 'upper']);
}

