import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { reportsRouter } from './reporting/routes.js';
import { salesRouter } from './sales/routes.js';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const app = express();
  app.use('/reports', reportsRouter(db));
  app.use('/sales', salesRouter(db, options.now ?? (() => new Date())));
  app.use(notFound);
  app.use(errorHandler);
  app.locals.close = close;
  return app;
}
