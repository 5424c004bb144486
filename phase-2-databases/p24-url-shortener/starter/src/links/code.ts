// Short codes: 7 characters of base62 (SPEC.md, Task 2).

/** The base62 digits in order: '0' is 0, 'A' is 10, 'a' is 36, 'z' is 61. */
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const CODE_LENGTH = 7;

/** TODO (Task 2): the base62 digit for a random number in [0, 1): 0 gives '0', 0.999 gives 'z'. */
export function base62Digit(random: number): string {
  void random;
  throw new Error('Not implemented: base62Digit (Task 2)');
}

/** TODO (Task 2): a fresh code: exactly CODE_LENGTH calls to random(), the first call giving the first character. */
export function generateCode(random: () => number): string {
  void random;
  throw new Error('Not implemented: generateCode (Task 2)');
}
