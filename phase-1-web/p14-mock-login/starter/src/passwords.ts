// Password hashes: never store a password, only what scrypt derives from it and a random salt.
// The stored form is one string, `scrypt$<N>$<salt hex>$<key hex>`, so the cost N travels with
// the hash and can be raised later without breaking the hashes already stored.
// Node docs: https://nodejs.org/api/crypto.html#cryptoscryptpassword-salt-keylen-options-callback
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost for new hashes (Node's default). Every doubling doubles the work of a guess. */
export const DEFAULT_COST = 16384;

/** Bytes of random salt and of derived key in every hash. */
export const SALT_BYTES = 16;
export const KEY_BYTES = 64;

/** The cost a stored hash may ask for: enough for real use, small enough for tests. */
const MIN_COST = 1024;
const MAX_COST = 32768;

const HASH_FORMAT = /^scrypt\$(\d+)\$([0-9a-f]{32})\$([0-9a-f]{128})$/;

/** crypto.scrypt with a promise. The callback form keeps the server free while it works. */
function deriveKey(password: string, salt: Buffer, cost: number): Promise<Buffer> {
  const options: ScryptOptions = { N: cost, r: 8, p: 1 };
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes a password in the stored format. Given in full; use it to make users of your own. */
export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, cost);
  return `scrypt$${cost}$${salt.toString('hex')}$${key.toString('hex')}`;
}

function isPowerOfTwo(n: number): boolean {
  return (n & (n - 1)) === 0;
}

/**
 * Whether `password` is the one `stored` was made from. A stored value that is not in the format
 * never matches: a plain-text password left in the user list must not start working.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  // TODO (Task 1): match `stored` against `scrypt$<N>$<32 hex>$<128 hex>` (anything else: false),
  // check that N is a power of two from MIN_COST to MAX_COST (isPowerOfTwo), derive the key of
  // `password` with deriveKey and the stored salt and N, and compare the two keys with
  // crypto.timingSafeEqual, never with === or Buffer.equals.
  throw new Error(`Not implemented: verifyPassword (Task 1) for a hash of ${stored.length} characters, ${password.length > 0 ? 'a' : 'an empty'} password`);
}
