// Reading the multipart body of POST /api/images with multer: one file in the field "file",
// kept in memory (the size limit keeps that small), a text field "title". Everything that can go
// wrong while reading becomes the HttpError the Interface promises.
import type { RequestHandler } from 'express';
import multer from 'multer';
import { HttpError } from '../errors.js';

/** The default size limit: 2 MiB. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** A 400 validation_failed about one or more fields: the message is for people, the page shows it. */
export function invalid(problems: Array<{ field: string; message: string }>): HttpError {
  // "title must be 1 to 100 characters; file is required": every problem field named.
  return new HttpError(400, 'validation_failed', problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'file_too_large', `The image is too large: the limit is ${maxBytes} bytes.`);
}

/** What multer (and busboy under it) throws, as the client should see it. */
function uploadError(error: unknown, maxBytes: number): HttpError {
  if (error instanceof multer.MulterError) {
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        return tooLarge(maxBytes);
      case 'LIMIT_UNEXPECTED_FILE':
      case 'LIMIT_FILE_COUNT':
        return invalid([{ field: 'file', message: 'must be exactly one file, sent in the multipart field "file"' }]);
      case 'LIMIT_FIELD_VALUE':
        return invalid([{ field: error.field === 'title' ? 'title' : 'body', message: 'has a field value that is far too long' }]);
      default:
        return invalid([{ field: 'body', message: 'has too many parts or fields' }]);
    }
  }
  // busboy throws plain Errors for a body that is not the multipart it claims to be: no
  // boundary, cut short, a broken part header. The client's fault: a 400, never a 500.
  return invalid([{ field: 'body', message: 'must be a well-formed multipart/form-data body' }]);
}

/**
 * The upload middleware. multer silently skips a body that is not multipart/form-data, so the
 * Content-Type is checked first. On a size error multer stops storing, reads the rest of the body
 * away and only then lets us answer, so the client gets its 413 instead of a reset connection.
 */
export function imageUpload(maxBytes: number): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 4096, parts: 25 },
  }).single('file');
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) {
      throw new HttpError(415, 'unsupported_media_type', 'Send the image as multipart/form-data, with the fields "file" and "title".');
    }
    upload(req, res, (error?: unknown) => next(error === undefined ? undefined : uploadError(error, maxBytes)));
  };
}
