// The images API: upload (multipart), list newest first, read one, serve its bytes, delete.
import { desc, eq } from 'drizzle-orm';
import express, { type Request, type Response, type Router } from 'express';
import type { Db } from '../db/client.js';
import { images, type ImageRow } from '../db/schema.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { IMAGE_TYPES, sniffImageType } from './file-type.js';
import type { ImageStore } from './store.js';
import { imageUpload, invalid } from './upload.js';

export const TITLE_MAX = 100;

export interface ImageJson {
  id: number;
  title: string;
  type: string;
  size: number;
  createdAt: string;
  url: string;
}

function toJson(row: ImageRow): ImageJson {
  return { id: row.id, title: row.title, type: row.type, size: row.size, createdAt: row.createdAt.toISOString(), url: `/api/images/${row.id}/file` };
}

/** The title field as multer left it: undefined, a string, or an array when sent twice. */
function titleProblem(value: unknown): string | undefined {
  if (value === undefined) return 'is required';
  if (typeof value !== 'string') return 'must be sent once, as a text field';
  const length = [...value.trim()].length;
  if (length === 0 || length > TITLE_MAX) return `must be 1 to ${TITLE_MAX} characters (after trimming spaces)`;
  return undefined;
}

const noSuchImage = (id: string) => new HttpError(404, 'not_found', `There is no image ${JSON.stringify(id)}.`);

export function imagesRouter(db: Db, store: ImageStore, now: () => Date, maxBytes: number): Router {
  /** The row for an :id, or a 404 for an unknown id and anything that is not a positive whole number. */
  function findImage(id: string): ImageRow {
    if (!/^[1-9]\d{0,15}$/.test(id)) throw noSuchImage(id);
    const row = db.select().from(images).where(eq(images.id, Number(id))).get();
    if (!row) throw noSuchImage(id);
    return row;
  }

  const list = (_req: Request, res: Response) => {
    const rows = db.select().from(images).orderBy(desc(images.createdAt), desc(images.id)).all();
    res.json({ items: rows.map(toJson) });
  };

  const create = async (req: Request, res: Response) => {
    // Everything wrong with the fields at once, then the type: a refusal names every problem.
    const problems: Array<{ field: string; message: string }> = [];
    const file = req.file;
    if (!file) problems.push({ field: 'file', message: 'is required: send one image in the multipart field "file"' });
    else if (file.size === 0) problems.push({ field: 'file', message: 'must not be empty' });
    const body = (req.body ?? {}) as Record<string, unknown>;
    const titleError = titleProblem(body.title);
    if (titleError) problems.push({ field: 'title', message: titleError });
    if (problems.length > 0 || !file) throw invalid(problems);

    // The bytes decide, never file.originalname or file.mimetype (both are the client's words).
    const type = sniffImageType(file.buffer);
    if (!type) {
      throw new HttpError(415, 'unsupported_type', `This file is not a PNG, JPEG, GIF or WebP image (told by its bytes, not its name). Accepted: ${IMAGE_TYPES.join(', ')}.`);
    }
    const storedAs = await store.save(file.buffer);
    let row: ImageRow;
    try {
      row = db.insert(images).values({ title: (body.title as string).trim(), type, size: file.size, storedAs, createdAt: now() }).returning().get();
    } catch (error) {
      await store.remove(storedAs); // no file without its row
      throw error;
    }
    res.status(201).location(`/api/images/${row.id}`).json(toJson(row));
  };

  const read = (req: Request<{ id: string }>, res: Response) => {
    res.json(toJson(findImage(req.params.id)));
  };

  const serveFile = async (req: Request<{ id: string }>, res: Response) => {
    const row = findImage(req.params.id);
    const bytes = await store.read(row.storedAs);
    if (!bytes) throw noSuchImage(req.params.id);
    // Our type, told by the bytes; nosniff tells the browser to believe it instead of guessing.
    res.set({ 'Content-Type': row.type, 'X-Content-Type-Options': 'nosniff' }).send(bytes);
  };

  const remove = async (req: Request<{ id: string }>, res: Response) => {
    const row = findImage(req.params.id);
    db.delete(images).where(eq(images.id, row.id)).run();
    await store.remove(row.storedAs);
    res.status(204).end();
  };

  const router = express.Router();
  router.route('/api/images').get(list).post(imageUpload(maxBytes), create).all(methodNotAllowed(['GET', 'POST']));
  router.route('/api/images/:id').get(read).delete(remove).all(methodNotAllowed(['GET', 'DELETE']));
  router.route('/api/images/:id/file').get(serveFile).all(methodNotAllowed(['GET']));
  return router;
}
