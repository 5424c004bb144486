// Hidden suite for p05, tasks 1 to 4: pick and secureRandomInt, character classes, passwords and
// passphrases (SPEC.md, Interface). Random sources are injected: scripted ones pin the exact
// algorithm the spec describes, seeded ones feed chi-square tests that catch biased choices.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ALL,
  AMBIGUOUS,
  DIGIT,
  LOWER,
  SYMBOLS,
  UPPER,
  callOrFail,
  callText,
  chiSquare,
  chiSquareLimit,
  classOf,
  countOf,
  expectDefaultPassword,
  expectThrows,
  expectUniform,
  loadCharsets,
  loadErrors,
  loadPassphrase,
  loadPassword,
  loadRandom,
  loadWords,
  scripted,
  seeded,
  type ClassOptions,
  type PasswordOptions,
} from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Task 1: Pick fairly', () => {
  it('pick returns items[randomInt(items.length)], asking for exactly one number', async () => {
    const { pick } = await loadRandom();
    const cases: Array<[readonly unknown[], number, unknown]> = [
      [['a', 'b', 'c'], 2, 'c'],
      [['a', 'b', 'c'], 0, 'a'],
      [['only'], 0, 'only'],
      [[10, 20, 30, 40, 50], 3, 40],
    ];
    for (const [items, index, expected] of cases) {
      const randomInt = scripted([index]);
      const label = `${callText('pick', [items, randomInt])} with randomInt returning ${index}`;
      expect(callOrFail(label, () => pick(items, randomInt)), label).toBe(expected);
      expect(randomInt.maxes, `${label}: the numbers pick asked randomInt for`).toEqual([items.length]);
    }
  });

  it('pick throws a RangeError for an empty list, without asking for a random number', async () => {
    const { pick } = await loadRandom();
    const randomInt = scripted([0]);
    expectThrows('pick([], randomInt)', () => pick([], randomInt), RangeError);
    expect(randomInt.maxes, 'pick([], randomInt) should not call randomInt').toEqual([]);
  });

  it('pick throws a RangeError when randomInt returns something that is not an index', async () => {
    const { pick } = await loadRandom();
    for (const bad of [3, 4, -1, 1.5, Number.NaN]) {
      const randomInt = () => bad;
      expectThrows(`pick(["a", "b", "c"], randomInt) with randomInt returning ${bad}`, () => pick(['a', 'b', 'c'], randomInt), RangeError);
    }
  });

  it('pick gives every item the same chance (90 items, 18 000 draws, chi-square)', async () => {
    const { pick } = await loadRandom();
    const items = [...LOWER, ...UPPER, ...DIGIT, ...SYMBOLS];
    const randomInt = seeded(1);
    const draws = Array.from({ length: 18_000 }, () => pick(items, randomInt));
    expectUniform(countOf(draws, items), 'pick over the 90 default characters');
  });

  it('secureRandomInt returns whole numbers from 0 to maxExclusive - 1, every one reachable', async () => {
    const { secureRandomInt } = await loadRandom();
    for (let i = 0; i < 20; i++) expect(secureRandomInt(1), 'secureRandomInt(1)').toBe(0);
    const six = Array.from({ length: 600 }, () => secureRandomInt(6));
    for (const n of six) expect(Number.isInteger(n) && n >= 0 && n < 6, `secureRandomInt(6) returned ${n}`).toBe(true);
    expect([...new Set(six)].sort(), 'the values seen in 600 calls of secureRandomInt(6)').toEqual([0, 1, 2, 3, 4, 5]);
    const big = Array.from({ length: 200 }, () => secureRandomInt(1000));
    for (const n of big) expect(Number.isInteger(n) && n >= 0 && n < 1000, `secureRandomInt(1000) returned ${n}`).toBe(true);
    expect(Math.max(...big), 'secureRandomInt(1000) should reach values above 255 (one random byte is not enough)').toBeGreaterThan(255);
  });

  it('secureRandomInt uses node:crypto: no modulo bias, never Math.random', async () => {
    const { secureRandomInt } = await loadRandom();
    const mathRandom = vi.spyOn(Math, 'random');
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const n = secureRandomInt(100);
      counts[n] = (counts[n] ?? 0) + 1;
    }
    expect(counts.length, 'secureRandomInt(100) returned a value of 100 or more').toBe(100);
    // Real randomness here, so the bar is very high (about 1 in a billion for a fair source);
    // "a random byte % 100" makes 0 to 55 half again as likely as 56 to 99 and lands far above it.
    expectUniform(counts, '20 000 calls of secureRandomInt(100)', 6);
    expect(mathRandom, 'secureRandomInt must not call Math.random').not.toHaveBeenCalled();
  });
});

const NO_CLASS: ClassOptions = { lower: false, upper: false, digits: false, symbols: false, excludeAmbiguous: false };
const DEFAULT_CLASSES: ClassOptions = { lower: true, upper: true, digits: true, symbols: true, excludeAmbiguous: false };

describe('Task 2: Character classes', () => {
  it('exports the character sets the spec lists', async () => {
    const sets = await loadCharsets();
    expect(sets.LOWERCASE, 'LOWERCASE').toBe(LOWER);
    expect(sets.UPPERCASE, 'UPPERCASE').toBe(UPPER);
    expect(sets.DIGITS, 'DIGITS').toBe(DIGIT);
    expect(sets.DEFAULT_SYMBOLS, 'DEFAULT_SYMBOLS').toBe(SYMBOLS);
    expect(sets.AMBIGUOUS, 'AMBIGUOUS').toBe(AMBIGUOUS);
  });

  it('returns every class by default, in the order lower, upper, digits, symbols', async () => {
    const { characterClasses } = await loadCharsets();
    const label = callText('characterClasses', [DEFAULT_CLASSES]);
    const classes = callOrFail(label, () => characterClasses(DEFAULT_CLASSES));
    expect(classes.map((c) => ({ name: c.name, chars: c.chars })), label).toEqual([
      { name: 'lower', chars: [...LOWER] },
      { name: 'upper', chars: [...UPPER] },
      { name: 'digits', chars: [...DIGIT] },
      { name: 'symbols', chars: [...SYMBOLS] },
    ]);
  });

  it('leaves out the classes that are turned off and keeps the order of the rest', async () => {
    const { characterClasses } = await loadCharsets();
    const cases: Array<[ClassOptions, string[]]> = [
      [{ ...NO_CLASS, upper: true, digits: true }, ['upper', 'digits']],
      [{ ...NO_CLASS, symbols: true }, ['symbols']],
      [{ ...NO_CLASS, lower: true, symbols: '#' }, ['lower', 'symbols']],
      [{ ...DEFAULT_CLASSES, lower: false }, ['upper', 'digits', 'symbols']],
    ];
    for (const [options, names] of cases) {
      const label = callText('characterClasses', [options]);
      expect(callOrFail(label, () => characterClasses(options)).map((c) => c.name), label).toEqual(names);
    }
  });

  it('excludeAmbiguous removes I l 1 O 0 o | from every class and keeps the order of the rest', async () => {
    const { characterClasses } = await loadCharsets();
    const options = { ...DEFAULT_CLASSES, excludeAmbiguous: true };
    const label = callText('characterClasses', [options]);
    const classes = callOrFail(label, () => characterClasses(options));
    const keep = (set: string) => [...set].filter((c) => !AMBIGUOUS.includes(c));
    expect(classes.map((c) => ({ name: c.name, chars: c.chars })), label).toEqual([
      { name: 'lower', chars: keep(LOWER) },
      { name: 'upper', chars: keep(UPPER) },
      { name: 'digits', chars: [...'23456789'] },
      { name: 'symbols', chars: keep(SYMBOLS) },
    ]);
    expect(classes.map((c) => c.chars.length), `${label}: class sizes`).toEqual([24, 24, 8, 27]);
  });

  it('splits custom symbols into characters (code points) and keeps each one once', async () => {
    const { characterClasses } = await loadCharsets();
    const cases: Array<[string, string[]]> = [
      ['€🔑€!', ['€', '🔑', '!']],
      ['!!??', ['!', '?']],
      ['#', ['#']],
      ['→✓§', ['→', '✓', '§']],
    ];
    for (const [symbols, chars] of cases) {
      const options = { ...NO_CLASS, symbols };
      const label = callText('characterClasses', [options]);
      expect(callOrFail(label, () => characterClasses(options)), label).toEqual([{ name: 'symbols', chars }]);
    }
  });

  it('throws a UsageError for custom symbols that are empty or hold letters, digits or whitespace', async () => {
    const { characterClasses } = await loadCharsets();
    const { UsageError } = await loadErrors();
    for (const symbols of ['', 'a!', '!Z', '5$', '! ?', '\t#', '#\n']) {
      const options = { ...DEFAULT_CLASSES, symbols };
      expectThrows(callText('characterClasses', [options]), () => characterClasses(options), UsageError);
    }
  });

  it('throws a UsageError when no class is asked for', async () => {
    const { characterClasses } = await loadCharsets();
    const { UsageError } = await loadErrors();
    for (const options of [NO_CLASS, { ...NO_CLASS, excludeAmbiguous: true }]) {
      expectThrows(callText('characterClasses', [options]), () => characterClasses(options), UsageError);
    }
  });

  it('throws a UsageError when excludeAmbiguous empties a class; other custom symbols survive it', async () => {
    const { characterClasses } = await loadCharsets();
    const { UsageError } = await loadErrors();
    const empty = { ...DEFAULT_CLASSES, symbols: '||', excludeAmbiguous: true };
    expectThrows(callText('characterClasses', [empty]), () => characterClasses(empty), UsageError, /symbols/);
    const kept = { ...NO_CLASS, symbols: '|€', excludeAmbiguous: true };
    const label = callText('characterClasses', [kept]);
    expect(callOrFail(label, () => characterClasses(kept)), label).toEqual([{ name: 'symbols', chars: ['€'] }]);
    const notExcluded = { ...NO_CLASS, symbols: '|€' };
    const plainLabel = callText('characterClasses', [notExcluded]);
    expect(callOrFail(plainLabel, () => characterClasses(notExcluded)), plainLabel).toEqual([{ name: 'symbols', chars: ['|', '€'] }]);
  });
});

function options(overrides: Partial<PasswordOptions>): PasswordOptions {
  return { ...ALL, ...overrides };
}

describe('Task 3: Generate a password', () => {
  it('picks every character from the whole alphabet, classes in order lower, upper, digits, symbols', async () => {
    const { generatePassword } = await loadPassword();
    const cases: Array<[PasswordOptions, number[], string, number]> = [
      [options({ length: 4 }), [25, 26, 61, 89], 'zA9~', 90],
      [options({ length: 4 }), [62, 0, 52, 27], '!a0B', 90],
      [options({ length: 3, symbols: false, excludeAmbiguous: true }), [0, 24, 48], 'aA2', 56],
      [options({ length: 3, symbols: false, excludeAmbiguous: true }), [23, 47, 55], 'zZ9', 56],
      [options({ length: 2, lower: false, upper: false, symbols: '€🔑' }), [11, 1], '🔑1', 12],
    ];
    for (const [opts, values, expected, alphabetSize] of cases) {
      const randomInt = scripted(values);
      const label = `${callText('generatePassword', [opts, randomInt])} with randomInt returning ${values.join(', ')}`;
      expect(callOrFail(label, () => generatePassword(opts, randomInt)), label).toBe(expected);
      expect(randomInt.maxes, `${label}: every character is pick(alphabet) with the whole alphabet`).toEqual(values.map(() => alphabetSize));
    }
  });

  it('throws away a whole draw that misses a class and draws again', async () => {
    const { generatePassword } = await loadPassword();
    const opts = options({ length: 3, upper: false, symbols: false });
    // The alphabet is a..z then 0..9. "abc" has no digit and "012" no letter: each is thrown away.
    const cases: Array<[number[], string]> = [
      [[0, 1, 2, 26, 0, 27], '0a1'],
      [[26, 27, 28, 35, 35, 35, 35, 0, 35], '9a9'],
    ];
    for (const [values, expected] of cases) {
      const randomInt = scripted(values);
      const label = `${callText('generatePassword', [opts, randomInt])} with randomInt returning ${values.join(', ')}`;
      expect(callOrFail(label, () => generatePassword(opts, randomInt)), label).toBe(expected);
      expect(randomInt.maxes.length, `${label}: how many characters were drawn`).toBe(values.length);
    }
  });

  it('makes passwords of exactly `length` characters, counted in code points', async () => {
    const { generatePassword } = await loadPassword();
    const randomInt = seeded(3);
    const cases: PasswordOptions[] = [
      options({ length: 12, upper: false, digits: false, symbols: '🔑€' }),
      options({ length: 128 }),
      options({ length: 1, upper: false, digits: false, symbols: false }),
      options({ length: 4 }),
    ];
    for (const opts of cases) {
      const label = callText('generatePassword', [opts, randomInt]);
      for (let i = 0; i < 20; i++) {
        const password = callOrFail(label, () => generatePassword(opts, randomInt));
        expect([...password].length, `${label} returned ${JSON.stringify(password)}: its length in characters`).toBe(opts.length);
      }
    }
    const emoji = options({ length: 12, upper: false, digits: false, symbols: '🔑€' });
    for (let i = 0; i < 50; i++) {
      const password = generatePassword(emoji, randomInt);
      for (const char of password) {
        expect(LOWER.includes(char) || char === '🔑' || char === '€', `${callText('generatePassword', [emoji, randomInt])} returned ${JSON.stringify(password)} with ${JSON.stringify(char)}`).toBe(true);
      }
    }
  });

  it('includes every requested class in every password, even at the shortest length', async () => {
    const { generatePassword } = await loadPassword();
    const randomInt = seeded(4);
    const opts = options({ length: 4 });
    const label = callText('generatePassword', [opts, randomInt]);
    for (let i = 0; i < 300; i++) expectDefaultPassword(callOrFail(label, () => generatePassword(opts, randomInt)), 4, label);
  });

  it('never uses a class that is turned off or an ambiguous character that is excluded', async () => {
    const { generatePassword } = await loadPassword();
    const randomInt = seeded(5);
    const noDigits = options({ length: 10, digits: false, excludeAmbiguous: true });
    const label = callText('generatePassword', [noDigits, randomInt]);
    for (let i = 0; i < 300; i++) {
      const password = callOrFail(label, () => generatePassword(noDigits, randomInt));
      expect(password, `${label} returned ${JSON.stringify(password)}`).not.toMatch(/[0-9Il|Oo]/);
      expect([...password].map(classOf).every((c) => c !== undefined), `${label} returned ${JSON.stringify(password)}`).toBe(true);
    }
    const onlyUpper = options({ length: 8, lower: false, digits: false, symbols: false });
    for (let i = 0; i < 100; i++) {
      const password = generatePassword(onlyUpper, randomInt);
      expect(password, `${callText('generatePassword', [onlyUpper, randomInt])}`).toMatch(/^[A-Z]{8}$/);
    }
  });

  it('throws a UsageError for a length outside 1..128, not whole, or shorter than the number of classes', async () => {
    const { generatePassword } = await loadPassword();
    const { UsageError } = await loadErrors();
    const bad = [options({ length: 0 }), options({ length: 129 }), options({ length: 2.5 }), options({ length: 16.5 }), options({ length: -4 }), options({ length: 3 }), options({ length: 2, symbols: false })];
    for (const opts of bad) {
      expectThrows(callText('generatePassword', [opts, 'randomInt']), () => generatePassword(opts, seeded(6)), UsageError, /length/);
    }
    for (const opts of [options({ length: 3, symbols: false }), options({ length: 1, lower: false, upper: false, symbols: false })]) {
      const label = callText('generatePassword', [opts, 'randomInt']);
      expect([...callOrFail(label, () => generatePassword(opts, seeded(6)))].length, label).toBe(opts.length);
    }
  });

  it('makes every valid password equally likely (no "one of each class, then shuffle")', async () => {
    const { generatePassword } = await loadPassword();
    const randomInt = seeded(7);
    const opts = options({ length: 4, upper: false, symbols: false });
    // Among all 4-character passwords of a-z and 0-9 with at least one of each, the share with
    // k digits is C(4,k)·10^k·26^(4-k) / total. One-of-each-then-shuffle gives other shares.
    const weights = [1, 2, 3].map((k) => [4, 6, 4][k - 1]! * 10 ** k * 26 ** (4 - k));
    const total = weights.reduce((a, b) => a + b, 0);
    const n = 4000;
    const observed = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      const digits = [...generatePassword(opts, randomInt)].filter((c) => DIGIT.includes(c)).length;
      observed[digits - 1] = (observed[digits - 1] ?? 0) + 1;
    }
    const expected = weights.map((w) => (w * n) / total);
    const statistic = chiSquare(observed, expected);
    expect(
      statistic,
      `${callText('generatePassword', [opts, 'randomInt'])} ${n} times: passwords with 1, 2, 3 digits were ${observed.join(', ')}, expected about ${expected.map((e) => Math.round(e)).join(', ')}`,
    ).toBeLessThan(chiSquareLimit(2));
  });

  it('reserves no position for a class: every class shows up first and last', async () => {
    const { generatePassword } = await loadPassword();
    const randomInt = seeded(8);
    const opts = options({ length: 4 });
    const passwords = Array.from({ length: 2000 }, () => generatePassword(opts, randomInt));
    for (const position of [0, 3]) {
      const classes = countOf(passwords.map((p) => classOf([...p][position]!) ?? '?'), ['lower', 'upper', 'digits', 'symbols']);
      for (const count of classes) {
        expect(count, `${callText('generatePassword', [opts, 'randomInt'])} 2000 times: classes at position ${position + 1} were lower, upper, digits, symbols = ${classes.join(', ')}`).toBeGreaterThan(100);
      }
    }
  });

  it('gives every character of a class the same chance (chi-square per class)', async () => {
    const { generatePassword } = await loadPassword();
    const randomInt = seeded(9);
    const opts = options({ length: 16 });
    const chars = Array.from({ length: 2000 }, () => [...generatePassword(opts, randomInt)]).flat();
    for (const [name, set] of [['lower', LOWER], ['upper', UPPER], ['digits', DIGIT], ['symbols', SYMBOLS]] as const) {
      const counts = countOf(chars, [...set]);
      expect(Math.min(...counts), `2000 default passwords: some ${name} character never appeared (counts ${counts.join(' ')})`).toBeGreaterThan(0);
      expectUniform(counts, `${name} characters in 2000 default passwords`);
    }
  });

  it('takes all its randomness from the randomInt it is given', async () => {
    const { generatePassword } = await loadPassword();
    const mathRandom = vi.spyOn(Math, 'random');
    const first = Array.from({ length: 5 }, (_, i) => generatePassword(options({ length: 20 + i }), seeded(42 + i)));
    const second = Array.from({ length: 5 }, (_, i) => generatePassword(options({ length: 20 + i }), seeded(42 + i)));
    expect(second, 'generatePassword twice with the same seeded randomInt').toEqual(first);
    expect(mathRandom, 'generatePassword must not call Math.random').not.toHaveBeenCalled();
  });
});

const LIST = ['alpha', 'beta', 'gamma'];

describe('Task 4: Passphrases', () => {
  it('WORDS is the built-in list: 1024 different words of 3 to 8 lowercase letters', async () => {
    const { WORDS } = await loadWords();
    expect(WORDS.length, 'WORDS.length').toBe(1024);
    expect(new Set(WORDS).size, 'different words in WORDS').toBe(1024);
    for (const word of WORDS) expect(word, 'a word of WORDS').toMatch(/^[a-z]{3,8}$/);
  });

  it('parseWordList returns one word per line, trimmed, in the order of the file', async () => {
    const { parseWordList } = await loadPassphrase();
    const cases: Array<[string, string[]]> = [
      ['apple\npear\nfig', ['apple', 'pear', 'fig']],
      ['  apple \r\n\tpear\t\r\nfig\r\n', ['apple', 'pear', 'fig']],
      ['\uFEFFzebra\nyak\n', ['zebra', 'yak']],
      ['café\nñandú\n東京\n🦊\n', ['café', 'ñandú', '東京', '🦊']],
    ];
    for (const [text, words] of cases) {
      const label = callText('parseWordList', [text]);
      expect(callOrFail(label, () => parseWordList(text)), label).toEqual(words);
    }
  });

  it('parseWordList skips blank lines and # comments and keeps a repeated word once', async () => {
    const { parseWordList } = await loadPassphrase();
    const text = '# fruit\n\napple\n   \npear\n  # not a word\napple\nfig\npear\n\n';
    const label = callText('parseWordList', [text]);
    expect(callOrFail(label, () => parseWordList(text)), label).toEqual(['apple', 'pear', 'fig']);
  });

  it('parseWordList throws a WordListError naming the line of a line with two words', async () => {
    const { parseWordList } = await loadPassphrase();
    const { WordListError } = await loadErrors();
    expectThrows(callText('parseWordList', ['apple\n\nice cream\npear']), () => parseWordList('apple\n\nice cream\npear'), WordListError, /line 3\b/);
    expectThrows(callText('parseWordList', ['a\tb\nc\nd']), () => parseWordList('a\tb\nc\nd'), WordListError, /line 1\b/);
    expectThrows(callText('parseWordList', ['x\r\ny\r\nno way\r\n']), () => parseWordList('x\r\ny\r\nno way\r\n'), WordListError, /line 3\b/);
  });

  it('parseWordList throws a WordListError for fewer than 2 different words', async () => {
    const { parseWordList } = await loadPassphrase();
    const { WordListError } = await loadErrors();
    for (const text of ['', '\n\n', '# only comments\n# here\n', 'solo', 'same\nsame\n  same  \n']) {
      expectThrows(callText('parseWordList', [text]), () => parseWordList(text), WordListError);
    }
    expect(parseWordList('one\ntwo'), callText('parseWordList', ['one\ntwo'])).toEqual(['one', 'two']);
  });

  it('generatePassphrase picks each word with pick, in order, and joins them with the separator', async () => {
    const { generatePassphrase } = await loadPassphrase();
    const cases: Array<[string, number[], string]> = [
      ['-', [2, 0, 2], 'gamma-alpha-gamma'],
      ['', [1, 1, 0, 2], 'betabetaalphagamma'],
      [' 🦊 ', [0, 1, 2], 'alpha 🦊 beta 🦊 gamma'],
      ['.', [0, 0, 0, 0, 0], 'alpha.alpha.alpha.alpha.alpha'],
    ];
    for (const [separator, values, expected] of cases) {
      const opts = { words: values.length, separator, capitalize: false };
      const randomInt = scripted(values);
      const label = `${callText('generatePassphrase', [opts, LIST, randomInt])} with randomInt returning ${values.join(', ')}`;
      expect(callOrFail(label, () => generatePassphrase(opts, LIST, randomInt)), label).toBe(expected);
      expect(randomInt.maxes, `${label}: each word is pick(wordList)`).toEqual(values.map(() => LIST.length));
    }
  });

  it('capitalize upper-cases the first character of every word, Unicode included', async () => {
    const { generatePassphrase } = await loadPassphrase();
    const list = ['ñandú', 'élan', 'apple', 'Zebra', 'über', 'ìsola'];
    const opts = { words: 6, separator: ' ', capitalize: true };
    const randomInt = scripted([0, 1, 2, 3, 4, 5]);
    const label = callText('generatePassphrase', [opts, list, randomInt]);
    expect(callOrFail(label, () => generatePassphrase(opts, list, randomInt)), label).toBe('Ñandú Élan Apple Zebra Über Ìsola');
    const plain = { ...opts, capitalize: false };
    expect(generatePassphrase(plain, list, scripted([0, 1, 2, 3, 4, 5])), callText('generatePassphrase', [plain, list, 'randomInt'])).toBe('ñandú élan apple Zebra über ìsola');
  });

  it('throws a UsageError for a number of words outside 3..20 or not whole', async () => {
    const { generatePassphrase } = await loadPassphrase();
    const { UsageError } = await loadErrors();
    for (const words of [2, 21, 0, 3.5, -6]) {
      const opts = { words, separator: '-', capitalize: false };
      expectThrows(callText('generatePassphrase', [opts, LIST, 'randomInt']), () => generatePassphrase(opts, LIST, seeded(10)), UsageError, /words/);
    }
    for (const words of [3, 20]) {
      const opts = { words, separator: '-', capitalize: false };
      const label = callText('generatePassphrase', [opts, LIST, 'randomInt']);
      expect(callOrFail(label, () => generatePassphrase(opts, LIST, seeded(10))).split('-').length, label).toBe(words);
    }
  });

  it('draws words independently: repeats happen and every word is equally likely', async () => {
    const { generatePassphrase } = await loadPassphrase();
    const randomInt = seeded(11);
    const opts = { words: 3, separator: '-', capitalize: false };
    const phrases = Array.from({ length: 300 }, () => generatePassphrase(opts, LIST, randomInt).split('-'));
    const withRepeats = phrases.filter((words) => new Set(words).size < words.length).length;
    // With replacement, 21 of 27 three-word phrases from 3 words repeat one: about 233 of 300.
    expect(withRepeats, `${callText('generatePassphrase', [opts, LIST, 'randomInt'])} 300 times: phrases with a repeated word`).toBeGreaterThan(180);
    const ten = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    const six = { words: 6, separator: ' ', capitalize: false };
    const words = Array.from({ length: 1000 }, () => generatePassphrase(six, ten, randomInt).split(' ')).flat();
    expectUniform(countOf(words, ten), `words of 1000 passphrases of 6 words from a list of 10`);
  });
});
