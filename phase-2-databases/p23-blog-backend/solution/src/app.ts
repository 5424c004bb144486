// createApp wires one database connection to one Express app. Everything lives inside the
// app it returns, so two apps (two tests, or a test and a restart) never share state.
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { adminCommentsRouter, postCommentsRouter } from './comments/routes.js';
import { errorHandler, notFound } from './errors.js';
import { adminPostsRouter, publicPostsRouter } from './posts/routes.js';

export interface AppOptions {
  /** The SQLite file; created, and migrated, when it does not exist yet. */
  dbFile: string;
  /** The clock for createdAt, updatedAt and publishedAt. Tests pass a fake one; the server uses the system time. */
  now?: () => Date;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const now = options.now ?? (() => new Date());

  const app = express();
  // What readers see.
  app.use('/posts', publicPostsRouter(db));
  app.use('/posts', postCommentsRouter(db, now));
  // What the author uses. Anyone can call these for now: authentication comes in phase 3.
  app.use('/admin/posts', adminPostsRouter(db, now));
  app.use('/admin/comments', adminCommentsRouter(db));
  // Order matters: these two run only when nothing above answered.
  app.use(notFound);
  app.use(errorHandler);

  // Whoever stops the app (server.ts on Ctrl+C, a test when it ends) closes the database.
  app.locals.close = close;
  return app;
}
