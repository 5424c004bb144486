// Hello API: a welcome route, a greeting from a query string or a JSON body, a health check, and
// JSON errors for everything else. createApp builds a fresh app each time and keeps all its state
// (here, only when it started) inside, so two apps in one process never share anything.
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { errorHandler, HttpError, methodNotAllowed, notFound } from './errors.js';
import { greet, parseName } from './greeting.js';

export interface AppOptions {
  /** The clock. Tests pass a fake one; the real server uses the system time. */
  now?: () => Date;
}

/** The largest JSON body POST /hello reads: 1 KiB is plenty for one name. */
export const BODY_LIMIT_BYTES = 1024;

/** What GET / lists. HEAD is left out: it is implied wherever GET is. */
export const ROUTES = [
  { method: 'GET', path: '/', description: 'This welcome message.' },
  { method: 'GET', path: '/hello', description: 'A greeting: /hello?name=Ada (the name is optional).' },
  { method: 'POST', path: '/hello', description: 'A greeting for the JSON body {"name": "Ada"}.' },
  { method: 'GET', path: '/health', description: 'Whether the API is up, the time and the uptime in seconds.' },
] as const;

function welcome(_req: Request, res: Response): void {
  res.json({ name: 'hello-api', version: '1.0.0', message: 'Welcome to Hello API.', routes: ROUTES });
}

function helloFromQuery(req: Request, res: Response): void {
  res.json(greet(parseName(req.query.name)));
}

function helloFromBody(req: Request, res: Response): void {
  // express.json() in its default strict mode only lets JSON objects and arrays through (a bare
  // "Ada" or 42 is already an invalid_json error), and only an object can have a `name` field.
  if (Array.isArray(req.body)) {
    throw new HttpError(400, 'validation_failed', 'The body must be a JSON object such as {"name": "Ada"}.', [{ field: 'body', message: 'must be a JSON object' }]);
  }
  const { name } = req.body as { name?: unknown };
  res.json(greet(parseName(name)));
}

/**
 * Refuses a body that is not JSON before reading it. express.json() alone would silently skip
 * such a body and leave req.body undefined, and the client would never learn what was wrong.
 * req.is() compares media types, so `application/json; charset=utf-8` matches too.
 */
const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as JSON with the header Content-Type: application/json.');
  }
  next();
};

export function createApp(options: AppOptions = {}): Express {
  const now = options.now ?? (() => new Date());
  const startedAt = now();

  const health = (_req: Request, res: Response): void => {
    const current = now();
    // A clock that moves backwards (a test, or the system clock being corrected) must not
    // produce a negative uptime.
    const uptimeSeconds = Math.max(0, Math.round((current.getTime() - startedAt.getTime()) / 1000));
    res.json({ status: 'ok', time: current.toISOString(), uptimeSeconds });
  };

  const app = express();

  // Each path lists its methods, then .all() catches every other method with a 405. Express
  // answers HEAD with the GET handler (headers only), so GET routes allow HEAD too. The body is
  // parsed only on POST /hello: a body sent to a wrong path or method is never read.
  app.route('/').get(welcome).all(methodNotAllowed(['GET', 'HEAD']));
  app
    .route('/hello')
    .get(helloFromQuery)
    .post(requireJson, express.json({ limit: BODY_LIMIT_BYTES }), helloFromBody)
    .all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  app.route('/health').get(health).all(methodNotAllowed(['GET', 'HEAD']));

  // Order matters: these two run only when nothing above answered.
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
