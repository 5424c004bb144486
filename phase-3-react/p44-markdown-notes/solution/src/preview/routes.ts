// POST /api/preview: the page sends the body being typed, the server answers it as safe HTML.
import { Router, type Request, type Response } from 'express';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { parsePreview } from '../notes/validation.js';
import { renderPreview } from './render.js';

export function previewRouter(): Router {
  const router = Router();
  router
    .route('/api/preview')
    .post(jsonBody, (req: Request, res: Response) => {
      const { body } = parsePreview(req.body);
      res.json({ html: renderPreview(body) });
    })
    .all(methodNotAllowed(['POST']));
  return router;
}
