import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import type { PassphraseOptions } from './passphrase.js';
import type { PasswordOptions } from './password.js';

export const DEFAULT_LENGTH = 16;
export const DEFAULT_WORDS = 6;
export const MAX_COUNT = 100;

/**
 * What the command line asks for: a union type, one shape per way the program can run. Checking
 * `command.kind` tells TypeScript which shape you have (a "discriminated union").
 * https://www.typescriptlang.org/docs/handbook/2/narrowing.html#discriminated-unions
 */
export type Command =
  | { kind: 'help' }
  | { kind: 'password'; options: PasswordOptions; count: number; entropy: boolean }
  | { kind: 'passphrase'; options: PassphraseOptions; wordlist: string | undefined; count: number; entropy: boolean };

/**
 * Reads the command line. Throws a UsageError for anything the user must fix; the ranges of
 * --length and --words are checked where passwords and passphrases are made.
 */
export function parseOptions(argv: string[]): Command {
  // TODO (Task 5, SPEC.md "Interface", options table):
  // 1. parseArgs({ args: argv, options: {...}, strict: true, allowPositionals: false }) from
  //    node:util (https://nodejs.org/api/util.html#utilparseargsconfig). Declare every option:
  //    { type: 'string' } for those with a value (length, symbols, words, separator, wordlist,
  //    count), { type: 'boolean' } for flags, with `short: 'l'` and so on for the one-letter
  //    forms. It throws for unknown options, missing values and stray arguments: catch that and
  //    throw new UsageError(error.message) when error.code starts with "ERR_PARSE_ARGS".
  // 2. --help: return { kind: 'help' }.
  // 3. Numbers (--count, --length, --words) must match /^[0-9]+$/, else a UsageError naming the
  //    option. --count must be from 1 to MAX_COUNT (default 1).
  // 4. With --passphrase, any password option is a UsageError; without it, any passphrase option
  //    is. --symbols together with --no-symbols is a UsageError.
  // 5. Build the options object with the defaults of the spec.
  throw new Error(`Not implemented: parseOptions(${JSON.stringify(argv)})`);
}
