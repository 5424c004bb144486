// Markdown API: POST /render turns Markdown into sanitised HTML, answered as JSON (with a table of
// contents) or as the HTML itself, whichever the client's Accept header prefers. createApp builds
// a fresh app each time and keeps everything inside, so two apps never share anything.
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
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
type ResponseType = (typeof RESPONSE_TYPES)[number];

/** The JSON body: extra fields are ignored (zod's default for z.object strips them). */
export const renderRequestSchema = z.object({
  markdown: z.string(),
  toc: z.boolean().optional(),
});

/**
 * Content negotiation, before the body is read: req.accepts() weighs the Accept header (q-values
 * included) against what we can send and returns the best match, or false when none fits.
 * No Accept header means "anything", and then the first of RESPONSE_TYPES wins.
 */
const negotiate: RequestHandler = (req, res, next) => {
  const type = req.accepts([...RESPONSE_TYPES]);
  if (type === false) {
    throw new HttpError(406, 'not_acceptable', `This API answers ${RESPONSE_TYPES.join(' or ')}; the Accept header allows neither.`);
  }
  res.locals.responseType = type;
  next();
};

/** Refuses, before reading it, a body in a type we cannot render. */
const requireMarkdownOrJson: RequestHandler = (req, _res, next) => {
  if (!req.is([MARKDOWN_TYPE, JSON_TYPE])) {
    throw new HttpError(415, 'unsupported_media_type', `Send the Markdown as ${MARKDOWN_TYPE}, or as ${JSON_TYPE} {"markdown": "..."}.`);
  }
  next();
};

/** The Markdown and whether to list the headings, from either kind of body. */
function readRequest(req: Request): { markdown: string; toc: boolean } {
  if (req.is(MARKDOWN_TYPE)) {
    // express.text leaves req.body undefined when the request has no body at all.
    return { markdown: typeof req.body === 'string' ? req.body : '', toc: true };
  }
  const result = renderRequestSchema.safeParse(req.body);
  if (!result.success) {
    const details = result.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message }));
    throw new HttpError(400, 'validation_failed', 'The body must be {"markdown": string, "toc"?: boolean}.', details);
  }
  return { markdown: result.data.markdown, toc: result.data.toc ?? true };
}

function render(req: Request, res: Response): void {
  const { markdown, toc } = readRequest(req);
  const rendered = renderMarkdown(markdown);
  // The same URL answers differently by Accept: caches must keep one copy per Accept value.
  res.vary('Accept');
  if ((res.locals.responseType as ResponseType) === 'text/html') {
    res.type('html').send(rendered.html);
    return;
  }
  res.json({ html: rendered.html, toc: toc ? rendered.toc : [] });
}

export function createApp(options: AppOptions = {}): Express {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const app = express();

  // Checks run in this order: 405, 406, 415, then the parsers (413, invalid_json), then the
  // fields. Each parser reads only its own type and leaves the other alone.
  app
    .route('/render')
    .post(
      negotiate,
      requireMarkdownOrJson,
      express.text({ type: MARKDOWN_TYPE, limit }),
      express.json({ type: JSON_TYPE, limit }),
      render,
    )
    .all(methodNotAllowed(['POST']));

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
