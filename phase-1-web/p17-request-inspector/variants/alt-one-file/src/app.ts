// The request inspector in one module: each concern is a small function next to the routes.
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { errorHandler, HttpError, methodNotAllowed, notFound } from './errors.js';

export type TrustProxy = boolean | number | string[];
export interface AppOptions {
  trustProxy?: TrustProxy;
  allowedOrigins?: string[];
  maxBodyBytes?: number;
}

const HIDDEN = new Map<string, string>([
  ['authorization', '[redacted]'],
  ['cookie', '[redacted]'],
]);

const BROWSERS: ReadonlyArray<readonly [token: string, name: string]> = [
  ['Edg/', 'Edge'],
  ['OPR/', 'Opera'],
  ['Firefox/', 'Firefox'],
  ['Chrome/', 'Chrome'],
  ['Safari/', 'Safari'],
  ['curl/', 'curl'],
];

const PREFLIGHT_HEADERS = new Set(['content-type', 'authorization', 'x-request-id']);

function describeBody(bytes: unknown, contentType: string | undefined): unknown {
  if (!(bytes instanceof Buffer) || bytes.byteLength === 0) return null;
  const media = /^\s*([^;\s]*)/.exec(contentType ?? '')?.[1]?.toLowerCase() ?? '';
  if (media === 'application/json') {
    try {
      return JSON.parse(bytes.toString('utf8')) as unknown;
    } catch {
      throw new HttpError(400, 'invalid_json', 'Malformed JSON body.');
    }
  }
  if (media === 'application/x-www-form-urlencoded') {
    const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
    const params = new URLSearchParams(bytes.toString('utf8'));
    for (const key of new Set(params.keys())) {
      const all = params.getAll(key);
      out[key] = all.length === 1 ? all[0]! : all;
    }
    return out;
  }
  if (/^text\//.test(media)) return bytes.toString('utf8');
  return { bytes: bytes.byteLength };
}

function corsFor(allowedOrigins: readonly string[]) {
  const listed = new Set(allowedOrigins);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (listed.size > 0) res.vary('Origin');
    const origin = req.headers.origin;
    if (typeof origin !== 'string') return next();
    const decision = listed.has(origin) ? { value: origin, credentials: true } : listed.has('*') ? { value: '*', credentials: false } : undefined;
    if (decision) {
      res.setHeader('Access-Control-Allow-Origin', decision.value);
      if (decision.credentials) res.setHeader('Access-Control-Allow-Credentials', 'true');
    }
    if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return next();
    if (!decision) return next(new HttpError(403, 'forbidden', 'Origin not allowed.'));
    const asked = String(req.headers['access-control-request-headers'] ?? '');
    const granted = asked.split(',').map((h) => h.trim().toLowerCase()).filter((h) => PREFLIGHT_HEADERS.has(h));
    res.setHeader('Access-Control-Allow-Methods', 'GET,HEAD,POST,PUT,PATCH,DELETE');
    if (granted.length) res.setHeader('Access-Control-Allow-Headers', granted.join(','));
    res.setHeader('Access-Control-Max-Age', '600');
    res.sendStatus(204);
  };
}

export function createApp(options: AppOptions = {}): Express {
  const app = express();
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(corsFor(options.allowedOrigins ?? []));
  app.all('/inspect', express.raw({ type: () => true, limit: options.maxBodyBytes ?? 16384 }), (req, res) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = HIDDEN.get(name) ?? value;
    const ua = req.headers['user-agent'] ?? null;
    const length = req.headers['content-length'];
    res.json({
      method: req.method,
      path: req.path,
      query: req.query,
      headers,
      body: describeBody(req.body, req.headers['content-type']),
      ip: req.ip,
      protocol: req.protocol,
      userAgent: { raw: ua, browser: ua === null ? null : (BROWSERS.find(([token]) => ua.includes(token))?.[1] ?? null) },
      contentLength: length === undefined ? null : Number(length),
    });
  });
  app.get('/ip', (req, res) => {
    res.json({ ip: req.ip });
  });
  app.all('/ip', methodNotAllowed(['GET', 'HEAD']));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
