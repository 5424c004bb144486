/** Decimal places when --precision is not given, and the most a user may ask for. */
export const DEFAULT_PRECISION = 4;
export const MAX_PRECISION = 10;

/**
 * What the user asked for, as data: a union with one shape per command. The rest of the
 * program switches on `kind` and never looks at argv again.
 */
export type Command =
  | { kind: 'help' }
  | { kind: 'convert'; value: string; from: string; to: string; precision: number; json: boolean }
  | { kind: 'list'; dimension: string | undefined; json: boolean };

/** The command line itself is malformed: main answers with exit code 2 and the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** "-40" and "-.5" are negative values, not options: only a dash followed by a letter is one. */
const NEGATIVE_NUMBER = /^-\.?\d/;

function isOption(arg: string): boolean {
  return arg.startsWith('-') && !NEGATIVE_NUMBER.test(arg);
}

function parsePrecision(text: string | undefined): number {
  // Digits only: "2.5", "-1", "1e1" and "" are all refused, not rounded or guessed at.
  if (!/^\d+$/.test(text ?? '') || Number(text) > MAX_PRECISION) {
    throw new UsageError(`--precision needs a whole number from 0 to ${MAX_PRECISION}`);
  }
  return Number(text);
}

/**
 * Turns argv into a Command, or throws UsageError. Written by hand rather than with node:util's
 * parseArgs, which would read the value "-40" as an unknown option "-4" with "0" after it.
 * Options may come before, between or after the positional arguments; after "--" everything
 * is positional.
 */
export function parseCommandLine(argv: readonly string[]): Command {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (options.includes('--help') || options.includes('-h')) return { kind: 'help' };

  const positionals: string[] = [];
  let precision = DEFAULT_PRECISION;
  let json = false;
  for (let i = 0; i < options.length; i++) {
    const arg = options[i]!;
    if (!isOption(arg)) positionals.push(arg);
    else if (arg === '--json') json = true;
    else if (arg === '--precision') precision = parsePrecision(options[++i]);
    else if (arg.startsWith('--precision=')) precision = parsePrecision(arg.slice('--precision='.length));
    else throw new UsageError(`unknown option "${arg}"`);
  }
  if (end !== -1) positionals.push(...argv.slice(end + 1));

  if (positionals[0] === 'list') {
    if (positionals.length > 2) throw new UsageError('list takes at most one dimension');
    return { kind: 'list', dimension: positionals[1], json };
  }
  if (positionals.length !== 3) {
    throw new UsageError(`expected 3 arguments (a value and two units), got ${positionals.length}`);
  }
  const [value, from, to] = positionals as [string, string, string];
  return { kind: 'convert', value, from, to, precision, json };
}
