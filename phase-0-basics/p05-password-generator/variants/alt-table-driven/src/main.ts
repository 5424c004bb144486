import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Chalk } from 'chalk';
import { characterClasses } from './charsets.js';
import { entropyBits, strength } from './entropy.js';
import { UsageError, WordListError } from './errors.js';
import { generatePassphrase, parseWordList } from './passphrase.js';
import { generatePassword, type PasswordOptions } from './password.js';
import { secureRandomInt, type RandomInt } from './random.js';
import { WORDS } from './words.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  randomInt?: RandomInt;
}

const USAGE = `Usage: password-generator [--length N] [--no-lower] [--no-upper] [--no-digits] [--no-symbols]
                          [--symbols CHARS] [--exclude-ambiguous] [--count N] [--entropy]
       password-generator --passphrase [--words N] [--separator TEXT] [--capitalize]
                          [--wordlist FILE] [--count N] [--entropy]
       password-generator --help
`;

const SPEC = {
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
  help: { type: 'boolean', short: 'h' },
} as const;

const COLOURS = { weak: 'red', fair: 'yellow', good: 'cyan', strong: 'green' } as const;

function digitsOnly(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/u.test(raw) || /[^0-9]/.test(raw)) throw new UsageError(`${name} must be written with digits only, got ${JSON.stringify(raw)}`);
  return parseInt(raw, 10);
}

async function readWords(file: string, cwd: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new WordListError(`wordlist "${file}" cannot be read: ${why}`);
  }
  try {
    return parseWordList(text);
  } catch (error) {
    if (error instanceof WordListError) throw new WordListError(`wordlist "${file}": ${error.message}`);
    throw error;
  }
}

async function produce(argv: string[], io: CliIo): Promise<string> {
  let values;
  try {
    values = parseArgs({ args: argv, options: SPEC, strict: true, allowPositionals: false }).values;
  } catch (error) {
    if (String((error as { code?: string }).code).startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
    throw error;
  }
  if (values.help) return USAGE;
  const count = digitsOnly('count', values.count, 1);
  if (count < 1 || count > 100) throw new UsageError(`count must be from 1 to 100, got ${count}`);
  const random = io.randomInt ?? secureRandomInt;
  const lines: string[] = [];
  let bits: () => number;
  if (values.passphrase) {
    for (const name of ['length', 'no-lower', 'no-upper', 'no-digits', 'no-symbols', 'symbols', 'exclude-ambiguous'] as const) {
      if (values[name] !== undefined) throw new UsageError(`${name} is a password option: not with passphrase`);
    }
    const options = { words: digitsOnly('words', values.words, 6), separator: values.separator ?? '-', capitalize: Boolean(values.capitalize) };
    const list = values.wordlist === undefined ? [...WORDS] : await readWords(values.wordlist, io.cwd);
    for (let i = 0; i < count; i++) lines.push(generatePassphrase(options, list, random));
    bits = () => entropyBits(options.words, list.length);
  } else {
    for (const name of ['words', 'separator', 'capitalize', 'wordlist'] as const) {
      if (values[name] !== undefined) throw new UsageError(`${name} needs passphrase`);
    }
    if (values['no-symbols'] && values.symbols !== undefined) throw new UsageError('symbols and no-symbols contradict each other');
    const options: PasswordOptions = {
      length: digitsOnly('length', values.length, 16),
      lower: !values['no-lower'],
      upper: !values['no-upper'],
      digits: !values['no-digits'],
      symbols: values['no-symbols'] ? false : values.symbols ?? true,
      excludeAmbiguous: Boolean(values['exclude-ambiguous']),
    };
    for (let i = 0; i < count; i++) lines.push(generatePassword(options, random));
    bits = () => entropyBits(options.length, characterClasses(options).map((c) => c.chars.length).reduce((a, b) => a + b, 0));
  }
  if (values.entropy) {
    const b = bits();
    const word = strength(b);
    const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
    const chalk = new Chalk({ level: io.stdout.isTTY && !noColor ? 1 : 0 });
    lines.push(`Entropy: ${b.toFixed(2)} bits (${chalk[COLOURS[word]](word)})`);
  }
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let output: string;
  try {
    output = await produce(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\nSee password-generator --help.\n`);
      return 2;
    }
    if (error instanceof WordListError) {
      io.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  io.stdout.write(output);
  return 0;
}
