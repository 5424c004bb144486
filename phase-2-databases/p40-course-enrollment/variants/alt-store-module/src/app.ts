// This variant: one Store for the data, one router for HTTP.
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { routes } from './http.js';
import { Store } from './store.js';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
  adminEmail?: string;
  adminPassword?: string;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const store = new Store(db);
  if (options.adminEmail && options.adminPassword) store.seedAdmin(options.adminEmail, options.adminPassword);
  const app = express();
  app.use(routes(store, options.now ?? (() => new Date())));
  app.use(notFound);
  app.use(errorHandler);
  app.locals.close = close;
  return app;
}
