// Upload API: clients upload files as multipart/form-data, list them, read their metadata,
// download them and delete them. The files live on disk under options.dir, under ids we generate;
// createApp keeps everything else inside the app it builds, so two apps never share state.
import { randomUUID } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import { errorHandler, HttpError, invalidField, methodNotAllowed, notFound, uploadError } from './errors.js';
import { contentDisposition, safeName } from './file-names.js';
import { createFileStore, type FileMeta, type FileStore } from './file-store.js';
import { PDF, JPEG, PNG, TEXT } from './file-type.js';
import { inspectingStorage, type ReceivedFile } from './upload-storage.js';

export interface AppOptions {
  /** The folder that holds the files and their metadata; created if missing. */
  dir: string;
  /** The largest file accepted, in bytes. */
  maxBytes?: number;
  /** The types (as detected from the bytes) that may be stored. */
  allowedTypes?: readonly string[];
  /** The clock, for uploadedAt. */
  now?: () => Date;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_ALLOWED_TYPES: readonly string[] = [PNG, JPEG, PDF, TEXT];
/** The multipart field that carries the file. */
export const FILE_FIELD = 'file';

/** req.file as our storage engine fills it: multer's fields plus what receive() learned. */
type UploadedFile = Express.Multer.File & ReceivedFile;

/**
 * multer, set up for one file in the field "file". multer ignores requests that are not
 * multipart (req.file simply stays undefined), so check the Content-Type first.
 * https://github.com/expressjs/multer#readme
 */
function fileUpload(store: FileStore, maxBytes: number): RequestHandler {
  // TODO (Tasks 1, 3 and 4): multer({ storage: inspectingStorage(store.incomingDir), preservePath: true,
  // defParamCharset: 'utf8', limits: { fileSize: maxBytes, files: 1, ... } }).single(FILE_FIELD).
  // The middleware returned here throws a 415 HttpError unless req.is('multipart/form-data'),
  // then calls that upload and passes any error it reports through uploadError() to next().
  void [multer, inspectingStorage, uploadError];
  return () => {
    throw new Error(`Not implemented: receiving an upload of at most ${maxBytes} bytes into ${store.incomingDir} (Task 1)`);
  };
}

/** The 404 every unknown or malformed id gets. */
function noSuchFile(id: string): HttpError {
  return new HttpError(404, 'not_found', `There is no file ${JSON.stringify(id)}.`);
}

async function findFile(store: FileStore, id: string): Promise<FileMeta> {
  const meta = await store.get(id);
  if (!meta) throw noSuchFile(id);
  return meta;
}

/** Sends the bytes of a stored file as a download. */
async function sendContent(store: FileStore, meta: FileMeta, res: Response): Promise<void> {
  // TODO (Task 6): open(store.contentPath(meta.id)) (404 if it is gone), set Content-Type,
  // Content-Length, Content-Disposition (contentDisposition) and X-Content-Type-Options: nosniff,
  // then await pipeline(handle.createReadStream(), res).
  void [open, pipeline, contentDisposition, TEXT, res];
  throw new Error(`Not implemented: download of ${meta.id} (Task 6)`);
}

export function createApp(options: AppOptions): Express {
  const { dir, maxBytes = DEFAULT_MAX_BYTES, allowedTypes = DEFAULT_ALLOWED_TYPES } = options;
  const now = options.now ?? (() => new Date());
  const store = createFileStore(dir);
  const allowed = new Set(allowedTypes);

  const upload = async (req: Request, _res: Response): Promise<void> => {
    const file = req.file as UploadedFile | undefined;
    // TODO (Tasks 1, 2 and 4): no file is invalidField(FILE_FIELD, ...); an empty one too; a
    // detectedType outside `allowed` is a 415. Otherwise build the FileMeta (randomUUID(),
    // safeName(file.originalname), now().toISOString()...), store.add() it and answer 201 with
    // a Location header. Whatever happens, rm(file.path, { force: true }) at the end.
    void [randomUUID, rm, safeName, invalidField, allowed, now, store];
    throw new Error(`Not implemented: POST /files with ${file ? 'a file' : 'no file'} (Task 1)`);
  };

  const list = async (_req: Request, _res: Response): Promise<void> => {
    // TODO (Task 5): { files: await store.list() }.
    throw new Error('Not implemented: GET /files (Task 5)');
  };

  const read = async (req: Request<{ id: string }>, res: Response): Promise<void> => {
    res.json(await findFile(store, req.params.id));
  };

  const download = async (req: Request<{ id: string }>, res: Response): Promise<void> => {
    await sendContent(store, await findFile(store, req.params.id), res);
  };

  const remove = async (req: Request<{ id: string }>, _res: Response): Promise<void> => {
    // TODO (Task 5): 404 (noSuchFile) when store.remove() says there was no such file; else 204.
    throw new Error(`Not implemented: DELETE /files/${req.params.id} (Task 5)`);
  };

  const app = express();
  app.route('/files').get(list).post(fileUpload(store, maxBytes), upload).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  app.route('/files/:id').get(read).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'DELETE']));
  app.route('/files/:id/content').get(download).all(methodNotAllowed(['GET', 'HEAD']));
  // noSuchFile is for the TODO in remove.
  void noSuchFile;
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
