// The files and what we know about them, kept on disk so they survive a restart:
//
//   <dir>/incoming/<random>   uploads being received, and metadata being written
//   <dir>/files/<id>.bin      the bytes of a stored file
//   <dir>/files/<id>.json     its metadata (a "sidecar" file)
//
// One small JSON file per upload instead of one index for all: two uploads at the same time never
// have to read, change and rewrite the same file, so neither can lose the other's entry.
import { mkdirSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What the API says about a stored file. */
export interface FileMeta {
  id: string;
  name: string;
  size: number;
  type: string;
  sha256: string;
  uploadedAt: string;
}

export interface FileStore {
  /** Where uploads are streamed before they are accepted. */
  incomingDir: string;
  list: () => Promise<FileMeta[]>;
  get: (id: string) => Promise<FileMeta | undefined>;
  /** The path of the bytes of a stored file (check that it exists with get() first). */
  contentPath: (id: string) => string;
  /** Moves a received file into the store and records its metadata. */
  add: (meta: FileMeta, receivedPath: string) => Promise<void>;
  /** Returns false when there was no such file. */
  remove: (id: string) => Promise<boolean>;
}

/**
 * Ids are crypto.randomUUID(). An id is part of a file path, so anything else (`..`, `../x`,
 * `x.json`) is refused before it gets near the disk: an unknown id, not a path to follow.
 */
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isFileId(id: string): boolean {
  // TODO (Task 5): test id against ID_PATTERN.
  throw new Error(`Not implemented: isFileId(${JSON.stringify(id)}), ${ID_PATTERN.source} (Task 5)`);
}

/** Plain code-unit order: localeCompare would depend on the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

export function createFileStore(dir: string): FileStore {
  const incomingDir = path.join(dir, 'incoming');
  const filesDir = path.join(dir, 'files');
  // Once, when the app is created: synchronous is fine before any request arrives.
  mkdirSync(incomingDir, { recursive: true });
  mkdirSync(filesDir, { recursive: true });

  const metaPath = (id: string) => path.join(filesDir, `${id}.json`);
  const contentPath = (id: string) => path.join(filesDir, `${id}.bin`);

  // TODO (Task 5): read and write metaPath(id) as JSON; readdir, readFile, rename, rm and
  // writeFile from node:fs/promises are imported for you.
  void [readdir, readFile, rename, rm, writeFile, compare, isMissing, metaPath];

  return {
    incomingDir,
    contentPath,
    async list() {
      // TODO (Task 5): every stored file's metadata, oldest uploadedAt first, ties by id.
      throw new Error('Not implemented: list (Task 5)');
    },
    async get(id) {
      // TODO (Task 5): undefined for an id that is not a file id or not stored.
      throw new Error(`Not implemented: get(${JSON.stringify(id)}) (Task 5)`);
    },
    async add(meta, receivedPath) {
      // TODO (Task 1): rename the received file to contentPath(meta.id), then write the metadata.
      throw new Error(`Not implemented: add ${meta.id} from ${receivedPath} (Task 1)`);
    },
    async remove(id) {
      // TODO (Task 5): false when there is no such file; else remove the metadata, then the bytes.
      throw new Error(`Not implemented: remove(${JSON.stringify(id)}) (Task 5)`);
    },
  };
}
