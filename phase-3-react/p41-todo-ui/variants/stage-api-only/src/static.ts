// Serving the built React app from the API (SPEC.md, Task 6).
import express, { type Router } from 'express';

export function webApp(webDist: string): Router {
  void webDist;
  const router = express.Router();
  // TODO (Task 6): the files of webDist, and index.html for any other GET a browser makes that is
  // not under /api/ (the history fallback).
  return router;
}
