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

/** Everything the program touches of the outside world, so that tests can hand it fakes. */
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
 * Colour only helps a person at a terminal, and NO_COLOR (https://no-color.org) turns it off.
 * chalk's default instance looks at the real process; we decide from io and build our own:
 * level 1 is basic 16-colour output, level 0 returns the text unchanged.
 */
function makeChalk(io: CliIo): ChalkInstance {
  const colour = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
  return new Chalk({ level: colour ? 1 : 0 });
}

const STRENGTH_COLOURS: Record<Strength, 'red' | 'yellow' | 'cyan' | 'green'> = {
  weak: 'red',
  fair: 'yellow',
  good: 'cyan',
  strong: 'green',
};

/** "Entropy: 103.87 bits (strong)": two decimals for the number, the word from the exact value. */
function entropyLine(bits: number, chalk: ChalkInstance): string {
  const label = strength(bits);
  return `Entropy: ${bits.toFixed(2)} bits (${chalk[STRENGTH_COLOURS[label]](label)})`;
}

/** The two common reasons a file cannot be read, in words a user understands; else Node's message. */
function readProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}

/** The words of a --wordlist file; a relative path starts from io.cwd, never process.cwd(). */
async function loadWordList(file: string, io: CliIo): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new WordListError(`cannot read the word list ${JSON.stringify(file)}: ${readProblem(error)}`);
  }
  try {
    return parseWordList(text);
  } catch (error) {
    if (error instanceof WordListError) throw new WordListError(`word list ${JSON.stringify(file)}, ${error.message}`);
    throw error;
  }
}

interface Output {
  lines: string[];
  /** Computed only for --entropy: without it the program needs nothing of Task 6. */
  bits: () => number;
}

function makePasswords(command: Extract<Command, { kind: 'password' }>, randomInt: RandomInt): Output {
  const { options, count } = command;
  const lines = Array.from({ length: count }, () => generatePassword(options, randomInt));
  const alphabetSize = characterClasses(options).reduce((size, cls) => size + cls.chars.length, 0);
  return { lines, bits: () => entropyBits(options.length, alphabetSize) };
}

async function makePassphrases(command: Extract<Command, { kind: 'passphrase' }>, io: CliIo, randomInt: RandomInt): Promise<Output> {
  const { options, count, wordlist } = command;
  const words = wordlist === undefined ? WORDS : await loadWordList(wordlist, io);
  const lines = Array.from({ length: count }, () => generatePassphrase(options, words, randomInt));
  return { lines, bits: () => entropyBits(options.words, words.length) };
}

/**
 * The whole program. It returns the exit code instead of calling process.exit, so tests can call
 * it as a function: 0 success, 1 the word list file cannot be used, 2 the command was used wrongly.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const chalk = makeChalk(io);
  try {
    const command = parseOptions(argv);
    if (command.kind === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    const randomInt = io.randomInt ?? secureRandomInt;
    // Everything is made before anything is printed: an error never leaves half an output behind.
    const { lines, bits } = command.kind === 'password' ? makePasswords(command, randomInt) : await makePassphrases(command, io, randomInt);
    if (command.entropy) lines.push(entropyLine(bits(), chalk));
    io.stdout.write(lines.map((line) => `${line}\n`).join(''));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${chalk.red(`error: ${error.message}`)}\nRun "password-generator --help" to see the options.\n`);
      return 2;
    }
    if (error instanceof WordListError) {
      io.stderr.write(`${chalk.red(`error: ${error.message}`)}\n`);
      return 1;
    }
    // Anything else is a bug, not the user's fault: let it crash loudly with its stack.
    throw error;
  }
}
