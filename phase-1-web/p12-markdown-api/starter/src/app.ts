// Markdown API: POST /render turns Markdown into sanitised HTML, answered as JSON (with a table of
// contents) or as the HTML itself, whichever the client's Accept header prefers. createApp builds
// a fresh app each time and keeps everything inside: never store anything at module level.
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
// HttpError is for Tasks 2 and 5.
import { errorHandler, HttpError, methodNotAllowed, notFound } from './errors.js';
import { renderMarkdown } from './render.js';

export interface AppOptions {
  /** The largest request body read, in bytes; larger bodies are a 413. Default: 64 KiB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 64 * 1024;

/** The body types POST /render reads. */
export const MARKDOWN_TYPE = 'text/markdown';
export const JSON_TYPE = 'application/json';

/** What the client can ask for, in our order of preference (the first wins for `*\/*`). */
export const RESPONSE_TYPES = ['application/json', 'text/html'] as const;

/** The JSON body (Task 2): extra fields are ignored (zod's default for z.object strips them). */
export const renderRequestSchema = z.object({
  markdown: z.string(),
  toc: z.boolean().optional(),
});

/** Content negotiation, before the body is read. */
const negotiate: RequestHandler = (_req, _res, next) => {
  // TODO (Task 5): req.accepts([...RESPONSE_TYPES]) returns the best match, or false: then throw a
  // 406 HttpError with the code not_acceptable. Remember the match in res.locals for render().
  next();
};

/** Refuses, before reading it, a body in a type we cannot render. */
const requireMarkdownOrJson: RequestHandler = (_req, _res, next) => {
  // TODO (Task 2): unless req.is([MARKDOWN_TYPE, JSON_TYPE]), throw a 415 unsupported_media_type.
  next();
};

function render(_req: Request, _res: Response): void {
  // TODO (Task 1): the Markdown is req.body (a string from express.text, or undefined when there
  // was no body at all: ''). Answer res.json({ html, toc }) from renderMarkdown.
  // TODO (Task 2): for a JSON body, validate req.body with renderRequestSchema.safeParse() and
  // answer a 400 validation_failed whose details has one { field, message } per zod issue
  // (field: issue.path.join('.'), or 'body' when the path is empty). "toc": false -> toc [].
  // TODO (Task 5): res.vary('Accept'), and the HTML itself for text/html.
  void [renderMarkdown, HttpError, renderRequestSchema];
  throw new Error('Not implemented: POST /render (Task 1)');
}

export function createApp(options: AppOptions = {}): Express {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const app = express();

  // The checks run in the order of this chain: 405, 406, 415, then the body parsers (413,
  // invalid_json), then the fields in render().
  app
    .route('/render')
    .post(
      negotiate,
      requireMarkdownOrJson,
      // TODO (Task 1): express.text({ type: MARKDOWN_TYPE, limit }) reads a text/markdown body.
      // TODO (Task 2): express.json({ type: JSON_TYPE, limit }) reads a JSON body.
      render,
    )
    .all(methodNotAllowed(['POST']));
  void limit;

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
