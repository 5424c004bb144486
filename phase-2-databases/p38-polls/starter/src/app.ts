// createApp wires one database connection to one Express app. Everything lives inside the app it
// returns, so two apps (two tests, two processes, or a restart) never share state but the file.
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { pollsRouter } from './polls/routes.js';

export interface AppOptions {
  /** The SQLite file; created, and migrated, when it does not exist yet. */
  dbFile: string;
  /** The clock for every timestamp and for closesAt. Tests pass a fake one. */
  now?: () => Date;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const app = express();
  app.use(pollsRouter(db, options.now ?? (() => new Date())));
  // Order matters: these two run only when nothing above answered.
  app.use(notFound);
  app.use(errorHandler);
  app.locals.close = close;
  return app;
}
