import { UsageError, WordListError } from './errors.js';
import { pick, type RandomInt } from './random.js';

export const MIN_WORDS = 3;
export const MAX_WORDS = 20;

export interface PassphraseOptions {
  /** How many words, each drawn independently from the list. */
  words: number;
  /** Put between two words; may be empty. */
  separator: string;
  /** Upper-case the first character of every word. */
  capitalize: boolean;
}

/**
 * The words of a word list file: one word per line.
 */
export function parseWordList(text: string): string[] {
  // TODO (Task 4, SPEC.md):
  // - Split the text on "\n" and trim() each line: that also removes the "\r" of Windows line
  //   ends, tabs, and the byte order mark some editors put at the start of a file.
  // - Skip empty lines and lines that start with "#".
  // - A line that still contains whitespace (/\s/u) is two words: throw a WordListError whose
  //   message says `line N` (N counts from 1, blank and comment lines included).
  // - Keep each word once, in the order first seen: a Set does both.
  // - Fewer than 2 different words: throw a WordListError.
  throw new Error(`Not implemented: parseWordList (${text.length} characters)`);
}

/** Words picked one after another (repeats allowed) and joined with the separator. */
export function generatePassphrase(options: PassphraseOptions, wordList: readonly string[], randomInt: RandomInt): string {
  // TODO (Task 4, SPEC.md):
  // - options.words must be a whole number from MIN_WORDS to MAX_WORDS, or throw a UsageError
  //   whose message contains "words".
  // - Pick options.words words, one pick(wordList, randomInt) each, in order.
  // - With options.capitalize, upper-case the first character of each word: split the word
  //   with [...word] so "ñandú" becomes "Ñandú" and the rest stays as it is.
  // - Join them with options.separator.
  throw new Error(`Not implemented: generatePassphrase(${JSON.stringify(options)}, ${wordList.length} words, ${typeof randomInt})`);
}
