import { UsageError, WordListError } from './errors.js';
import { pick, type RandomInt } from './random.js';

export interface PassphraseOptions {
  words: number;
  separator: string;
  capitalize: boolean;
}

export function parseWordList(text: string): string[] {
  const found = new Map<string, number>();
  const lines = text.split(/\n/);
  for (let n = 0; n < lines.length; n++) {
    const word = lines[n]!.trim();
    if (!word || word[0] === '#') continue;
    if (/\s/u.test(word)) throw new WordListError(`line ${n + 1} holds more than one word: ${JSON.stringify(word)}`);
    if (!found.has(word)) found.set(word, n);
  }
  if (found.size < 2) throw new WordListError(`only ${found.size} different word(s): at least 2 are needed`);
  return [...found.keys()];
}

export function generatePassphrase(options: PassphraseOptions, wordList: readonly string[], randomInt: RandomInt): string {
  const n = options.words;
  if (!Number.isSafeInteger(n) || n < 3 || n > 20) throw new UsageError(`words: ${n} is not from 3 to 20`);
  const parts: string[] = [];
  while (parts.length < n) {
    const word = pick(wordList, randomInt);
    if (!options.capitalize) {
      parts.push(word);
      continue;
    }
    const first = String.fromCodePoint(word.codePointAt(0)!);
    parts.push(first.toUpperCase() + word.slice(first.length));
  }
  return parts.join(options.separator);
}
