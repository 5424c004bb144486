// POST /api/preview: the page sends the body being typed, the server answers it as safe HTML.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { body, validate } from '../notes/validation.js';
import { renderPreview } from './render.js';

const previewRequest = z.strictObject({ body });

export function previewRouter(): Router {
  const router = Router();
  router
    .route('/api/preview')
    .post(jsonBody, (req: Request, res: Response) => {
      const { body: markdown } = validate(previewRequest, req.body);
      res.json({ html: renderPreview(markdown) });
    })
    .all(methodNotAllowed(['POST']));
  return router;
}
