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
 * The words of a word list file: one word per line. Surrounding spaces (and the \r of Windows
 * line ends, and a byte order mark) are trimmed; blank lines and lines starting with # are
 * skipped; a repeated word is kept once, or it would come up twice as often as the others.
 */
export function parseWordList(text: string): string[] {
  const words = new Set<string>();
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    if (/\s/u.test(line)) throw new WordListError(`line ${index + 1}: one word per line, got ${JSON.stringify(line)}`);
    words.add(line);
  });
  if (words.size < 2) throw new WordListError(`a word list needs at least 2 different words, found ${words.size}`);
  return [...words];
}

/** "ñandú" becomes "Ñandú": the first code point upper-cased, the rest as it is. */
function capitalize(word: string): string {
  const [first = '', ...rest] = word;
  return first.toUpperCase() + rest.join('');
}

/** Words picked one after another (repeats allowed) and joined with the separator. */
export function generatePassphrase(options: PassphraseOptions, wordList: readonly string[], randomInt: RandomInt): string {
  const { words, separator } = options;
  if (!Number.isInteger(words) || words < MIN_WORDS || words > MAX_WORDS) {
    throw new UsageError(`words must be a whole number from ${MIN_WORDS} to ${MAX_WORDS}, got ${words}`);
  }
  const picked = Array.from({ length: words }, () => pick(wordList, randomInt));
  return picked.map((word) => (options.capitalize ? capitalize(word) : word)).join(separator);
}
