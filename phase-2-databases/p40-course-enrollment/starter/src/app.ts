// createApp wires one database connection to one Express app. Everything lives inside the
// app it returns, so two apps (two tests, or a test and a restart) never share state.
//
// This is the capstone of phase 2: the files, the layers and the schema are yours to design.
// Keep this file's export (createApp and its options: SPEC.md, Interface); everything else,
// add where you think it belongs (routes, validation, repositories, src/db/schema.ts).
import express, { type Express } from 'express';
import { openDatabase } from './db/client.js';
import { errorHandler, HttpError } from './errors.js';

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
  // The given client applies the migrations of drizzle/: there are none until you write
  // src/db/schema.ts (drizzle.config.ts points at it) and run `npx drizzle-kit generate`.
  const { close } = openDatabase(options.dbFile);

  // TODO (Task 1): create the first admin from options.adminEmail and options.adminPassword
  // (SPEC.md, Interface: when it is created, and when it is left alone).
  // TODO (Tasks 1 to 5): mount your routes here (SPEC.md, Interface, "Routes"), each guarded as
  // its "who" column says, with the options' clock (`options.now`) wherever time matters.

  const app = express();
  app.use((req) => {
    throw new HttpError(501, 'not_implemented', `${req.method} ${req.path} is not written yet: see SPEC.md.`);
  });
  // TODO: once your routes exist, answer 404 for unknown paths (errors.ts has notFound).
  app.use(errorHandler);

  // Whoever stops the app (server.ts on Ctrl+C, a test when it ends) closes the database.
  app.locals.close = close;
  return app;
}
