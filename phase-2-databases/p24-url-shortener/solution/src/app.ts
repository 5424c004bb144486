// createApp wires one database connection to one Express app. Everything lives inside the
// app it returns, so two apps (two tests, or a test and a restart) never share state.
import { randomInt } from 'node:crypto';
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { createClickCounter } from './links/click-counter.js';
import { createLinkRepository } from './links/repository.js';
import { linksRouter, redirectRouter, type LinkDeps } from './links/routes.js';

export interface AppOptions {
  /** The SQLite file; created, and migrated, when it does not exist yet. */
  dbFile: string;
  /** The clock for createdAt, clicks and expiry. Tests pass a fake one; the server uses the system time. */
  now?: () => Date;
  /** A number in [0, 1) per call, like Math.random: the source of generated codes. Tests pass a seeded one. */
  random?: () => number;
  /** What shortUrl starts with, without a trailing slash. */
  baseUrl?: string;
}

/** Unguessable by default: codes from the operating system's cryptographic generator. */
const RESOLUTION = 2 ** 32;
const cryptoRandom = (): number => randomInt(RESOLUTION) / RESOLUTION;

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const repo = createLinkRepository(db);
  const clicks = createClickCounter(repo);
  const deps: LinkDeps = {
    repo,
    clicks,
    now: options.now ?? (() => new Date()),
    random: options.random ?? cryptoRandom,
    baseUrl: options.baseUrl ?? 'http://localhost:3000',
  };

  const app = express();
  app.use('/links', linksRouter(deps));
  // After /links: a short code is any other one-segment path.
  app.use('/', redirectRouter(deps));
  // Order matters: these two run only when nothing above answered.
  app.use(notFound);
  app.use(errorHandler);

  // Whoever stops the app (server.ts on Ctrl+C, a test when it ends) closes the database.
  // Clicks still waiting for their commit are written first.
  app.locals.close = () => {
    clicks.flush();
    close();
  };
  return app;
}
