// Serving the built React app from the API (how the learner ships it): files of webDist as they
// are, and index.html for any other GET a browser makes (the app's own routes, deep links).
// /api/... never falls back to the app: an unknown API path stays a JSON 404.
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

export function webApp(webDist: string): Router {
  const router = express.Router();
  router.use(express.static(webDist, { index: 'index.html' }));
  const fallback: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/') || req.path === '/api' || !req.accepts('html')) {
      next();
      return;
    }
    res.sendFile(path.resolve(webDist, 'index.html'));
  };
  router.use(fallback);
  return router;
}
