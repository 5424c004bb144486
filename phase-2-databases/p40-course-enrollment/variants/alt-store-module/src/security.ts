// Passwords (scryptSync, salt and key in two BLOB columns) and sign-in tokens (stored as sent).
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export function newSecret(password: string): { salt: Buffer; derivedKey: Buffer } {
  const salt = randomBytes(24);
  return { salt, derivedKey: scryptSync(password, salt, 32) };
}

export function matches(password: string, salt: Buffer, derivedKey: Buffer): boolean {
  const candidate = scryptSync(password, salt, derivedKey.length);
  return timingSafeEqual(candidate, derivedKey);
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export const SESSION_LENGTH_MS = 86_400_000;

/** Tenths of a point per letter. */
export const TENTHS: Record<string, number> = { A: 40, 'A-': 37, 'B+': 33, B: 30, 'B-': 27, 'C+': 23, C: 20, 'C-': 17, 'D+': 13, D: 10, F: 0 };

/** sum(tenths * credits) / (10 * credits), rounded half up to hundredths, with BigInt. */
export function averageOf(weightedTenths: number, credits: number): number | null {
  if (credits === 0) return null;
  const n = BigInt(weightedTenths) * 10n;
  const d = BigInt(credits);
  const hundredths = (2n * n + d) / (2n * d);
  return Number(hundredths) / 100;
}
