// Reading the multipart body of POST /api/images with multer (SPEC.md, Tasks 1 and 2).
import type { RequestHandler } from 'express';
import { HttpError } from '../errors.js';

/** The default size limit: 2 MiB. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** A 400 validation_failed about one or more fields (SPEC.md, Task 1: every problem field named). */
export function invalid(problems: Array<{ field: string; message: string }>): HttpError {
  // TODO (Task 1): one message for people that names every field, and the problems as details.
  void problems;
  throw new Error('Not implemented: invalid (Task 1)');
}

/** The upload middleware: one file in the field "file", a text field "title". */
export function imageUpload(maxBytes: number): RequestHandler {
  // TODO (Task 1): 415 for a body that is not multipart/form-data, then multer(...).single('file');
  // turn multer's and busboy's errors into the 400s of the SPEC. TODO (Task 2): the size limit (413).
  void maxBytes;
  return () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: reading uploads (Task 1).');
  };
}
