// Access tokens: JWTs signed with HS256 (an HMAC with SHA-256 over header and payload, keyed by
// the app's secret). Whoever holds the secret can make tokens, so only the server holds it; the
// client gets a token it can read but not change. jose: https://github.com/panva/jose
// Unused until you write issue and verify: randomUUID, errors, jwtVerify, SignJWT.
import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Role } from './users.js';

/** The only algorithm accepted: a token that names another one is refused, even "none". */
const ALGORITHM = 'HS256';

export interface IssuedToken {
  token: string;
  /** exp * 1000: when the token stops working. */
  expiresAt: Date;
}

/** What a verified token says. */
export interface TokenClaims {
  username: string;
  jti: string;
  /** exp * 1000 */
  expiresAt: Date;
}

export interface TokenServiceOptions {
  secret: string;
  ttlSeconds: number;
  now: () => Date;
}

export interface TokenService {
  issue: (username: string, role: Role) => Promise<IssuedToken>;
  /** The claims of a valid token; throws InvalidTokenError for anything else. */
  verify: (token: string) => Promise<TokenClaims>;
}

/** A token that is malformed, forged, tampered with, of the wrong algorithm or expired. */
export class InvalidTokenError extends Error {}

/** JWT times are whole seconds since 1970 (NumericDate). */
function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export function createTokenService(options: TokenServiceOptions): TokenService {
  // jose wants the HMAC key as bytes.
  const key = new TextEncoder().encode(options.secret);

  async function issue(username: string, role: Role): Promise<IssuedToken> {
    // TODO (Tasks 1 and 3): iat = epochSeconds(options.now()), exp = iat + options.ttlSeconds.
    // new SignJWT({ role }).setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' }), then setSubject,
    // setJti(randomUUID()), setIssuedAt, setExpirationTime, and sign(key).
    throw new Error(`Not implemented: issue a token for ${username} (${role}) with a key of ${key.length} bytes (Task 1)`);
  }

  async function verify(token: string): Promise<TokenClaims> {
    // TODO (Tasks 2 and 3): jwtVerify(token, key, { algorithms: [ALGORITHM], currentDate:
    // options.now(), requiredClaims: [...] }). Turn every errors.JOSEError into an
    // InvalidTokenError; let any other error through.
    throw new Error(`Not implemented: verify a token of ${token.length} characters (Task 2)`);
  }

  return { issue, verify };
}
