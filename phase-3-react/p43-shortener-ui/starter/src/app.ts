// createApp wires one database connection to one Express app: the links API under /api, the
// short links (GET /:code), and, with webDist, the built React app for everything else.
import { randomInt } from 'node:crypto';
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { createLinkRepository } from './links/repository.js';
import { linksRouter, redirectRouter, type LinkDeps } from './links/routes.js';
import { webApp } from './static.js';

export interface AppOptions {
  /** The SQLite file; created, and migrated, when it does not exist yet. */
  dbFile: string;
  /** The clock for createdAt and the day of each click. Tests pass a fake one. */
  now?: () => Date;
  /** A number in [0, 1) per call, like Math.random: the source of generated codes. */
  random?: () => number;
  /** What shortUrl starts with, without a trailing slash. */
  baseUrl?: string;
  /** The built web app (vite build's output folder), served with a history fallback. */
  webDist?: string;
}

/** Unguessable by default: codes from the operating system's cryptographic generator. */
const RESOLUTION = 2 ** 32;
const cryptoRandom = (): number => randomInt(RESOLUTION) / RESOLUTION;

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const deps: LinkDeps = {
    repo: createLinkRepository(db),
    now: options.now ?? (() => new Date()),
    random: options.random ?? cryptoRandom,
    baseUrl: options.baseUrl ?? 'http://localhost:3000',
  };
  const app = express();
  app.use(linksRouter(deps));
  // TODO (Task 2): mount redirectRouter(deps). Where it goes among these lines matters: SPEC.md,
  // Task 8.
  void redirectRouter;
  if (options.webDist) app.use(webApp(options.webDist));
  app.use(notFound);
  app.use(errorHandler);
  app.locals.close = close;
  return app;
}
