// Who is calling, and may they? Every route but sign-up and sign-in runs one of these first:
// 401 when there is no valid session, 403 when the user's role may not use the route. Both come
// before anything about the body or the ids (SPEC, Interface "Order of checks").
import type { RequestHandler, Response } from 'express';
import type { Db } from '../db/client.js';
import type { Role, UserRow } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { findSessionUser } from './sessions.js';

/** `Authorization: Bearer <token>`: the scheme as written, one space, then the token. */
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/;

export function bearerToken(header: string | undefined): string | undefined {
  return header ? BEARER.exec(header)?.[1] : undefined;
}

/** The signed-in user, set by the guards below. */
export function currentUser(res: Response): UserRow {
  return res.locals.user as UserRow;
}

export interface Guards {
  /** Any signed-in user. */
  signedIn: RequestHandler;
  student: RequestHandler;
  admin: RequestHandler;
}

export function guards(db: Db, now: () => Date): Guards {
  const authenticate = (roles: readonly Role[]): RequestHandler => {
    return (req, res, next) => {
      const token = bearerToken(req.get('authorization'));
      const user = token === undefined ? undefined : findSessionUser(db, token, now());
      if (!user) throw new HttpError(401, 'unauthenticated', 'Sign in first: send Authorization: Bearer <token> with a valid session token.');
      if (!roles.includes(user.role)) throw new HttpError(403, 'forbidden', `This route is for ${roles.join(' or ')} users.`);
      res.locals.user = user;
      next();
    };
  };
  return { signedIn: authenticate(['student', 'admin']), student: authenticate(['student']), admin: authenticate(['admin']) };
}
