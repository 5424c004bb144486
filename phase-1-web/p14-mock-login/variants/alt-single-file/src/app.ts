// Mock login, from the SPEC alone: one file, a router, a LoginGuard class for the lockout that
// keeps the failure times of each username, and jose called directly.
import { randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { errorHandler, HttpError, methodNotAllowed, notFound, validationFailed } from './errors.js';
import { DEFAULT_USERS, type User } from './users.js';

export interface AppOptions {
  now?: () => Date;
  users?: readonly User[];
  secret?: string;
  tokenTtlSeconds?: number;
  maxFailures?: number;
  lockoutSeconds?: number;
}

const STORED = /^scrypt\$([0-9]+)\$([0-9a-f]{32})\$([0-9a-f]{128})$/;

function passwordMatches(password: string, stored: string): boolean {
  const parts = STORED.exec(stored);
  if (!parts) return false;
  const n = Number(parts[1]);
  if (![1024, 2048, 4096, 8192, 16384, 32768].includes(n)) return false;
  const key = scryptSync(password, Buffer.from(parts[2]!, 'hex'), 64, { N: n, r: 8, p: 1 });
  return timingSafeEqual(key, Buffer.from(parts[3]!, 'hex'));
}

class LoginGuard {
  private readonly failures = new Map<string, number[]>();
  private readonly locks = new Map<string, number>();
  constructor(private readonly max: number, private readonly windowMs: number, private readonly clock: () => Date) {}

  secondsLeft(name: string): number {
    const until = this.locks.get(name);
    const t = this.clock().getTime();
    if (until === undefined) return 0;
    if (t >= until) {
      this.locks.delete(name);
      return 0;
    }
    return Math.ceil((until - t) / 1000);
  }

  failed(name: string): void {
    const t = this.clock().getTime();
    const times = this.failures.get(name) ?? [];
    const last = times[times.length - 1];
    const run = last !== undefined && t - last < this.windowMs ? [...times, t] : [t];
    if (run.length >= this.max) {
      this.locks.set(name, t + this.windowMs);
      this.failures.delete(name);
    } else {
      this.failures.set(name, run);
    }
  }

  succeeded(name: string): void {
    this.failures.delete(name);
  }

  locked(): string[] {
    return [...this.locks.keys()].filter((name) => this.secondsLeft(name) > 0).sort();
  }
}

const challenge = 'Bearer realm="mock-login"';
const noCredentials = () => new HttpError(401, 'unauthorized', 'Wrong username or password, or no token.', undefined, { 'WWW-Authenticate': challenge });
const badToken = () => new HttpError(401, 'unauthorized', 'Bad token.', undefined, { 'WWW-Authenticate': `${challenge}, error="invalid_token"` });

export function createApp(options: AppOptions = {}): Express {
  const clock = options.now ?? (() => new Date());
  const people = new Map<string, User>();
  for (const user of options.users ?? DEFAULT_USERS) people.set(user.username, user);
  const key = new TextEncoder().encode(options.secret ?? randomBytes(32).toString('base64'));
  const ttl = options.tokenTtlSeconds ?? 900;
  const guard = new LoginGuard(options.maxFailures ?? 5, (options.lockoutSeconds ?? 300) * 1000, clock);
  const revokedIds = new Set<string>();
  const decoy = [...people.values()][0]?.passwordHash ?? `scrypt$1024$${'0'.repeat(32)}$${'0'.repeat(128)}`;

  async function whoIs(req: Request, res: Response, next: NextFunction): Promise<void> {
    const header = req.headers.authorization;
    if (header === undefined) throw noCredentials();
    const space = header.indexOf(' ');
    const scheme = space === -1 ? header : header.slice(0, space);
    if (scheme.toLowerCase() !== 'bearer') throw noCredentials();
    const token = space === -1 ? '' : header.slice(space + 1);
    let payload;
    try {
      ({ payload } = await jwtVerify(token, key, { algorithms: ['HS256'], currentDate: clock(), requiredClaims: ['sub', 'jti', 'exp'] }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) throw badToken();
      throw error;
    }
    if (typeof payload.sub !== 'string' || typeof payload.jti !== 'string') throw badToken();
    const user = people.get(payload.sub);
    if (!user || revokedIds.has(payload.jti)) throw badToken();
    res.locals.user = user;
    res.locals.jti = payload.jti;
    next();
  }

  const router = express.Router();
  router.route('/login')
    .post(
      (req, _res, next) => {
        if (!req.is('application/json')) throw new HttpError(415, 'unsupported_media_type', 'JSON only.');
        next();
      },
      express.json({ limit: 2048 }),
      async (req, res) => {
        const body: unknown = req.body;
        if (typeof body !== 'object' || body === null || Array.isArray(body)) throw validationFailed([{ field: 'body', message: 'must be a JSON object' }]);
        const { username, password } = body as Record<string, unknown>;
        const problems = [];
        if (typeof username !== 'string' || username.length < 1 || username.length > 100) problems.push({ field: 'username', message: 'must be 1 to 100 characters' });
        if (typeof password !== 'string' || password.length < 1 || password.length > 200) problems.push({ field: 'password', message: 'must be 1 to 200 characters' });
        if (problems.length > 0) throw validationFailed(problems);
        const name = username as string;
        const wait = guard.secondsLeft(name);
        if (wait > 0) throw new HttpError(429, 'too_many_requests', 'Locked.', undefined, { 'Retry-After': String(wait) });
        const user = people.get(name);
        const ok = passwordMatches(password as string, user?.passwordHash ?? decoy);
        if (!user || !ok) {
          guard.failed(name);
          throw noCredentials();
        }
        guard.succeeded(name);
        const iat = Math.floor(clock().getTime() / 1000);
        const exp = iat + ttl;
        const token = await new SignJWT({ role: user.role, sub: user.username, jti: randomUUID(), iat, exp })
          .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
          .sign(key);
        res.setHeader('Cache-Control', 'no-store');
        res.json({ token, tokenType: 'Bearer', expiresAt: new Date(exp * 1000).toISOString() });
      },
    )
    .all(methodNotAllowed(['POST']));
  router.route('/me')
    .get(whoIs, (_req, res) => {
      const user = res.locals.user as User;
      res.json({ username: user.username, role: user.role });
    })
    .all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/logout')
    .post(whoIs, (_req, res) => {
      revokedIds.add(res.locals.jti as string);
      res.sendStatus(204);
    })
    .all(methodNotAllowed(['POST']));
  router.route('/admin/stats')
    .get(whoIs, (_req, res, next) => {
      if ((res.locals.user as User).role !== 'admin') throw new HttpError(403, 'forbidden', 'Admins only.');
      next();
    }, (_req, res) => {
      const everyone = [...people.values()];
      res.json({ users: everyone.length, admins: everyone.filter((u) => u.role === 'admin').length, lockedUsernames: guard.locked() });
    })
    .all(methodNotAllowed(['GET', 'HEAD']));

  const app = express();
  app.use(router);
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
