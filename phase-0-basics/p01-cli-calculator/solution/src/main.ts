import { createInterface } from 'node:readline';
import { Chalk, type ChalkInstance } from 'chalk';
import { CalcError } from './errors.js';
import { evaluate } from './evaluate.js';
import { formatNumber } from './format.js';

/** Everything the program touches of the outside world, so that tests can hand it fakes. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

const USAGE = `Usage: calc "<expression>"   print the value of one expression
       calc                  read expressions from stdin, one per line (Ctrl+D ends)
       calc --help           show this help

Numbers: 42, 3.5, 2e3. Operators: + - * / % ^ and parentheses; - also negates.
Example: calc "2 + 3 * (4 - 1)"   prints 11
Exit codes: 0 ok, 1 the expression has an error, 2 wrong usage.
`;

/** What the command line asks for: a union type, one shape per way the program can run. */
type Command =
  | { kind: 'help' }
  | { kind: 'evaluate'; expression: string }
  | { kind: 'repl' }
  | { kind: 'usage-error'; message: string };

// An option is "-" or "--" followed by a letter. "-2 ^ 2" or "--3" are expressions, which is
// why node:util parseArgs does not fit here: it would reject "-2" as an unknown option.
const OPTION = /^--?[a-z]/i;

function readCommand(argv: string[]): Command {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const option = argv.find((arg) => OPTION.test(arg));
  if (option !== undefined) return { kind: 'usage-error', message: `unknown option "${option}"` };
  const [expression, ...extra] = argv;
  if (expression === undefined) return { kind: 'repl' };
  if (extra.length > 0) {
    return { kind: 'usage-error', message: `expected one expression but got ${argv.length} arguments: put the expression in quotes` };
  }
  return { kind: 'evaluate', expression };
}

/**
 * Colour only helps a person at a terminal, and NO_COLOR (https://no-color.org) turns it off.
 * chalk's default instance decides from the real process.stdout; we decide from io, so we build
 * our own instance: level 1 is basic 16-colour output, level 0 returns the text unchanged.
 */
function makeChalk(io: CliIo): ChalkInstance {
  // no-color.org: only a non-empty NO_COLOR turns colour off (NO_COLOR="" keeps it).
  const color = io.stdout.isTTY === true && (io.env.NO_COLOR ?? '') === '';
  return new Chalk({ level: color ? 1 : 0 });
}

/** Three lines on stderr: what went wrong and where, the expression, a caret under the column. */
function printError(error: CalcError, expression: string, io: CliIo, chalk: ChalkInstance): void {
  const caret = `${' '.repeat(error.column + 1)}^`;
  io.stderr.write(`${chalk.red(`error at column ${error.column}: ${error.message}`)}\n  ${expression}\n${chalk.red(caret)}\n`);
}

/** Evaluates one expression and prints its value or its error. Returns whether it worked. */
function calculate(expression: string, io: CliIo, chalk: ChalkInstance): boolean {
  try {
    io.stdout.write(`${formatNumber(evaluate(expression))}\n`);
    return true;
  } catch (error) {
    // Only a bad expression is the user's problem. Anything else is a bug: let it crash loudly.
    if (!(error instanceof CalcError)) throw error;
    printError(error, expression, io, chalk);
    return false;
  }
}

/**
 * The interactive mode: one expression per line until the input ends. readline turns the stdin
 * stream into lines, and `for await` waits for each one without blocking the program.
 * Errors are printed and the loop goes on: one typo should not end the session.
 */
async function runRepl(io: CliIo, chalk: ChalkInstance): Promise<number> {
  // A prompt is for a person typing; when stdin is a file or a pipe it would only add noise.
  const interactive = io.stdin.isTTY === true;
  const prompt = () => {
    if (interactive) io.stdout.write('> ');
  };
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  prompt();
  for await (const line of lines) {
    if (line.trim() !== '') calculate(line, io, chalk);
    prompt();
  }
  // End the prompt line so the shell's own prompt starts on a fresh line after Ctrl+D.
  if (interactive) io.stdout.write('\n');
  return 0;
}

/**
 * The whole program. It returns the exit code instead of calling process.exit, so tests can call
 * it as a function: 0 success, 1 the expression has an error, 2 the command was used wrongly.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const command = readCommand(argv);
  const chalk = makeChalk(io);
  switch (command.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return 0;
    case 'usage-error':
      io.stderr.write(`${chalk.red(`error: ${command.message}`)}\n\n${USAGE}`);
      return 2;
    case 'evaluate':
      return calculate(command.expression, io, chalk) ? 0 : 1;
    case 'repl':
      return runRepl(io, chalk);
  }
}
