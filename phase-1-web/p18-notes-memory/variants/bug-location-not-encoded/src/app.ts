// Notes API: create, read, update, delete and list notes kept in memory, with zod validation,
// cursor pagination and ETags. createApp builds a fresh app, and a fresh NoteStore, each time:
// two apps in one process never share a note.
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

/** POST and PATCH take JSON only; checked before the body is read, so a 415 costs nothing. */
const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as JSON with the header Content-Type: application/json.');
  }
  next();
};

/** Answers with one note and its ETag. */
function sendNote(res: Response, note: Note, status = 200): void {
  res.status(status).set('ETag', etagOf(note)).json(note);
}

export function createApp(options: AppOptions = {}): Express {
  const now = options.now ?? (() => new Date());
  const store = new NoteStore(now, options.generateId ?? randomUUID);
  const readJson = [requireJson, express.json({ limit: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES })];

  function findNote(req: Request): Note {
    const id = String(req.params.id);
    const note = store.get(id);
    if (!note) throw new HttpError(404, 'not_found', `There is no note ${id}.`);
    return note;
  }

  function listNotes(req: Request, res: Response): void {
    const query = parseInput(listQuerySchema, req.query, 'query');
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, query.sort);
    const q = query.q?.toLowerCase();
    const matches = store.all().filter(
      (note) =>
        (query.tag === undefined || note.tags.includes(query.tag)) &&
        (query.pinned === undefined || note.pinned === query.pinned) &&
        // includes(), not a RegExp: "(" or ".*" in q are searched for as they are.
        (q === undefined || note.title.toLowerCase().includes(q) || note.body.toLowerCase().includes(q)),
    );
    res.json(paginate(matches, query.sort, query.limit, after));
  }

  function createNote(req: Request, res: Response): void {
    const note = store.create(parseInput(createNoteSchema, req.body, 'body'));
    res.location(`/notes/${note.id}`);
    sendNote(res, note, 201);
  }

  // For a GET with a matching If-None-Match, res.json() itself answers 304 with no body: Express
  // compares the request's If-None-Match with the ETag we set (req.fresh).
  function readNote(req: Request, res: Response): void {
    sendNote(res, findNote(req));
  }

  // Checks run in the order the spec gives: body, note exists, If-Match, title conflict.
  function updateNote(req: Request, res: Response): void {
    const patch = parseInput(patchNoteSchema, req.body, 'body');
    if (Object.keys(patch).length === 0) {
      throw validationFailed([{ field: 'body', message: 'must change at least one field' }]);
    }
    const note = findNote(req);
    assertIfMatch(req.get('If-Match'), note);
    sendNote(res, store.update(note, patch));
  }

  function deleteNote(req: Request, res: Response): void {
    const note = findNote(req);
    assertIfMatch(req.get('If-Match'), note);
    store.remove(note);
    res.status(204).end();
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
