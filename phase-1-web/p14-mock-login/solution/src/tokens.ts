// Access tokens: JWTs signed with HS256 (an HMAC with SHA-256 over header and payload, keyed by
// the app's secret). Whoever holds the secret can make tokens, so only the server holds it; the
// client gets a token it can read but not change. jose: https://github.com/panva/jose
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
  const key = new TextEncoder().encode(options.secret);

  async function issue(username: string, role: Role): Promise<IssuedToken> {
    const issuedAt = epochSeconds(options.now());
    const expires = issuedAt + options.ttlSeconds;
    const token = await new SignJWT({ role })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(username)
      // A unique id per token is what logout revokes: the user's other tokens keep working.
      .setJti(randomUUID())
      .setIssuedAt(issuedAt)
      .setExpirationTime(expires)
      .sign(key);
    return { token, expiresAt: new Date(expires * 1000) };
  }

  async function verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: [ALGORITHM],
        // jose would read the real clock; the app's clock decides when a token has expired.
        currentDate: options.now(),
        requiredClaims: ['sub', 'jti', 'exp'],
      });
      // jose checked that these three are present, and that exp is a number; the other two must
      // be strings (RFC 7519), or a `jti` of 42 could dodge the revocation list.
      const { sub, jti } = payload;
      if (typeof sub !== 'string' || typeof jti !== 'string') throw new InvalidTokenError('sub and jti must be strings.');
      return { username: sub, jti, expiresAt: new Date((payload.exp as number) * 1000) };
    } catch (error) {
      // Every jose error (bad format, bad signature, wrong algorithm, expired...) means the same
      // thing to the client: this token does not work. Anything else is a bug and goes on.
      if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code);
      throw error;
    }
  }

  return { issue, verify };
}
