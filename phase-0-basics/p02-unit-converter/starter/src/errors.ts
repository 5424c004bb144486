/**
 * Every way a conversion can go wrong because of what the user typed. A string literal union
 * (https://www.typescriptlang.org/docs/handbook/2/everyday-types.html#literal-types) lists the
 * only values `code` may hold, so a typo such as 'unknown_unti' is a compile error.
 */
export type ConversionErrorCode =
  | 'not_a_number'
  | 'too_large'
  | 'unknown_unit'
  | 'incompatible_units'
  | 'negative_amount'
  | 'below_absolute_zero';

/**
 * The one error class a user can cause. `main` catches only this class and prints its message;
 * any other error is a bug in the program and is left to crash with its stack trace.
 */
export class ConversionError extends Error {
  /** Which problem it is, for programs; the message is for people. */
  readonly code: ConversionErrorCode;

  constructor(code: ConversionErrorCode, message: string) {
    super(message);
    // Without this the error would print as "Error: ..." in stack traces.
    this.name = 'ConversionError';
    this.code = code;
  }
}
