// Mock login: fixed users log in with a password and get a bearer token (a signed JWT), prove who
// they are with it, and log out to revoke it. Repeated wrong passwords lock a username for a
// while. createApp keeps all its state (revoked tokens, failure counts) inside: nothing at module level.
import { randomBytes } from 'node:crypto';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { errorHandler, HttpError, methodNotAllowed, notFound, validationFailed } from './errors.js';
import { createLockout } from './lockout.js';
import { verifyPassword } from './passwords.js';
import { createTokenService, InvalidTokenError, type TokenClaims } from './tokens.js';
import { DEFAULT_USERS, indexUsers, type User } from './users.js';

export interface AppOptions {
  /** The clock; the app reads the time only through it. Default: () => new Date(). */
  now?: () => Date;
  /** Who may log in. Default: DEFAULT_USERS from src/users.ts. */
  users?: readonly User[];
  /** Signs and checks tokens. Default: 32 random bytes per app, so tokens die with the process. */
  secret?: string;
  /** How long a token works. Default: 900 (15 minutes). */
  tokenTtlSeconds?: number;
  /** Wrong passwords in a row that lock a username. Default: 5. */
  maxFailures?: number;
  /** How long a lock lasts, and how far apart failures may be and still count together. Default: 300. */
  lockoutSeconds?: number;
}

export const DEFAULT_TOKEN_TTL_SECONDS = 900;
export const DEFAULT_MAX_FAILURES = 5;
export const DEFAULT_LOCKOUT_SECONDS = 300;

/** The largest JSON body POST /login reads. */
export const BODY_LIMIT_BYTES = 2048;

/** Sent with every 401 (RFC 6750): the scheme a client should use, and the area it unlocks. */
const REALM = 'Bearer realm="mock-login"';

const loginBody = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** 401 for a request that carried no bearer token: tells the client how to authenticate. */
function missingCredentials(message: string): HttpError {
  return new HttpError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': REALM });
}

/** 401 for a bearer token that does not work: `error="invalid_token"` says so to programs. */
function invalidToken(): HttpError {
  const header = `${REALM}, error="invalid_token", error_description="The access token is invalid, expired or revoked"`;
  return new HttpError(401, 'unauthorized', 'The access token is invalid, expired or revoked.', undefined, { 'WWW-Authenticate': header });
}

/**
 * The token of `Authorization: Bearer <token>`, or undefined when the header is missing or uses
 * another scheme (`Basic ...`). Scheme names are case-insensitive (RFC 9110).
 */
function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  // Node has already removed the spaces around the header's value.
  const [scheme = '', ...rest] = header.split(' ');
  if (scheme.toLowerCase() !== 'bearer') return undefined;
  return rest.join(' ');
}

/** Refuses a body that is not JSON before reading it (see p11). */
const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as JSON with the header Content-Type: application/json.');
  }
  next();
};

/** Checks POST /login's body with zod and lists every problem, or returns the credentials. */
function parseLogin(body: unknown): z.infer<typeof loginBody> {
  const result = loginBody.safeParse(body);
  if (result.success) return result.data;
  throw validationFailed(result.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message })));
}

/** What authenticate leaves for the handlers after it in res.locals. */
interface Session {
  user: User;
  claims: TokenClaims;
}

function sessionOf(res: Response): Session {
  return res.locals.session as Session;
}

export function createApp(options: AppOptions = {}): Express {
  const now = options.now ?? (() => new Date());
  const users = indexUsers(options.users ?? DEFAULT_USERS);
  const tokens = createTokenService({
    secret: options.secret ?? randomBytes(32).toString('hex'),
    ttlSeconds: options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
    now,
  });
  const lockout = createLockout({
    maxFailures: options.maxFailures ?? DEFAULT_MAX_FAILURES,
    lockoutSeconds: options.lockoutSeconds ?? DEFAULT_LOCKOUT_SECONDS,
    now,
  });
  /** Revoked token ids, with when the token would expire anyway (then it can be forgotten). */
  const revoked = new Map<string, number>();
  // For unknown usernames, scrypt still runs on a real hash, so that a wrong username takes as
  // long to refuse as a wrong password: timing must not reveal which usernames exist.
  const decoyHash = [...users.values()][0]?.passwordHash ?? '';

  function forgetExpiredRevocations(): void {
    const at = now().getTime();
    for (const [jti, expiresAt] of revoked) if (expiresAt <= at) revoked.delete(jti);
  }

  const login = async (req: Request, res: Response): Promise<void> => {
    // Refuse a locked username as early as possible, before looking at the rest of the body.
    const sent = (req.body as { username?: unknown } | undefined)?.username;
    const retryAfter = typeof sent === 'string' ? lockout.retryAfterSeconds(sent) : undefined;
    if (retryAfter !== undefined) {
      throw new HttpError(429, 'too_many_requests', 'Too many failed logins for this username; try again later.', undefined, { 'Retry-After': String(retryAfter) });
    }
    const { username, password } = parseLogin(req.body);
    const user = users.get(username);
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? decoyHash);
    if (!user || !passwordOk) {
      lockout.recordFailure(username);
      // One message for both cases: no hint whether the username exists.
      throw missingCredentials('Wrong username or password.');
    }
    lockout.recordSuccess(username);
    const { token, expiresAt } = await tokens.issue(user.username, user.role);
    // A token is a password for a while: no cache may keep a copy (RFC 6749, section 5.1).
    res.set('Cache-Control', 'no-store');
    res.json({ token, tokenType: 'Bearer', expiresAt: expiresAt.toISOString() });
  };

  /** Lets the request through only with a valid, unrevoked token of a known user. */
  const authenticate: RequestHandler = async (req, res, next) => {
    const token = bearerToken(req.get('Authorization'));
    if (token === undefined) throw missingCredentials('Send a bearer token: Authorization: Bearer <token>.');
    let claims: TokenClaims;
    try {
      claims = await tokens.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw invalidToken();
      throw error;
    }
    const user = users.get(claims.username);
    if (revoked.has(claims.jti) || !user) throw invalidToken();
    res.locals.session = { user, claims } satisfies Session;
    next();
  };

  /** After authenticate: 403 when the user is known but lacks the role. */
  const requireAdmin: RequestHandler = (_req, res, next) => {
    if (sessionOf(res).user.role !== 'admin') throw new HttpError(403, 'forbidden', 'Only admins may see this.');
    next();
  };

  const me = (_req: Request, res: Response): void => {
    const { user } = sessionOf(res);
    res.json({ username: user.username, role: user.role });
  };

  const logout = (_req: Request, res: Response): void => {
    forgetExpiredRevocations();
    const { claims } = sessionOf(res);
    revoked.set(claims.jti, claims.expiresAt.getTime());
    res.status(204).end();
  };

  const stats = (_req: Request, res: Response): void => {
    const all = [...users.values()];
    res.json({ users: all.length, admins: all.filter((user) => user.role === 'admin').length, lockedUsernames: lockout.lockedUsernames() });
  };

  const app = express();
  app.route('/login').post(requireJson, express.json({ limit: BODY_LIMIT_BYTES }), login).all(methodNotAllowed(['POST']));
  app.route('/me').get(authenticate, me).all(methodNotAllowed(['GET', 'HEAD']));
  app.route('/logout').post(authenticate, logout).all(methodNotAllowed(['POST']));
  app.route('/admin/stats').get(authenticate, requireAdmin, stats).all(methodNotAllowed(['GET', 'HEAD']));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
