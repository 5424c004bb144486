// Sign-up, sign-in, sign-out and "who am I".
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { validate } from '../validation.js';
import { bearerToken, currentUser, type Guards } from './middleware.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.js';
import { createSession, deleteSession, type NewSession } from './sessions.js';
import { findUserByEmail, insertUser, toUserJson, type UserJson } from './users.js';

const email = z.string().max(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address');

const registerBody = z.strictObject({
  email,
  name: z
    .string()
    .max(100)
    .refine((value) => value.trim().length > 0, 'must not be blank'),
  password: z.string().min(8).max(128),
});

const loginBody = z.strictObject({ email: z.string(), password: z.string() });

function sessionJson(session: NewSession, user: UserJson) {
  return { token: session.token, expiresAt: session.expiresAt.toISOString(), user };
}

/** /auth/register, /auth/login, /auth/logout: the only routes a client without a session reaches. */
export function authRouter(db: Db, now: () => Date, guard: Guards): Router {
  const register = async (req: Request, res: Response): Promise<void> => {
    const input = validate(registerBody, req.body);
    // Hashing first (it awaits), then one synchronous insert: nothing can slip in between.
    const passwordHash = await hashPassword(input.password);
    const user = insertUser(db, { email: input.email, name: input.name, role: 'student', passwordHash }, now());
    if (user === 'taken') {
      throw new HttpError(409, 'conflict', 'An account with this email exists already.', [{ field: 'email', message: 'is taken' }]);
    }
    res.status(201).json(sessionJson(createSession(db, user.id, now()), toUserJson(user)));
  };

  const login = async (req: Request, res: Response): Promise<void> => {
    const input = validate(loginBody, req.body);
    const user = findUserByEmail(db, input.email);
    // An unknown email and a wrong password get the same answer, after the same work: the
    // answer must not tell whether an account exists.
    const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) throw new HttpError(401, 'invalid_credentials', 'The email or the password is wrong.');
    res.json(sessionJson(createSession(db, user.id, now()), toUserJson(user)));
  };

  const logout = (req: Request, res: Response): void => {
    deleteSession(db, bearerToken(req.get('authorization'))!);
    res.status(204).end();
  };

  const router = Router();
  router.route('/register').post(jsonBody, register).all(methodNotAllowed(['POST']));
  router.route('/login').post(jsonBody, login).all(methodNotAllowed(['POST']));
  router.route('/logout').post(guard.signedIn, logout).all(methodNotAllowed(['POST']));
  return router;
}

/** GET /me: the signed-in user. */
export function meRouter(guard: Guards): Router {
  const router = Router();
  router
    .route('/')
    .get(guard.signedIn, (_req, res) => {
      res.json(toUserJson(currentUser(res)));
    })
    .all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
