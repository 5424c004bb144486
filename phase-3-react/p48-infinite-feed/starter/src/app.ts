// createApp wires one database connection to one Express app: the posts API under /api, and,
// with webDist, the built React app for everything else.
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { postsRouter } from './posts/routes.js';
import { webApp } from './static.js';

export interface AppOptions {
  /** The SQLite file; created, and migrated, when it does not exist yet. */
  dbFile: string;
  /** The clock for createdAt. Tests pass a fake one, which may give many posts the same instant. */
  now?: () => Date;
  /** The built web app (vite build's output folder), served with a history fallback. */
  webDist?: string;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const app = express();
  app.use(postsRouter(db, options.now ?? (() => new Date())));
  if (options.webDist) app.use(webApp(options.webDist));
  app.use(notFound);
  app.use(errorHandler);
  app.locals.close = close;
  return app;
}
