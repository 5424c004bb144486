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

// TODO (Task 1): username a string of 1 to 100 characters, password one of 1 to 200.
const loginBody = z.object({});

/** 401 for a request that carried no bearer token: tells the client how to authenticate. */
function missingCredentials(message: string): HttpError {
  return new HttpError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': REALM });
}

/** 401 for a bearer token that does not work: `error="invalid_token"` says so to programs. */
function invalidToken(): HttpError {
  // TODO (Task 2): like missingCredentials, with `, error="invalid_token"` after REALM.
  throw new Error('Not implemented: invalidToken (Task 2)');
}

/**
 * The token of `Authorization: Bearer <token>`, or undefined when the header is missing or uses
 * another scheme (`Basic ...`). Scheme names are case-insensitive (RFC 9110).
 */
function bearerToken(header: string | undefined): string | undefined {
  // TODO (Task 2): split at the first space; compare the scheme in lower case.
  throw new Error(`Not implemented: bearerToken (Task 2) for ${header === undefined ? 'no header' : 'a header'}`);
}

/** Refuses a body that is not JSON before reading it (see p11). */
const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as JSON with the header Content-Type: application/json.');
  }
  next();
};

/** Checks POST /login's body with zod and lists every problem, or returns the credentials. */
function parseLogin(body: unknown): { username: string; password: string } {
  // TODO (Task 1): loginBody.safeParse(body); on failure throw validationFailed with one
  // { field, message } per issue (field: issue.path joined with '.', or 'body' when empty).
  throw new Error(`Not implemented: parseLogin (Task 1) of a ${typeof body} body`);
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
  // TODO (Task 4): a Map of revoked token ids, here inside createApp.
  // For unknown usernames, run scrypt on a real hash anyway, so that a wrong username takes as
  // long to refuse as a wrong password: timing must not reveal which usernames exist.
  const decoyHash = [...users.values()][0]?.passwordHash ?? '';

  const login = async (req: Request, _res: Response): Promise<void> => {
    const { username } = parseLogin(req.body);
    // TODO (Task 6): a locked username is a 429 too_many_requests with Retry-After, before the
    // password is even checked; record failures and successes.
    // TODO (Task 1): find the user, verifyPassword (against decoyHash for an unknown user), the
    // same 401 for a wrong username or password (missingCredentials), then tokens.issue, the
    // header Cache-Control: no-store, and { token, tokenType: 'Bearer', expiresAt }.
    throw new Error(`Not implemented: POST /login for ${username} (Task 1)`);
  };

  /** Lets the request through only with a valid, unrevoked token of a known user. */
  const authenticate: RequestHandler = async (req, _res, _next) => {
    // TODO (Tasks 2 and 4): no bearer token: missingCredentials(...). tokens.verify(token),
    // turning an InvalidTokenError into invalidToken(). A revoked jti or an unknown username is an
    // invalidToken() too. Then res.locals.session = { user, claims } and next().
    const token = bearerToken(req.get('Authorization'));
    throw new Error(`Not implemented: authenticate (Task 2) for a token of ${token?.length ?? 0} characters`);
  };

  /** After authenticate: 403 when the user is known but lacks the role. */
  const requireAdmin: RequestHandler = (_req, _res, _next) => {
    // TODO (Task 5): HttpError 403 forbidden unless the session's user is an admin.
    throw new Error('Not implemented: requireAdmin (Task 5)');
  };

  const me = (_req: Request, res: Response): void => {
    const { user } = sessionOf(res);
    res.json({ username: user.username, role: user.role });
  };

  const logout = (_req: Request, _res: Response): void => {
    // TODO (Task 4): revoke the session's claims.jti, then answer 204 with no body.
    throw new Error('Not implemented: POST /logout (Task 4)');
  };

  const stats = (_req: Request, _res: Response): void => {
    // TODO (Task 5): { users, admins, lockedUsernames } (Task 6 fills lockedUsernames).
    throw new Error('Not implemented: GET /admin/stats (Task 5)');
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
