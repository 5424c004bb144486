// Password hashing with scrypt (node:crypto): slow on purpose and memory-hard, so that a stolen
// users table cannot be brute-forced quickly. https://nodejs.org/api/crypto.html#cryptoscryptpassword-salt-keylen-options-callback
import { randomBytes, scrypt, scryptSync, timingSafeEqual, type BinaryLike } from 'node:crypto';

const KEY_LENGTH = 64;
const SALT_BYTES = 16;

/** scrypt with a callback, as a promise: the hashing runs on libuv's thread pool, not on the event loop. */
function scryptAsync(password: BinaryLike, salt: BinaryLike): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function format(salt: Buffer, key: Buffer): string {
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

/**
 * A fresh random salt per password: two users with the same password get different hashes, and
 * a table of precomputed hashes is useless.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return format(salt, await scryptAsync(password, salt));
}

/** The same, blocking: only for createApp's admin seed, which runs once before the app serves. */
export function hashPasswordSync(password: string): string {
  const salt = randomBytes(SALT_BYTES);
  return format(salt, scryptSync(password, salt, KEY_LENGTH));
}

/**
 * Hashes `password` with the stored salt and compares in constant time: `===` stops at the first
 * differing byte, and how long it took tells an attacker how much of a guess was right.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltHex, keyHex] = stored.split('$');
  if (scheme !== 'scrypt' || !saltHex || !keyHex) return false;
  const expected = Buffer.from(keyHex, 'hex');
  const actual = await scryptAsync(password, Buffer.from(saltHex, 'hex'));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash of nothing anyone knows. Signing in with an unknown email still hashes the password
 * against it, so that the answer takes as long as for a known email with a wrong password.
 */
export const DUMMY_HASH = format(Buffer.alloc(SALT_BYTES), Buffer.alloc(KEY_LENGTH));
