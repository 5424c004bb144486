// createApp wires one database connection and one images folder to one Express app: the images
// API under /api, and, with webDist, the built React app for everything else.
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { imagesRouter } from './images/routes.js';
import { imageStore } from './images/store.js';
import { DEFAULT_MAX_BYTES } from './images/upload.js';
import { webApp } from './static.js';

export interface AppOptions {
  /** The SQLite file; created, and migrated, when it does not exist yet. Images go to images/ beside it. */
  dbFile: string;
  /** The clock for createdAt. Tests pass a fake one. */
  now?: () => Date;
  /** The largest image accepted, in bytes. Default 2 MiB (2097152). */
  maxBytes?: number;
  /** The built web app (vite build's output folder), served with a history fallback. */
  webDist?: string;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const app = express();
  app.use(imagesRouter(db, imageStore(options.dbFile), options.now ?? (() => new Date()), options.maxBytes ?? DEFAULT_MAX_BYTES));
  if (options.webDist) app.use(webApp(options.webDist));
  app.use(notFound);
  app.use(errorHandler);
  app.locals.close = close;
  return app;
}
