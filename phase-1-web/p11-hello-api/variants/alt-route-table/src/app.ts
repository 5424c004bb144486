// Hello API in one file: a table says which methods each path answers; one middleware answers
// 404 and 405 from it, and one error middleware turns every failure into the JSON error shape.
import express, { type ErrorRequestHandler, type Express, type NextFunction, type Request, type Response } from 'express';

export interface AppOptions {
  now?: () => Date;
}

export const BODY_LIMIT_BYTES = 1024;

export const ROUTES = [
  { method: 'GET', path: '/', description: 'Welcome and the list of routes.' },
  { method: 'GET', path: '/hello', description: 'Greets ?name= (default: world).' },
  { method: 'POST', path: '/hello', description: 'Greets the name of a JSON body.' },
  { method: 'GET', path: '/health', description: 'Status, time and uptime.' },
];

class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: Array<{ field: string; message: string }>) {
    super(message);
  }
}

const fieldError = (field: string, message: string) => new ApiError(400, 'validation_failed', `${field} ${message}`, [{ field, message }]);

function nameFrom(value: unknown): string {
  if (value === undefined) return 'world';
  if (typeof value !== 'string') throw fieldError('name', 'must be one string');
  const trimmed = value.trim();
  if (trimmed.length === 0) throw fieldError('name', 'is empty');
  if (Array.from(trimmed).length > 100) throw fieldError('name', 'is longer than 100 characters');
  return trimmed;
}

const ALLOWED: Record<string, string[]> = { '/': ['GET', 'HEAD'], '/hello': ['GET', 'HEAD', 'POST'], '/health': ['GET', 'HEAD'] };

function classify(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof URIError) return new ApiError(400, 'bad_request', `The URL is not valid: ${error.message}`);
  const e = (error ?? {}) as { type?: unknown; status?: unknown; statusCode?: unknown; expose?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status === 413) return new ApiError(413, 'payload_too_large', 'At most 1024 bytes.');
  if (status === 415) return new ApiError(415, 'unsupported_media_type', 'Only UTF-8 JSON, uncompressed, gzip or deflate.');
  if (status === 400 && (typeof e.type === 'string' || e.expose === true)) return new ApiError(400, 'invalid_json', 'The body could not be read as JSON.');
  if (status >= 400 && status < 500 && e.expose === true) return new ApiError(status, 'bad_request', 'Bad request.');
  return new ApiError(500, 'internal', 'Internal error.');
}

export function createApp(options: AppOptions = {}): Express {
  const clock = options.now ?? (() => new Date());
  const bootTime = clock().getTime();
  const app = express();

  app.use((req: Request, _res: Response, next: NextFunction) => {
    const methods = ALLOWED[req.path];
    if (methods === undefined) return next(new ApiError(404, 'not_found', `Nothing at ${req.path}.`));
    if (!methods.includes(req.method)) {
      _res.set('Allow', methods.join(','));
      return next(new ApiError(405, 'method_not_allowed', `${req.method} is not allowed here.`));
    }
    next();
  });

  app.get('/', (_req, res) => {
    res.json({ name: 'hello-api', version: '0.1.0', message: 'Hello! See routes.', routes: ROUTES });
  });
  app.get('/health', (_req, res) => {
    const at = clock();
    res.json({ status: 'ok', time: at.toISOString(), uptimeSeconds: Math.max(0, Math.floor((at.getTime() - bootTime) / 1000)) });
  });
  app.get('/hello', (req, res) => {
    res.json({ greeting: `Hello, ${nameFrom(req.query.name)}!` });
  });
  app.post(
    '/hello',
    (req, _res, next) => next(req.is('application/json') ? undefined : new ApiError(415, 'unsupported_media_type', 'Use Content-Type: application/json.')),
    express.json({ limit: BODY_LIMIT_BYTES, strict: false }),
    (req, res) => {
      const body: unknown = req.body;
      if (body === null || typeof body !== 'object' || Array.isArray(body)) throw fieldError('body', 'must be a JSON object');
      res.json({ greeting: `Hello, ${nameFrom((body as { name?: unknown }).name)}!` });
    },
  );

  const onError: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const failure = classify(error);
    res.status(failure.status).json({ error: { code: failure.code, message: failure.message, ...(failure.details ? { details: failure.details } : {}) } });
  };
  app.use(onError);
  return app;
}
