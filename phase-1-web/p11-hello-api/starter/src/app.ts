// Hello API: a welcome route, a greeting from a query string or a JSON body, a health check, and
// JSON errors for everything else. createApp builds a fresh app each time and keeps all its state
// inside, so two apps in one process never share anything: never store anything at module level.
//
// An Express app is a list of routes and middleware that a request walks through in the order
// they were registered: https://expressjs.com/en/guide/routing.html
import express, { type Express, type Request, type Response } from 'express';
// HttpError, methodNotAllowed and notFound are for Tasks 4 and 5.
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

function welcome(_req: Request, _res: Response): void {
  // TODO (Task 1): res.json({ name: 'hello-api', version, message, routes: ROUTES }).
  throw new Error('Not implemented: GET / (Task 1)');
}

function helloFromQuery(_req: Request, _res: Response): void {
  // TODO (Task 3): greet the name from req.query.name, checked by parseName.
  throw new Error('Not implemented: GET /hello (Task 3)');
}

function helloFromBody(_req: Request, _res: Response): void {
  // TODO (Task 5): req.body must be a JSON object (not an array): otherwise throw a 400
  // validation_failed HttpError whose details name the field "body". Then greet req.body.name,
  // checked by the same parseName.
  throw new Error('Not implemented: POST /hello (Task 5)');
}

export function createApp(options: AppOptions = {}): Express {
  const now = options.now ?? (() => new Date());

  const app = express();

  app.get('/', welcome);
  app.get('/hello', helloFromQuery);
  // TODO (Task 5): before helloFromBody, refuse bodies that are not JSON (415, see req.is) and
  // parse the JSON with express.json({ limit: BODY_LIMIT_BYTES }).
  app.post('/hello', helloFromBody);
  app.get('/health', (_req, _res) => {
    // TODO (Task 2): { status: 'ok', time, uptimeSeconds }, from now() only: remember now() when
    // createApp runs, and compare with now() here.
    throw new Error(`Not implemented: GET /health (Task 2), the clock says ${now().toISOString()}`);
  });

  // TODO (Task 4): answer the other methods of these three paths with a 405 (methodNotAllowed,
  // through app.route(path)...all()) and every other path with a 404 (notFound).

  // The error-handling middleware comes last, after every route.
  app.use(errorHandler);
  return app;
}
