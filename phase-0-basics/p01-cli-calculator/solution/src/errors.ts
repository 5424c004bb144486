/**
 * The one kind of error a user can cause: a bad expression. It extends the built-in `Error`, so
 * it has a message and a stack like any other error, and adds where in the expression the
 * problem is. `main` catches only this class; any other error is a bug and is left to crash.
 */
export class CalcError extends Error {
  /** 1-based position in the expression: the first character is column 1. */
  readonly column: number;

  constructor(message: string, column: number) {
    super(message);
    // Without this the error would print as "Error: ..." in stack traces.
    this.name = 'CalcError';
    this.column = column;
  }
}
