// createApp wires one database connection to one Express app. Everything lives inside the
// app it returns, so two apps (two tests, or a test and a restart) never share state.
import express, { type Express } from 'express';
import { authorsRouter } from './authors/routes.js';
import { booksRouter } from './books/routes.js';
import { openDatabase } from './db/client.js';
import { errorHandler, notFound } from './errors.js';

export interface AppOptions {
  /**
   * The SQLite file. A new file is created at the latest version; an older one is migrated to
   * it, keeping every row; a newer one is refused with SchemaTooNewError (see db/client.ts).
   */
  dbFile: string;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);

  const app = express();
  app.use('/books', booksRouter(db));
  app.use('/authors', authorsRouter(db));
  // Order matters: these two run only when nothing above answered.
  app.use(notFound);
  app.use(errorHandler);

  // Whoever stops the app (server.ts on Ctrl+C, a test when it ends) closes the database.
  app.locals.close = close;
  return app;
}
