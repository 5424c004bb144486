// The image files on disk: a folder `images/` beside the database file, one file per image,
// named by a random UUID. A name made from client input could be a path (`../../app.ts`).
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ImageStore {
  /** Writes the bytes to a new file and returns its name. */
  save(bytes: Buffer): Promise<string>;
  read(storedAs: string): Promise<Buffer | undefined>;
  remove(storedAs: string): Promise<void>;
}

export function imageStore(dbFile: string): ImageStore {
  const dir = path.join(path.dirname(path.resolve(dbFile)), 'images');
  mkdirSync(dir, { recursive: true });
  return {
    async save(bytes) {
      const name = randomUUID();
      // 'wx': never overwrite; a UUID that already exists would be a bug worth a 500.
      await writeFile(path.join(dir, name), bytes, { flag: 'wx' });
      return name;
    },
    async read(storedAs) {
      try {
        return await readFile(path.join(dir, storedAs));
      } catch {
        return undefined;
      }
    },
    async remove(storedAs) {
      await rm(path.join(dir, storedAs), { force: true });
    },
  };
}
