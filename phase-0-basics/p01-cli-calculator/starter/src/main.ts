import { createInterface } from 'node:readline';
import { Chalk, type ChalkInstance } from 'chalk';
import { CalcError } from './errors.js';
import { evaluate } from './evaluate.js';
import { formatNumber } from './format.js';

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

function readCommand(argv: string[]): Command {
  // TODO (Task 5, SPEC.md "Command line"), in this order:
  // - "--help" or "-h" anywhere in argv: { kind: 'help' }.
  // - An argument that is an option ("-" or "--" followed by a letter, /^--?[a-z]/i): it is
  //   unknown, so { kind: 'usage-error', message: `unknown option "${arg}"` }.
  //   "-2 ^ 2" and "--3" are expressions, not options: that is why the regex wants a letter
  //   (and why node:util's parseArgs does not fit: it would reject "-2").
  // - No arguments: { kind: 'repl' } (Task 6).
  // - More than one argument: a usage error that says to put the expression in quotes.
  // - Exactly one: { kind: 'evaluate', expression: argv[0] }.
  throw new Error('Not implemented: readCommand');
}

/**
 * chalk colours text with ANSI codes. Its default instance decides from the real process.stdout,
 * which is not what main writes to, so we build our own: level 1 is basic colour, level 0 gives
 * the text back unchanged. https://github.com/chalk/chalk
 */
function makeChalk(io: CliIo): ChalkInstance {
  // TODO (Task 5): colour only when io.stdout.isTTY is true and io.env.NO_COLOR is unset or
  // empty (https://no-color.org: any non-empty value, even "0", turns colour off). Until then, never.
  const color = false;
  return new Chalk({ level: color ? 1 : 0 });
}

/** Three lines on stderr: what went wrong and where, the expression, a caret under the column. */
function printError(error: CalcError, expression: string, io: CliIo, chalk: ChalkInstance): void {
  // TODO (Task 5): for "1 / 0", write exactly
  //   error at column 3: division by zero
  //     1 / 0
  //       ^
  // The expression line starts with two spaces; the caret line has column + 1 spaces before
  // "^" (' '.repeat(n) makes n spaces). Wrap the first line and the caret in chalk.red(...).
  throw new Error('Not implemented: printError');
}

/** Evaluates one expression and prints its value or its error. Returns whether it worked. */
function calculate(expression: string, io: CliIo, chalk: ChalkInstance): boolean {
  // TODO (Task 5):
  // - try: write formatNumber(evaluate(expression)) and "\n" to io.stdout, return true.
  // - catch (error): only a CalcError is the user's mistake. `if (!(error instanceof CalcError))
  //   throw error;` lets real bugs crash loudly. Otherwise printError(...) and return false.
  throw new Error('Not implemented: calculate');
}

/**
 * The interactive mode (Task 6): one expression per line until stdin ends.
 * `async` functions can `await`; this one returns a Promise of the exit code.
 * https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/async_function
 */
async function runRepl(io: CliIo, chalk: ChalkInstance): Promise<number> {
  // TODO (Task 6):
  // - const lines = createInterface({ input: io.stdin, crlfDelay: Infinity }) splits stdin into
  //   lines; `for await (const line of lines) { ... }` gets them one by one and ends with stdin.
  //   https://nodejs.org/api/readline.html#example-read-file-stream-line-by-line
  // - Skip blank lines (line.trim() === ''); calculate() the others. An error does not stop the loop.
  // - Only when io.stdin.isTTY is true (a person is typing): write "> " before reading each line,
  //   and "\n" after the loop.
  // - Return 0 at the end of input.
  throw new Error('Not implemented: runRepl (the interactive mode)');
}

/**
 * The whole program (given). It returns the exit code instead of calling process.exit, so tests
 * can call it like any function: 0 success, 1 the expression has an error, 2 wrong usage.
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
