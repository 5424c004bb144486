// The images API under /api/images (SPEC.md, Task 1 and the Interface).
import { Router } from 'express';
import type { Db } from '../db/client.js';
import { HttpError } from '../errors.js';
import type { ImageStore } from './store.js';

/** The longest title, in characters after trimming (SPEC.md, Task 1). */
export const TITLE_MAX = 100;

/** An image as the API answers it (SPEC.md, Interface). */
export interface ImageJson {
  id: number;
  title: string;
  type: string;
  size: number;
  createdAt: string;
  url: string;
}

export function imagesRouter(db: Db, store: ImageStore, now: () => Date, maxBytes: number): Router {
  void [db, store, now, maxBytes];
  const router = Router();
  // TODO (Task 1): GET and POST /api/images, GET and DELETE /api/images/:id, GET
  // /api/images/:id/file, 405 for other methods. Task 2: the type told by the bytes.
  router.all(['/api/images', '/api/images/:id', '/api/images/:id/file'], () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the images API (Task 1).');
  });
  return router;
}
