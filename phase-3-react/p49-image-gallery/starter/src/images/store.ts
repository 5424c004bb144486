// The image files on disk: the folder `images` beside the database file (SPEC.md, Task 1).

export interface ImageStore {
  /** Writes the bytes to a new file and returns its name. */
  save(bytes: Buffer): Promise<string>;
  read(storedAs: string): Promise<Buffer | undefined>;
  remove(storedAs: string): Promise<void>;
}

export function imageStore(dbFile: string): ImageStore {
  // TODO (Task 1): create the folder; name files with crypto.randomUUID(), never the client's name.
  void dbFile;
  const notYet = () => Promise.reject(new Error('Not implemented: imageStore (Task 1)'));
  return { save: notYet, read: notYet, remove: notYet };
}
