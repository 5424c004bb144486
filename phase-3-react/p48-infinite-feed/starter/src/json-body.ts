// Reading a JSON request body, the same way on every route that takes one.
import express, { type RequestHandler } from 'express';
import { HttpError } from './errors.js';

/** Bodies larger than this answer 413 without being parsed: a transfer is a few dozen bytes. */
export const BODY_LIMIT = '16kb';

/**
 * Refuses a body that is not JSON before reading it. express.json() alone would silently skip
 * such a body and leave req.body undefined. req.is() compares media types, so
 * `application/json; charset=utf-8` matches too.
 */
const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as JSON with the header Content-Type: application/json.');
  }
  next();
};

/** Put in front of a handler that reads req.body: content type first (415), then size (413) and syntax (400). */
export const jsonBody: RequestHandler[] = [requireJson, express.json({ limit: BODY_LIMIT })];
