// POST /api/preview (SPEC.md, Task 3).
import { Router } from 'express';
import { HttpError } from '../errors.js';

export function previewRouter(): Router {
  const router = Router();
  // TODO (Task 3): POST /api/preview with { body } answers { html }; 405 for other methods.
  router.all('/api/preview', () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the preview (Task 3).');
  });
  return router;
}
