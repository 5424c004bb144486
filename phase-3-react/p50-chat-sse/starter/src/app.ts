// createApp wires one database connection and one hub of open event streams to one Express app:
// the chat API under /api, and, with webDist, the built React app for everything else.
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';
import { createHub } from './rooms/hub.js';
import { roomsRouter } from './rooms/routes.js';
import { webApp } from './static.js';

export interface AppOptions {
  /** The SQLite file; created, and migrated, when it does not exist yet. */
  dbFile: string;
  /** The clock for createdAt. Tests pass a fake one. */
  now?: () => Date;
  /** The built web app (vite build's output folder), served with a history fallback. */
  webDist?: string;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const hub = createHub();
  const app = express();
  app.use(roomsRouter(db, hub, options.now ?? (() => new Date())));
  if (options.webDist) app.use(webApp(options.webDist));
  app.use(notFound);
  app.use(errorHandler);
  // Open streams first: a server cannot finish closing while a stream keeps its connection.
  app.locals.close = () => {
    hub.closeAll();
    close();
  };
  return app;
}
