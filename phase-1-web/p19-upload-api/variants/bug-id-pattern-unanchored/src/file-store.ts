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
const ID_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

export function isFileId(id: string): boolean {
  return ID_PATTERN.test(id);
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

  async function readMeta(id: string): Promise<FileMeta | undefined> {
    try {
      return JSON.parse(await readFile(metaPath(id), 'utf8')) as FileMeta;
    } catch (error) {
      if (isMissing(error)) return undefined; // deleted in the meantime
      throw error;
    }
  }

  return {
    incomingDir,
    contentPath,
    async list() {
      const names = await readdir(filesDir);
      const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
      const metas = (await Promise.all(ids.filter(isFileId).map(readMeta))).filter((meta) => meta !== undefined);
      // ISO 8601 strings in UTC sort like the instants they name; the id breaks ties.
      return metas.sort((a, b) => compare(a.uploadedAt, b.uploadedAt) || compare(a.id, b.id));
    },
    async get(id) {
      return isFileId(id) ? readMeta(id) : undefined;
    },
    async add(meta, receivedPath) {
      // The bytes first, the metadata last, each with a rename: a file is listed only once it is
      // complete, and a crash halfway never leaves metadata pointing at nothing.
      await rename(receivedPath, contentPath(meta.id));
      const pending = path.join(incomingDir, `${meta.id}.json`);
      await writeFile(pending, JSON.stringify(meta));
      await rename(pending, metaPath(meta.id));
    },
    async remove(id) {
      if (!isFileId(id) || (await readMeta(id)) === undefined) return false;
      // The metadata first, so the file stops being listed before its bytes go.
      await rm(metaPath(id), { force: true });
      await rm(contentPath(id), { force: true });
      return true;
    },
  };
}
