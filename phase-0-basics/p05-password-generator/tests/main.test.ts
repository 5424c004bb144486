// Hidden suite for p05, tasks 5 and 6: the command line and the entropy estimate, through
// main(argv, io) with in-memory streams and an injected random source, plus a few runs of the
// real src/cli.ts. Exit codes, stdout/stderr and the output formats are fixed by SPEC.md.
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '#testkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ANSI,
  callText,
  expectDefaultPassword,
  expectFailure,
  expectSuccess,
  loadEntropy,
  loadWords,
  run,
  scripted,
  seeded,
} from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The last line of a run with --entropy, as "Entropy: 103.87 bits (strong)". */
async function entropyLine(argv: string[], options: Parameters<typeof run>[1] = {}): Promise<string> {
  const result = await run(argv, { randomInt: seeded(20), ...options });
  expectSuccess(result);
  return result.lines.at(-1) ?? '';
}

describe('Task 5: The command line', () => {
  it('with no options prints one 16-character password with every class, exit 0, stderr empty', async () => {
    const result = await run([], { randomInt: seeded(30) });
    expectSuccess(result);
    expect(result.stdout.endsWith('\n'), `${result.label}: the output ends with a newline`).toBe(true);
    expect(result.lines.length, `${result.label}: lines printed`).toBe(1);
    expectDefaultPassword(result.lines[0]!, 16, result.label);
  });

  it('--length and --count (or -l and -n) set the size and the number of lines', async () => {
    for (const argv of [['--length', '20', '--count', '3'], ['-l', '20', '-n', '3'], ['--count=3', '--length=20']]) {
      const result = await run(argv, { randomInt: seeded(31) });
      expectSuccess(result);
      expect(result.lines.length, `${result.label}: lines printed`).toBe(3);
      for (const line of result.lines) expectDefaultPassword(line, 20, result.label);
    }
    const pin = await run(['--length', '6', '--no-lower', '--no-upper', '--no-symbols', '--count', '5'], { randomInt: seeded(32) });
    expectSuccess(pin);
    expect(pin.lines.length, `${pin.label}: lines printed`).toBe(5);
    for (const line of pin.lines) expect(line, pin.label).toMatch(/^[0-9]{6}$/);
  });

  it('takes every random choice from io.randomInt', async () => {
    const argv = ['--length', '2', '--no-upper', '--no-digits', '--no-symbols', '--count', '2'];
    const randomInt = scripted([0, 1, 25, 25]);
    const result = await run(argv, { randomInt });
    expectSuccess(result);
    expect(result.stdout, `${result.label} with randomInt returning 0, 1, 25, 25`).toBe('ab\nzz\n');
    expect(randomInt.maxes, `${result.label}: the numbers main asked randomInt for`).toEqual([26, 26, 26, 26]);
    for (const args of [['--count', '5'], ['--passphrase', '--count', '5', '--capitalize']]) {
      const first = await run(args, { randomInt: seeded(33) });
      const second = await run(args, { randomInt: seeded(33) });
      const other = await run(args, { randomInt: seeded(34) });
      expect(second.stdout, `${first.label} twice with the same seeded randomInt`).toBe(first.stdout);
      expect(other.stdout, `${first.label} with two different seeds`).not.toBe(first.stdout);
    }
  });

  it('without io.randomInt it uses node:crypto: valid, different passwords and never Math.random', async () => {
    const mathRandom = vi.spyOn(Math, 'random');
    const result = await run(['--count', '20']);
    expectSuccess(result);
    expect(result.lines.length, `${result.label}: lines printed`).toBe(20);
    for (const line of result.lines) expectDefaultPassword(line, 16, result.label);
    expect(new Set(result.lines).size, `${result.label}: 20 random passwords should all differ`).toBe(20);
    const phrases = await run(['--passphrase', '--count', '5']);
    expectSuccess(phrases);
    expect(new Set(phrases.lines).size, `${phrases.label}: 5 random passphrases should all differ`).toBe(5);
    expect(mathRandom, 'main without io.randomInt must not call Math.random').not.toHaveBeenCalled();
  });

  it('--count must be a whole number from 1 to 100 (exit 2 otherwise)', async () => {
    for (const count of ['1', '100', '007']) {
      const result = await run(['--count', count], { randomInt: seeded(35) });
      expectSuccess(result);
      expect(result.lines.length, `${result.label}: lines printed`).toBe(Number(count));
    }
    for (const count of ['0', '101', 'abc', '2.5', '', ' 5', '1e2', '-1', '99999999999999999999']) {
      expectFailure(await run(['--count', count], { randomInt: seeded(35) }), 2, /count/);
    }
  });

  it('--length must be a whole number from 1 to 128 (exit 2 otherwise)', async () => {
    const longest = await run(['--length', '128'], { randomInt: seeded(36) });
    expectSuccess(longest);
    expectDefaultPassword(longest.lines[0]!, 128, longest.label);
    const one = await run(['--length', '1', '--no-upper', '--no-digits', '--no-symbols'], { randomInt: seeded(36) });
    expectSuccess(one);
    expect(one.lines, one.label).toHaveLength(1);
    expect(one.lines[0], one.label).toMatch(/^[a-z]$/);
    for (const length of ['0', '129', 'ten', '', '12.0']) {
      expectFailure(await run(['--length', length], { randomInt: seeded(36) }), 2, /length/);
    }
  });

  it('refuses impossible combinations of character options (exit 2)', async () => {
    expectFailure(await run(['--length', '3'], { randomInt: seeded(37) }), 2, /length/);
    expectFailure(await run(['--length', '2', '--no-symbols'], { randomInt: seeded(37) }), 2, /length/);
    expectFailure(await run(['--no-lower', '--no-upper', '--no-digits', '--no-symbols'], { randomInt: seeded(37) }), 2, /./);
    expectFailure(await run(['--symbols', '!', '--no-symbols'], { randomInt: seeded(37) }), 2, /symbols/);
    expectFailure(await run(['--symbols', '|', '--exclude-ambiguous'], { randomInt: seeded(37) }), 2, /symbols/);
    for (const symbols of ['', 'a!', '#1', '! ?']) expectFailure(await run(['--symbols', symbols], { randomInt: seeded(37) }), 2, /symbols/);
    const three = await run(['--length', '3', '--no-symbols', '--count', '20'], { randomInt: seeded(37) });
    expectSuccess(three);
    for (const line of three.lines) {
      expect(line, `${three.label}: one lowercase letter, one uppercase letter and one digit`).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])[a-zA-Z0-9]{3}$/);
    }
  });

  it('passphrase options need --passphrase, and password options refuse it (exit 2)', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--words', '5'], /words/],
      [['--separator', '.'], /separator/],
      [['--capitalize'], /capitalize/],
      [['--wordlist', 'words.txt'], /wordlist/],
      [['--passphrase', '--length', '10'], /length/],
      [['-p', '--no-digits'], /digits/],
      [['-p', '--symbols', '!'], /symbols/],
      [['-p', '--exclude-ambiguous'], /ambiguous/],
      [['-p', '--words', '2'], /words/],
      [['-p', '--words', '21'], /words/],
      [['-p', '--words', 'six'], /words/],
    ];
    for (const [argv, mention] of cases) expectFailure(await run(argv, { randomInt: seeded(38) }), 2, mention);
  });

  it('unknown options, stray arguments and missing values are usage errors (exit 2)', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--bogus'], /bogus/],
      [['20'], /20/],
      [['--length'], /length/],
      [['--count', '2', 'extra'], /extra/],
      [['--entropy=yes'], /entropy/],
      [['-x'], /-x/],
    ];
    for (const [argv, mention] of cases) expectFailure(await run(argv, { randomInt: seeded(39) }), 2, mention);
  });

  it('--help and -h print the usage on stdout and exit 0 without generating anything', async () => {
    const options = ['--length', '--no-lower', '--no-upper', '--no-digits', '--no-symbols', '--symbols', '--exclude-ambiguous', '--passphrase', '--words', '--separator', '--capitalize', '--wordlist', '--count', '--entropy', '--help'];
    for (const argv of [['--help'], ['-h'], ['--length', '5', '--help']]) {
      const randomInt = seeded(40);
      const result = await run(argv, { randomInt });
      expectSuccess(result);
      expect(result.stdout, `${result.label}: the usage starts with "Usage:"`).toMatch(/^Usage:/);
      for (const option of options) expect(result.stdout, `${result.label}: the usage should list ${option}`).toContain(option);
      expect(randomInt.maxes, `${result.label}: --help generates nothing`).toEqual([]);
    }
  });

  it('--passphrase prints words of the built-in list joined with "-", or as the options say', async () => {
    const { WORDS } = await loadWords();
    const plain = await run(['--passphrase'], { randomInt: seeded(41) });
    expectSuccess(plain);
    expect(plain.lines.length, `${plain.label}: lines printed`).toBe(1);
    const words = plain.lines[0]!.split('-');
    expect(words.length, `${plain.label}: ${plain.lines[0]} should be 6 words`).toBe(6);
    for (const word of words) expect(WORDS, `${plain.label}: ${word} should come from WORDS`).toContain(word);
    const styled = await run(['-p', '--words', '4', '--separator', ' ', '--capitalize', '--count', '3'], { randomInt: seeded(42) });
    expectSuccess(styled);
    expect(styled.lines.length, `${styled.label}: lines printed`).toBe(3);
    for (const line of styled.lines) {
      const parts = line.split(' ');
      expect(parts.length, `${styled.label}: ${line} should be 4 words`).toBe(4);
      for (const word of parts) {
        expect(word, `${styled.label}: ${word} should start with a capital`).toMatch(/^[A-Z][a-z]+$/);
        expect(WORDS, `${styled.label}: ${word} should come from WORDS`).toContain(word.toLowerCase());
      }
    }
    const joined = await run(['-p', '-w', '3', '-s', ''], { randomInt: seeded(43) });
    expectSuccess(joined);
    expect(joined.lines[0], `${joined.label}: an empty separator joins the words`).toMatch(/^[a-z]{9,24}$/);
  });

  it('--wordlist reads the file relative to io.cwd, and leaves it unchanged', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'lists'));
    const file = path.join(dir, 'lists', 'fruit.txt');
    const text = '# fruit\r\nfig\r\nkiwi\r\n\r\nlime\r\nfig\r\nñame\r\n';
    writeFileSync(file, text);
    const argv = ['--passphrase', '--words', '3', '--wordlist', 'lists/fruit.txt', '--capitalize', '--count', '2'];
    const randomInt = scripted([0, 1, 2, 3, 3, 0]);
    const result = await run(argv, { randomInt, cwd: dir });
    expectSuccess(result);
    expect(result.stdout, `${result.label} in ${dir} with randomInt returning 0, 1, 2, 3, 3, 0`).toBe('Fig-Kiwi-Lime\nÑame-Ñame-Fig\n');
    expect(randomInt.maxes, `${result.label}: the list has 4 different words`).toEqual([4, 4, 4, 4, 4, 4]);
    expect(readFileSync(file, 'utf8'), `${result.label}: the word list file must not change`).toBe(text);
    const absolute = await run(['-p', '--wordlist', file], { randomInt: seeded(44), cwd: tempDir() });
    expectSuccess(absolute);
    for (const word of absolute.lines[0]!.split('-')) expect(['fig', 'kiwi', 'lime', 'ñame'], `${absolute.label}: ${word}`).toContain(word);
  });

  it('a word list that is missing, a folder, empty or malformed: exit 1, the message names the file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'comments.txt'), '# nothing\n# here\n');
    writeFileSync(path.join(dir, 'one.txt'), 'lonely\nlonely\n');
    writeFileSync(path.join(dir, 'spaces.txt'), 'apple\nice cream\npear\n');
    mkdirSync(path.join(dir, 'folder'));
    for (const name of ['missing.txt', 'folder', 'empty.txt', 'comments.txt', 'one.txt']) {
      expectFailure(await run(['--passphrase', '--wordlist', name], { randomInt: seeded(45), cwd: dir }), 1, new RegExp(name.replace('.', '\\.')));
    }
    const missing = await run(['-p', '--wordlist', 'missing.txt'], { randomInt: seeded(45), cwd: dir });
    expect(missing.stderr, `${missing.label}: the reason for a missing file`).toMatch(/no such file/);
    const folder = await run(['-p', '--wordlist', 'folder'], { randomInt: seeded(45), cwd: dir });
    expect(folder.stderr, `${folder.label}: the reason for a folder`).toMatch(/it is a folder/);
    const spaces = await run(['--passphrase', '--wordlist', 'spaces.txt'], { randomInt: seeded(45), cwd: dir });
    expectFailure(spaces, 1, /spaces\.txt/);
    expect(spaces.stderr, `${spaces.label}: the message should name line 2`).toMatch(/line 2\b/);
  });

  it('the real CLI prints passwords with node:crypto and sets the exit code', async () => {
    const ok = await runCli(['--count', '3', '--length', '24']);
    expect(ok.code, `password-generator --count 3 --length 24: exit code (stderr: ${ok.stderr.trim() || 'empty'})`).toBe(0);
    expect(ok.stdout.endsWith('\n'), 'password-generator --count 3 --length 24: the output ends with a newline').toBe(true);
    const lines = ok.stdout.trimEnd().split('\n');
    expect(lines.length, 'password-generator --count 3 --length 24: lines printed').toBe(3);
    for (const line of lines) expectDefaultPassword(line, 24, 'password-generator --count 3 --length 24');
  });

  it('the real CLI prints the usage for --help with exit code 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code, 'password-generator --help: exit code').toBe(0);
    expect(help.stdout, 'password-generator --help: stdout').toMatch(/^Usage:/);
  });

  it('the real CLI exits with code 2 and a message on stderr for --count 0', async () => {
    const bad = await runCli(['--count', '0']);
    expect(bad.code, 'password-generator --count 0: exit code').toBe(2);
    expect(bad.stdout, 'password-generator --count 0: stdout').toBe('');
    expect(bad.stderr, 'password-generator --count 0: stderr').toMatch(/count/);
  });
});

describe('Task 6: Entropy estimate', () => {
  it('entropyBits(picks, poolSize) is picks × log2(poolSize), not rounded', async () => {
    const { entropyBits } = await loadEntropy();
    const cases: Array<[number, number, number]> = [
      [16, 90, 16 * Math.log2(90)],
      [10, 83, 10 * Math.log2(83)],
      [6, 1024, 60],
      [1, 2, 1],
      [5, 1, 0],
      [0, 90, 0],
      [3, 3, 3 * Math.log2(3)],
    ];
    for (const [picks, poolSize, bits] of cases) {
      expect(entropyBits(picks, poolSize), callText('entropyBits', [picks, poolSize])).toBeCloseTo(bits, 9);
    }
  });

  it('strength: below 40 weak, below 60 fair, below 80 good, from 80 strong', async () => {
    const { strength } = await loadEntropy();
    const cases: Array<[number, string]> = [
      [0, 'weak'],
      [39.99, 'weak'],
      [40, 'fair'],
      [59.999, 'fair'],
      [60, 'good'],
      [79.99, 'good'],
      [80, 'strong'],
      [103.87, 'strong'],
    ];
    for (const [bits, word] of cases) expect(strength(bits), callText('strength', [bits])).toBe(word);
  });

  it('--entropy adds one last line "Entropy: <bits> bits (<strength>)", rounded to two decimals', async () => {
    expect(await entropyLine(['--entropy']), 'main(["--entropy"]): last line').toBe('Entropy: 103.87 bits (strong)');
    expect(await entropyLine(['-e', '-l', '20']), 'main(["-e", "-l", "20"]): last line').toBe('Entropy: 129.84 bits (strong)');
    const result = await run(['--count', '3', '--entropy'], { randomInt: seeded(21) });
    expectSuccess(result);
    expect(result.lines.length, `${result.label}: three passwords then the entropy line`).toBe(4);
    for (const line of result.lines.slice(0, 3)) expectDefaultPassword(line, 16, result.label);
    expect(result.lines[3], `${result.label}: last line`).toBe('Entropy: 103.87 bits (strong)');
    const without = await run(['--count', '3'], { randomInt: seeded(21) });
    expect(without.stdout, `${without.label}: no entropy line without --entropy`).not.toMatch(/entropy/i);
  });

  it('counts the alphabet a password is really drawn from: exclusions and custom symbols', async () => {
    const cases: Array<[string[], string]> = [
      [['--exclude-ambiguous', '--length', '10', '--entropy'], 'Entropy: 63.75 bits (good)'],
      [['--symbols', '!!??', '--length', '8', '--entropy'], 'Entropy: 48.00 bits (fair)'],
      [['--no-upper', '--no-symbols', '--no-digits', '--length', '4', '--entropy'], 'Entropy: 18.80 bits (weak)'],
      [['--no-symbols', '--length', '12', '--entropy'], 'Entropy: 71.45 bits (good)'],
      [['--symbols', '€🔑', '--no-upper', '--no-digits', '--length', '12', '--entropy'], 'Entropy: 57.69 bits (fair)'],
    ];
    for (const [argv, line] of cases) expect(await entropyLine(argv), `${callText('main', [argv])}: last line`).toBe(line);
  });

  it('a passphrase has words × log2(list size) bits, a repeated word in the file counted once', async () => {
    expect(await entropyLine(['--passphrase', '--entropy']), 'main(["--passphrase", "--entropy"]): last line').toBe('Entropy: 60.00 bits (good)');
    expect(await entropyLine(['-p', '-w', '4', '-e']), 'main(["-p", "-w", "4", "-e"]): last line').toBe('Entropy: 40.00 bits (fair)');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'colours.txt'), 'red\ngreen\nblue\nred\n');
    const argv = ['--passphrase', '--words', '3', '--wordlist', 'colours.txt', '--entropy'];
    expect(await entropyLine(argv, { cwd: dir }), `${callText('main', [argv])} with colours.txt = red green blue red: last line`).toBe('Entropy: 4.75 bits (weak)');
  });

  it('colours the strength word in a terminal, never the passwords; NO_COLOR and pipes get plain text', async () => {
    const cases: string[][] = [
      ['--entropy', '--count', '2'],
      ['--exclude-ambiguous', '--length', '10', '--entropy'],
      ['--symbols', '!!??', '--length', '8', '--entropy'],
      ['--no-upper', '--no-symbols', '--no-digits', '--length', '4', '--entropy'],
    ];
    for (const argv of cases) {
      const tty = await run(argv, { randomInt: seeded(22), tty: true, env: {} });
      expectSuccess(tty);
      expect(tty.lines.at(-1), `${tty.label} in a terminal: the entropy line should be coloured`).toMatch(ANSI);
      expect(tty.lines.at(-1)?.replace(/\u001b\[[0-9;]*m/g, ''), `${tty.label} in a terminal: the entropy line without colour codes`).toMatch(/^Entropy: \d+\.\d\d bits \((weak|fair|good|strong)\)$/);
      for (const line of tty.lines.slice(0, -1)) expect(line, `${tty.label} in a terminal: a password line must stay plain, to copy it safely`).not.toMatch(ANSI);
      const noColor = await run(argv, { randomInt: seeded(22), tty: true, env: { NO_COLOR: '1' } });
      expect(noColor.stdout, `${noColor.label} in a terminal with NO_COLOR=1`).not.toMatch(ANSI);
      const piped = await run(argv, { randomInt: seeded(22), tty: false, env: {} });
      expect(piped.stdout, `${piped.label} into a pipe (stdout is not a terminal)`).not.toMatch(ANSI);
      expect(piped.stdout, `${piped.label}: the same text with or without colour`).toBe(tty.stdout.replace(/\u001b\[[0-9;]*m/g, ''));
    }
  });

  it('NO_COLOR turns colour off only when it is not empty (no-color.org)', async () => {
    const argv = ['--entropy'];
    for (const value of ['1', 'true', '0', 'no']) {
      const result = await run(argv, { randomInt: seeded(23), tty: true, env: { NO_COLOR: value } });
      expectSuccess(result);
      expect(result.stdout, `${result.label} in a terminal with NO_COLOR=${JSON.stringify(value)}: any non-empty value turns colour off`).not.toMatch(ANSI);
    }
    const empty = await run(argv, { randomInt: seeded(23), tty: true, env: { NO_COLOR: '' } });
    expectSuccess(empty);
    expect(empty.lines.at(-1), `${empty.label} in a terminal with NO_COLOR="" (empty): an empty NO_COLOR does not turn colour off, the strength word stays coloured`).toMatch(ANSI);
    const other = await run(argv, { randomInt: seeded(23), tty: true, env: { FORCE_COLOR: '0', TERM: 'dumb' } });
    expect(other.lines.at(-1), `${other.label} in a terminal without NO_COLOR: only io.stdout.isTTY and NO_COLOR decide`).toMatch(ANSI);
  });

  it('the real CLI adds the entropy line after the passwords', async () => {
    const ok = await runCli(['--count', '3', '--length', '24', '--entropy']);
    expect(ok.code, `password-generator --count 3 --length 24 --entropy: exit code (stderr: ${ok.stderr.trim() || 'empty'})`).toBe(0);
    const lines = ok.stdout.trimEnd().split('\n');
    expect(lines.length, 'password-generator --count 3 --length 24 --entropy: lines printed').toBe(4);
    for (const line of lines.slice(0, 3)) expectDefaultPassword(line, 24, 'password-generator --count 3 --length 24');
    expect(lines[3], 'password-generator --count 3 --length 24 --entropy: last line').toBe('Entropy: 155.80 bits (strong)');
  });
});
