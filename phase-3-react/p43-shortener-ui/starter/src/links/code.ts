// Short codes: 7 characters of base62. Base62 writes numbers with the 62 characters that are
// safe anywhere in a URL path without escaping: 10 digits, 26 capitals, 26 small letters.
// 62^7 is about 3.5 trillion codes, so random codes rarely collide, and when they do the
// unique index says so (see routes.ts).

/** The base62 digits in order: '0' is 0, 'A' is 10, 'a' is 36, 'z' is 61. */
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const CODE_LENGTH = 7;

/** The base62 digit for a random number in [0, 1): 0 gives '0', 0.999 gives 'z'. */
export function base62Digit(random: number): string {
  return BASE62_ALPHABET.charAt(Math.floor(random * BASE62_ALPHABET.length));
}

/** A fresh code: exactly CODE_LENGTH calls to random(), the first call giving the first character. */
export function generateCode(random: () => number): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += base62Digit(random());
  return code;
}
