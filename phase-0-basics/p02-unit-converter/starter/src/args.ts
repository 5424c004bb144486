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

/**
 * Turns argv into a Command, or throws UsageError. See "Command line" in SPEC.md (Task 4).
 * node:util's parseArgs does not fit here: it would read the value "-40" as an option "-4".
 */
export function parseCommandLine(argv: readonly string[]): Command {
  // TODO (Task 4): walk argv once.
  //   - "--help" or "-h" anywhere before "--": { kind: 'help' }
  //   - "--json"; "--precision N" and "--precision=N" (digits only, 0 to MAX_PRECISION)
  //   - "--" ends the options: everything after it is positional
  //   - "-" followed by a digit or by "." and a digit is a negative value, not an option
  //   - any other argument starting with "-" is an unknown option: throw UsageError
  // TODO (Task 6): a first positional "list" makes a list command with at most one dimension.
  // Otherwise exactly three positionals remain: value, from, to.
  throw new Error(`Not implemented: parseCommandLine(${JSON.stringify(argv)})`);
}
