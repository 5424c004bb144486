// Notes API: create, read, update, delete and list notes kept in memory, with zod validation,
// cursor pagination and ETags. createApp builds a fresh app, and a fresh NoteStore, each time:
// two apps in one process never share a note. Never keep anything at module level.
import { randomUUID } from 'node:crypto';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { assertIfMatch, etagOf } from './etag.js';
import { errorHandler, HttpError, methodNotAllowed, notFound, validationFailed } from './errors.js';
import { NoteStore, type Note } from './notes.js';
import { decodeCursor, paginate } from './pages.js';
import { createNoteSchema, listQuerySchema, parseInput, patchNoteSchema } from './schemas.js';

export interface AppOptions {
  /** The clock for createdAt and updatedAt. Default: () => new Date(). */
  now?: () => Date;
  /** Makes the id of each new note. Default: crypto.randomUUID. */
  generateId?: () => string;
  /** The largest JSON body POST and PATCH read, in bytes. Default: DEFAULT_MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

/** POST and PATCH take JSON only; checked before the body is read, as in p11. */
const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as JSON with the header Content-Type: application/json.');
  }
  next();
};

export function createApp(options: AppOptions = {}): Express {
  const now = options.now ?? (() => new Date());
  const store = new NoteStore(now, options.generateId ?? randomUUID);
  const readJson = [requireJson, express.json({ limit: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES })];

  function listNotes(_req: Request, _res: Response): void {
    // TODO (Task 4): parseInput(listQuerySchema, req.query, 'query'), filter store.all() by tag,
    // pinned and q (includes(), never a RegExp), then res.json(paginate(...)).
    // TODO (Task 5): decodeCursor(query.cursor, query.sort) when a cursor is given.
    throw new Error('Not implemented: GET /notes (Tasks 4 and 5)');
  }

  function createNote(_req: Request, _res: Response): void {
    // TODO (Task 1): store.create(parseInput(createNoteSchema, req.body, 'body')), then answer 201
    // with the note, the header Location: /notes/<id> and the header ETag: etagOf(note).
    throw new Error('Not implemented: POST /notes (Task 1)');
  }

  function readNote(_req: Request, _res: Response): void {
    // TODO (Task 1): the note or a 404 not_found HttpError; set the ETag header before res.json().
    // TODO (Task 6): nothing more: with the ETag set, res.json() answers a matching
    // If-None-Match with 304 by itself.
    throw new Error('Not implemented: GET /notes/:id (Task 1)');
  }

  function updateNote(_req: Request, _res: Response): void {
    // TODO (Task 3): parse the body with patchNoteSchema ({} is a 400 about "body"), find the
    // note (404), then store.update(note, patch) and answer 200 with the note and its new ETag.
    // TODO (Task 6): assertIfMatch(req.get('If-Match'), note) after finding the note.
    throw new Error('Not implemented: PATCH /notes/:id (Task 3)');
  }

  function deleteNote(_req: Request, _res: Response): void {
    // TODO (Task 3): find the note (404), store.remove(note), res.status(204).end().
    // TODO (Task 6): assertIfMatch before removing.
    throw new Error('Not implemented: DELETE /notes/:id (Task 3)');
  }

  const app = express();
  app.route('/notes').get(listNotes).post(readJson, createNote).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  app
    .route('/notes/:id')
    .get(readNote)
    .patch(readJson, updateNote)
    .delete(deleteNote)
    .all(methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));

  // Order matters: these two run only when nothing above answered.
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
