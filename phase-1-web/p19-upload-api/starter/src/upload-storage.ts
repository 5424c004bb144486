// A multer storage engine that writes each upload to a temporary file while it streams in, and
// on the way computes its size, its SHA-256 and its type. The bytes are read once and never held
// in memory whole. multer's guide to storage engines:
// https://github.com/expressjs/multer/blob/main/StorageEngine.md
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { StorageEngine } from 'multer';
import { StorageFailure } from './errors.js';
import { TypeDetector } from './file-type.js';

/** What the engine learned about one upload; multer adds it to req.file. */
export interface ReceivedFile {
  /** The temporary file holding the bytes. */
  path: string;
  size: number;
  /** Lower-case hex. */
  sha256: string;
  /** From the bytes, see file-type.ts. */
  detectedType: string;
}

/**
 * Streams `source` into a new file at `target`, looking at every chunk on the way. If anything
 * fails, the partial file is removed before rethrowing. A failing disk is our problem (a
 * StorageFailure, so a 500); a failing source is the client's (a body cut short, a hang-up),
 * and busboy's error goes on as it is, to become a 400.
 */
export async function receive(source: Readable, target: string): Promise<ReceivedFile> {
  // TODO (Tasks 1 and 2): a createHash('sha256'), a TypeDetector and a byte count, updated by a
  // Transform that passes every chunk on; await pipeline(source, transform, createWriteStream(target)).
  // When it fails, rm the partial file; rethrow a StorageFailure if the write stream failed
  // (sink.errored), the error as it is otherwise.
  // https://nodejs.org/api/stream.html#streampipelinesource-transforms-destination-options
  void [createHash, createWriteStream, rm, pipeline, Transform, TypeDetector, StorageFailure];
  throw new Error(`Not implemented: receive into ${target} (Task 1)`);
}

/**
 * The engine multer calls for each file part. When a file goes over multer's fileSize limit,
 * busboy ends its stream early, multer answers LIMIT_FILE_SIZE and calls _removeFile with what
 * _handleFile returned: that is how no partial file stays behind.
 */
export function inspectingStorage(incomingDir: string): StorageEngine {
  return {
    _handleFile(_req, file, callback) {
      receive(file.stream, path.join(incomingDir, randomUUID())).then(
        (received) => callback(null, received),
        (error: unknown) => callback(error),
      );
    },
    _removeFile(_req, file, callback) {
      rm(file.path, { force: true }).then(
        () => callback(null),
        (error: unknown) => callback(error as Error),
      );
    },
  };
}
