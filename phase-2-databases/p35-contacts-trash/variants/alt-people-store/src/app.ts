// The contacts book: one connection, one store, one router.
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { routes } from './http.js';
import { Store } from './store.js';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const app = express();
  app.use(routes(new Store(db), options.now ?? (() => new Date())));
  app.use(notFound);
  app.use(errorHandler);
  app.locals.close = close;
  return app;
}
