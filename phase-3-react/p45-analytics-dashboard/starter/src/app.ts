// createApp wires one database connection to one Express app: the events and statistics API
// under /api, and, with webDist, the built React dashboard for everything else.
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { eventsRouter } from './events/routes.js';
import { webApp } from './static.js';
import { statsRouter } from './stats/routes.js';

export interface AppOptions {
  /** The SQLite file; created, and migrated, when it does not exist yet. */
  dbFile: string;
  /** The clock for an event sent without occurredAt. Tests pass a fake one. */
  now?: () => Date;
  /** The built web app (vite build's output folder), served with a history fallback. */
  webDist?: string;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const app = express();
  app.use(eventsRouter(db, options.now ?? (() => new Date())));
  app.use(statsRouter(db));
  if (options.webDist) app.use(webApp(options.webDist));
  app.use(notFound);
  app.use(errorHandler);
  app.locals.close = close;
  return app;
}
