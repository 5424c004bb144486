// createApp wires one database connection to one Express app. Everything lives inside the
// app it returns, so two apps (two tests, or a test and a restart) never share state.
import express, { type Express } from 'express';
import { guards } from './auth/middleware.js';
import { authRouter, meRouter } from './auth/routes.js';
import { seedAdmin } from './auth/users.js';
import { coursesRouter } from './courses/routes.js';
import { openDatabase } from './db/client.js';
import { enrolmentsRouter } from './enrolments/routes.js';
import { errorHandler, notFound } from './errors.js';
import { studentsRouter } from './grades/routes.js';

export interface AppOptions {
  /** The SQLite file; created, and migrated, when it does not exist yet. */
  dbFile: string;
  /** The clock for sessions. Tests pass a fake one; the server uses the system time. */
  now?: () => Date;
  /** With adminPassword: the account of the first admin, created when no user has this email. */
  adminEmail?: string;
  adminPassword?: string;
}

export function createApp(options: AppOptions): Express {
  const { db, close } = openDatabase(options.dbFile);
  const now = options.now ?? (() => new Date());
  if (options.adminEmail !== undefined && options.adminPassword !== undefined) {
    seedAdmin(db, options.adminEmail, options.adminPassword, now());
  }
  const guard = guards(db, now);

  const app = express();
  app.use('/auth', authRouter(db, now, guard));
  app.use('/me', meRouter(guard));
  app.use('/courses', coursesRouter(db, guard));
  app.use('/enrolments', enrolmentsRouter(db, guard));
  app.use('/students', studentsRouter(db, guard));
  // Order matters: these two run only when nothing above answered.
  app.use(notFound);
  app.use(errorHandler);

  // Whoever stops the app (server.ts on Ctrl+C, a test when it ends) closes the database.
  app.locals.close = close;
  return app;
}
