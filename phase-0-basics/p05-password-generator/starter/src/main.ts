import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { characterClasses } from './charsets.js';
import { entropyBits, strength, type Strength } from './entropy.js';
import { UsageError, WordListError } from './errors.js';
import { parseOptions, type Command } from './options.js';
import { generatePassphrase, parseWordList } from './passphrase.js';
import { generatePassword } from './password.js';
import { secureRandomInt, type RandomInt } from './random.js';
import { WORDS } from './words.js';

/**
 * Everything the program touches of the outside world (phase-0-basics/README.md). Tests hand main
 * fake streams, so never use process.stdout, process.stdin or process.env directly: use io.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Where every random choice comes from. Tests pass a seeded one; the real program leaves it out. */
  randomInt?: RandomInt;
}

const USAGE = `Usage: password-generator [options]                passwords
       password-generator --passphrase [options]   passphrases made of words

Password options:
  -l, --length N            characters per password, 1 to 128 (default 16)
      --no-lower            no lowercase letters a-z
      --no-upper            no uppercase letters A-Z
      --no-digits           no digits 0-9
      --no-symbols          no symbols
      --symbols CHARS       use these symbols instead of !#$%&()*+,-./:;<=>?@[]^_{|}~
  -a, --exclude-ambiguous   leave out look-alike characters I l 1 O 0 o |

Passphrase options (only with -p, --passphrase):
  -w, --words N             words per passphrase, 3 to 20 (default 6)
  -s, --separator TEXT      put between words (default "-")
  -c, --capitalize          start every word with a capital letter
      --wordlist FILE       one word per line, instead of the built-in 1024 words

Both:
  -n, --count N             how many to make, 1 to 100 (default 1)
  -e, --entropy             add a last line with the entropy estimate
  -h, --help                show this help

Exit codes: 0 ok, 1 the word list file cannot be used, 2 wrong usage.
`;

/**
 * chalk colours text with ANSI codes. Its default instance decides from the real process.stdout,
 * which is not what main writes to, so we build our own: level 1 is basic colour, level 0 gives
 * the text back unchanged. https://github.com/chalk/chalk
 */
function makeChalk(io: CliIo): ChalkInstance {
  // TODO (Task 6): colour only when io.stdout.isTTY is true and io.env.NO_COLOR is missing or
  // empty (https://no-color.org: a non-empty NO_COLOR turns colour off). Until then, never.
  const colour = false;
  return new Chalk({ level: colour ? 1 : 0 });
}

/** The colour of each strength word: chalk[STRENGTH_COLOURS.weak]('weak') is red. */
const STRENGTH_COLOURS: Record<Strength, 'red' | 'yellow' | 'cyan' | 'green'> = {
  weak: 'red',
  fair: 'yellow',
  good: 'cyan',
  strong: 'green',
};

/** "Entropy: 103.87 bits (strong)": two decimals for the number, the word from the exact value. */
function entropyLine(bits: number, chalk: ChalkInstance): string {
  // TODO (Task 6): bits.toFixed(2) rounds to two decimals; strength(bits) gives the word; colour
  // only the word, with chalk[STRENGTH_COLOURS[word]](word).
  throw new Error(`Not implemented: entropyLine(${bits})`);
}

/** The words of a --wordlist file; a relative path starts from io.cwd, never process.cwd(). */
async function loadWordList(file: string, io: CliIo): Promise<string[]> {
  // TODO (Task 5):
  // - `await readFile(path.resolve(io.cwd, file), 'utf8')` (node:fs/promises). `await` pauses
  //   this async function until the file is read, without blocking the program.
  //   https://nodejs.org/api/fs.html#fspromisesreadfilepath-options
  // - If reading fails, throw a WordListError whose message contains the file name as the user
  //   typed it and the reason: "no such file" when error.code is 'ENOENT', "it is a folder" when
  //   it is 'EISDIR', otherwise the error's own message.
  // - Pass the text to parseWordList. If it throws a WordListError, throw a new one whose
  //   message adds the file name in front of the original message (which says the line).
  throw new Error(`Not implemented: loadWordList(${JSON.stringify(file)}) in ${io.cwd}`);
}

/**
 * The whole program. It returns the exit code instead of calling process.exit, so tests can call
 * it as a function: 0 success, 1 the word list file cannot be used, 2 the command was used wrongly.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const chalk = makeChalk(io);
  // TODO (Tasks 5 and 6, SPEC.md "Interface"):
  // 1. try { const command = parseOptions(argv); ... }
  // 2. Help: write USAGE to io.stdout, return 0.
  // 3. const randomInt = io.randomInt ?? secureRandomInt: a test's source when there is one.
  // 4. Make every line first, then print: an error halfway must leave stdout empty.
  //    Passwords: command.count times generatePassword(command.options, randomInt).
  //    Passphrases: the list is WORDS, or loadWordList(command.wordlist, io) with --wordlist.
  // 5. (Task 6) With command.entropy, one more line: entropyLine(bits, chalk), where bits is
  //    entropyBits(length, total size of characterClasses(options)) for passwords and
  //    entropyBits(words, list length) for passphrases. Compute it only for --entropy.
  // 6. Write every line followed by "\n" to io.stdout and return 0.
  // 7. catch (error): a UsageError is `error: <message>` on io.stderr (plus a line pointing to
  //    --help) and return 2; a WordListError is `error: <message>` and return 1; anything else
  //    is a bug: `throw error` again.
  throw new Error(`Not implemented: main(${JSON.stringify(argv)}) (colour: ${chalk.level > 0})`);
}
