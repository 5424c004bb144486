import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import type { PassphraseOptions } from './passphrase.js';
import type { PasswordOptions } from './password.js';

export const DEFAULT_LENGTH = 16;
export const DEFAULT_WORDS = 6;
export const MAX_COUNT = 100;

/** What the command line asks for: one shape per way the program can run. */
export type Command =
  | { kind: 'help' }
  | { kind: 'password'; options: PasswordOptions; count: number; entropy: boolean }
  | { kind: 'passphrase'; options: PassphraseOptions; wordlist: string | undefined; count: number; entropy: boolean };

// node:util parseArgs knows every option, which take a value and their one-letter forms.
// Numbers arrive as strings: checking them is our job.
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  length: { type: 'string', short: 'l' },
  'no-lower': { type: 'boolean' },
  'no-upper': { type: 'boolean' },
  'no-digits': { type: 'boolean' },
  'no-symbols': { type: 'boolean' },
  symbols: { type: 'string' },
  'exclude-ambiguous': { type: 'boolean', short: 'a' },
  passphrase: { type: 'boolean', short: 'p' },
  words: { type: 'string', short: 'w' },
  separator: { type: 'string', short: 's' },
  capitalize: { type: 'boolean', short: 'c' },
  wordlist: { type: 'string' },
  count: { type: 'string', short: 'n' },
  entropy: { type: 'boolean', short: 'e' },
} as const;

type Values = ReturnType<typeof readValues>;

const PASSWORD_ONLY = ['length', 'no-lower', 'no-upper', 'no-digits', 'no-symbols', 'symbols', 'exclude-ambiguous'] as const;
const PASSPHRASE_ONLY = ['words', 'separator', 'capitalize', 'wordlist'] as const;

function readValues(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // parseArgs reports unknown options, missing values and stray arguments as errors whose code
    // starts with ERR_PARSE_ARGS: those are the user's mistakes, anything else is a bug.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
    throw error;
  }
}

/** "12" is 12; "12.5", "1e3", "-3", " 7" and "" are refused: digits only, as the spec says. */
function wholeNumber(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number.parseInt(value, 10);
  if (Number.isNaN(parsed)) throw new UsageError(`${option} needs a whole number, got ${JSON.stringify(value)}`);
  return parsed;
}

function passwordCommand(values: Values, count: number): Command {
  const misplaced = PASSPHRASE_ONLY.find((name) => values[name] !== undefined);
  if (misplaced !== undefined) throw new UsageError(`--${misplaced} only works with --passphrase`);
  if (values.symbols !== undefined && values['no-symbols']) throw new UsageError('--symbols and --no-symbols cannot be used together');
  const options: PasswordOptions = {
    length: wholeNumber(values.length, '--length', DEFAULT_LENGTH),
    lower: !values['no-lower'],
    upper: !values['no-upper'],
    digits: !values['no-digits'],
    symbols: values['no-symbols'] ? false : (values.symbols ?? true),
    excludeAmbiguous: values['exclude-ambiguous'] === true,
  };
  return { kind: 'password', options, count, entropy: values.entropy === true };
}

function passphraseCommand(values: Values, count: number): Command {
  const misplaced = PASSWORD_ONLY.find((name) => values[name] !== undefined);
  if (misplaced !== undefined) throw new UsageError(`--${misplaced} is for passwords: it cannot be used with --passphrase`);
  const options: PassphraseOptions = {
    words: wholeNumber(values.words, '--words', DEFAULT_WORDS),
    separator: values.separator ?? '-',
    capitalize: values.capitalize === true,
  };
  return { kind: 'passphrase', options, wordlist: values.wordlist, count, entropy: values.entropy === true };
}

/**
 * Reads the command line. Throws a UsageError for anything the user must fix; the ranges of
 * --length and --words are checked where passwords and passphrases are made.
 */
export function parseOptions(argv: string[]): Command {
  const values = readValues(argv);
  if (values.help) return { kind: 'help' };
  const count = wholeNumber(values.count, '--count', 1);
  if (count < 1 || count > MAX_COUNT) throw new UsageError(`--count must be from 1 to ${MAX_COUNT}, got ${count}`);
  return values.passphrase ? passphraseCommand(values, count) : passwordCommand(values, count);
}
