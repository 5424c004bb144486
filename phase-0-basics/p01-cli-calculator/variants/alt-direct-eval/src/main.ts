import * as readline from 'node:readline';
import { Chalk } from 'chalk';
import { CalcError } from './errors.js';
import { evaluate } from './evaluate.js';
import { formatNumber } from './format.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

const HELP = [
  'Usage: calc "<expression>"',
  '       calc            (one expression per line from stdin)',
  '       calc --help',
  '',
].join('\n');

const looksLikeOption = (arg: string): boolean => /^-{1,2}[A-Za-z]/.test(arg);

function paint(io: CliIo): (text: string) => string {
  const noColor = io.env.NO_COLOR;
  const on = Boolean(io.stdout.isTTY) && (noColor === undefined || noColor.length === 0);
  const chalk = new Chalk({ level: on ? 1 : 0 });
  return (text) => chalk.red(text);
}

function runOne(expression: string, io: CliIo, red: (text: string) => string): number {
  let value: number;
  try {
    value = evaluate(expression);
  } catch (error) {
    if (error instanceof CalcError) {
      const lines = [red(`error at column ${error.column}: ${error.message}`), `  ${expression}`, red(`${' '.repeat(error.column + 1)}^`)];
      io.stderr.write(`${lines.join('\n')}\n`);
      return 1;
    }
    throw error;
  }
  io.stdout.write(`${formatNumber(value)}\n`);
  return 0;
}

function usageError(message: string, io: CliIo, red: (text: string) => string): number {
  io.stderr.write(`${red(`error: ${message}`)}\n\n${HELP}`);
  return 2;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const red = paint(io);
  if (argv.some((arg) => arg === '-h' || arg === '--help')) {
    io.stdout.write(HELP);
    return 0;
  }
  for (const arg of argv) {
    if (looksLikeOption(arg)) return usageError(`unknown option "${arg}"`, io, red);
  }
  if (argv.length > 1) return usageError('too many arguments: quote the whole expression, as in calc "2 + 3"', io, red);
  if (argv.length === 1) return runOne(argv[0] as string, io, red);

  const tty = io.stdin.isTTY === true;
  const reader = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  if (tty) io.stdout.write('> ');
  for await (const line of reader) {
    if (line.trim().length > 0) runOne(line, io, red);
    if (tty) io.stdout.write('> ');
  }
  if (tty) io.stdout.write('\n');
  return 0;
}
