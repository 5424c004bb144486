// Request inspector: an echo service that shows a client what the server sees of its request.
// createApp builds a fresh app each time from its options alone, so two apps in one process (say,
// one trusting a proxy and one not) never share anything.
import express, { type Express, type Request, type Response } from 'express';
import { cors } from './cors.js';
import { errorHandler, methodNotAllowed, notFound } from './errors.js';
import { inspectRequest } from './inspect.js';

/**
 * Which peers may tell us, through X-Forwarded-For and X-Forwarded-Proto, who the client is:
 * nobody (false), everybody (true), the last N hops (a number), or these addresses and CIDR
 * ranges. Passed as it is to Express's `trust proxy` setting.
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

function clientIp(req: Request, res: Response): void {
  res.json({ ip: req.ip });
}

export function createApp(options: AppOptions = {}): Express {
  const { trustProxy = false, allowedOrigins = [], maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options;
  const app = express();

  // req.ip and req.protocol read X-Forwarded-For and X-Forwarded-Proto only from trusted peers.
  app.set('trust proxy', trustProxy);

  // Before the routes, so that preflights are answered here and every response, errors included,
  // carries the CORS headers a browser needs to let the page read it.
  app.use(cors(allowedOrigins));

  // Read any body, whatever its Content-Type, as a Buffer: inspectRequest decides how to show it.
  // express.raw also decodes gzip, deflate and br, refuses other encodings (415) and stops
  // reading past the limit (413), counted after decompression.
  const readBody = express.raw({ type: () => true, limit: maxBodyBytes });
  app.all('/inspect', readBody, (req, res) => {
    res.json(inspectRequest(req));
  });
  app.route('/ip').get(clientIp).all(methodNotAllowed(['GET', 'HEAD']));

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
