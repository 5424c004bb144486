// Request inspector: an echo service that shows a client what the server sees of its request.
// createApp builds a fresh app each time from its options alone: never store anything at module
// level, so two apps in one process (one trusting a proxy, one not) never share anything.
import express, { type Express, type Request, type Response } from 'express';
import { cors } from './cors.js';
import { errorHandler, methodNotAllowed, notFound } from './errors.js';
import { inspectRequest } from './inspect.js';

/**
 * Which peers may tell us, through X-Forwarded-For and X-Forwarded-Proto, who the client is:
 * nobody (false), everybody (true), the last N hops (a number), or these addresses and CIDR
 * ranges. Express's `trust proxy` setting takes exactly these values.
 */
export type TrustProxy = boolean | number | string[];

export interface AppOptions {
  /** Default: false, the socket's peer is the client and forwarding headers are ignored. */
  trustProxy?: TrustProxy;
  /** Origins allowed by CORS, such as "https://app.example", or "*". Default: none. */
  allowedOrigins?: string[];
  /** The largest body /inspect reads, in bytes, after decompression. Default: 16 KiB. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

function clientIp(_req: Request, _res: Response): void {
  // TODO (Task 4): { ip: req.ip }, once the trust proxy setting is in place.
  throw new Error('Not implemented: GET /ip (Task 4)');
}

export function createApp(options: AppOptions = {}): Express {
  const { trustProxy = false, allowedOrigins = [], maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options;
  const app = express();

  // TODO (Task 4): hand trustProxy to Express's 'trust proxy' setting (app.set).
  void trustProxy;

  // TODO (Tasks 5 and 6): the CORS middleware runs before every route. Write it in src/cors.ts.
  app.use(cors(allowedOrigins));

  // TODO (Task 2): read the body before the handler, whatever its Content-Type, with
  // express.raw({ type: () => true, limit: maxBodyBytes }).
  void maxBodyBytes;
  app.all('/inspect', (req, res) => {
    res.json(inspectRequest(req));
  });
  app.route('/ip').get(clientIp).all(methodNotAllowed(['GET', 'HEAD']));

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
