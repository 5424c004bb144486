/**
 * The one kind of error a user can cause: a bad expression, such as "2 + x" or "(1 + 2".
 *
 * `class CalcError extends Error` makes a new kind of error: it has everything a built-in Error
 * has (a message, a stack) plus what we add, the column where the problem is. Code that catches
 * errors can then tell ours apart from bugs with `error instanceof CalcError`.
 * Classes in TypeScript: https://www.typescriptlang.org/docs/handbook/2/classes.html
 * Custom error types: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Error#custom_error_types
 */
export class CalcError extends Error {
  /** 1-based position in the expression: the first character is column 1. */
  readonly column: number;

  constructor(message: string, column: number) {
    // super(message) runs Error's own constructor, which stores the message. It must come first.
    super(message);
    // TODO (Task 1, SPEC.md "Interface"): finish the class, then delete the throw below.
    // - set this.name to 'CalcError' (otherwise the error prints as "Error: ..." and the suite
    //   checks the name);
    // - store the column: this.column = column.
    throw new Error('Not implemented: CalcError');
  }
}
