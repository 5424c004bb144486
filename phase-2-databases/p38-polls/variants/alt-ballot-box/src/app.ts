import express, { type Express } from 'express';
import { BallotBox } from './ballot-box.js';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { web } from './web.js';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const app = express();
  app.use(web(new BallotBox(db), options.now ?? (() => new Date())));
  app.use(notFound);
  app.use(errorHandler);
  app.locals.close = close;
  return app;
}
