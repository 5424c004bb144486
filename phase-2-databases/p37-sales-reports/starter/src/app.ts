// createApp wires one database connection to one Express app. Everything lives inside the
// app it returns, so two apps (two tests, or a test and a restart) never share state.
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { reportsRouter } from './reporting/routes.js';
import { salesRouter } from './sales/routes.js';

export interface AppOptions {
  /** The SQLite file; created, and migrated, when it does not exist yet. */
  dbFile: string;
  /** The clock for a sale sent without soldAt. Tests pass a fake one; the server uses the system time. */
  now?: () => Date;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const now = options.now ?? (() => new Date());

  const app = express();
  app.use('/sales', salesRouter(db, now));
  app.use('/reports', reportsRouter(db));
  // Order matters: these two run only when nothing above answered.
  app.use(notFound);
  app.use(errorHandler);

  // Whoever stops the app (server.ts on Ctrl+C, a test when it ends) closes the database.
  app.locals.close = close;
  return app;
}
