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
 * multer, set up for one file in the field "file". It ignores requests that are not multipart
 * (req.file simply stays undefined), so the caller checks the Content-Type first.
 */
function fileUpload(store: FileStore, maxBytes: number): RequestHandler {
  const upload = multer({
    storage: inspectingStorage(store.incomingDir),
    // Keep the client's path as it is: safeName() decides what is left of it, and
    // busboy's own clean-up would turn `..` into an empty name and drop the file.
    preservePath: true,
    // Browsers send file names as UTF-8; without this, busboy reads them as latin1 and
    // "résumé.pdf" arrives as "rÃ©sumÃ©.pdf".
    defParamCharset: 'utf8',
    // Extra text fields are ignored, but not without bound.
    limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 1024, parts: 25 },
  }).single(FILE_FIELD);

  return (req, res, next) => {
    if (!req.is('multipart/form-data')) {
      throw new HttpError(415, 'unsupported_media_type', `Send the file as multipart/form-data, in the field "${FILE_FIELD}".`);
    }
    upload(req, res, (error?: unknown) => next(error === undefined ? undefined : uploadError(error)));
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
  let handle;
  try {
    handle = await open(store.contentPath(meta.id));
  } catch {
    // Deleted between reading the metadata and opening the bytes.
    throw noSuchFile(meta.id);
  }
  res.set({
    // We checked that text files are valid UTF-8, so we can say so.
    'Content-Type': meta.type === TEXT ? `${TEXT}; charset=utf-8` : meta.type,
    'Content-Length': String(meta.size),
    'Content-Disposition': contentDisposition(meta.name),
    // Browsers must believe our Content-Type instead of guessing from the bytes ("sniffing").
    'X-Content-Type-Options': 'nosniff',
  });
  try {
    // pipeline() respects backpressure: it reads only as fast as the client takes the bytes.
    await pipeline(handle.createReadStream(), res);
  } catch {
    // The headers are gone already, so there is no one to tell: the client hung up, and pipeline
    // has destroyed both streams (which closes the file).
  }
}

export function createApp(options: AppOptions): Express {
  const { dir, maxBytes = DEFAULT_MAX_BYTES, allowedTypes = DEFAULT_ALLOWED_TYPES } = options;
  const now = options.now ?? (() => new Date());
  const store = createFileStore(dir);
  const allowed = new Set(allowedTypes);

  const upload = async (req: Request, res: Response): Promise<void> => {
    const file = req.file as UploadedFile | undefined;
    if (!file) throw invalidField(FILE_FIELD, `is required: send one file in the multipart field "${FILE_FIELD}"`);
    try {
      if (file.size === 0) throw invalidField(FILE_FIELD, 'must not be empty');
      if (!allowed.has(file.detectedType)) {
        throw new HttpError(415, 'unsupported_media_type', `Files of type ${file.detectedType} are not accepted; send one of ${[...allowed].join(', ')}.`);
      }
      const meta: FileMeta = {
        id: randomUUID(),
        name: safeName(file.originalname),
        size: file.size,
        type: file.detectedType,
        sha256: file.sha256,
        uploadedAt: now().toISOString(),
      };
      await store.add(meta, file.path);
      res.status(201).location(`/files/${meta.id}`).json(meta);
    } finally {
      // Gone already when add() moved it into the store; otherwise a refused upload leaves nothing.
      await rm(file.path, { force: true });
    }
  };

  const list = async (_req: Request, res: Response): Promise<void> => {
    res.json({ files: await store.list() });
  };

  const read = async (req: Request<{ id: string }>, res: Response): Promise<void> => {
    res.json(await findFile(store, req.params.id));
  };

  const download = async (req: Request<{ id: string }>, res: Response): Promise<void> => {
    await sendContent(store, await findFile(store, req.params.id), res);
  };

  const remove = async (req: Request<{ id: string }>, res: Response): Promise<void> => {
    if (!(await store.remove(req.params.id))) throw noSuchFile(req.params.id);
    res.status(204).end();
  };

  const app = express();
  app.route('/files').get(list).post(fileUpload(store, maxBytes), upload).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  app.route('/files/:id').get(read).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'DELETE']));
  app.route('/files/:id/content').get(download).all(methodNotAllowed(['GET', 'HEAD']));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
